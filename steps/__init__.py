"""The business vocabulary of the pack: each step reads its words and calls the Desk."""
