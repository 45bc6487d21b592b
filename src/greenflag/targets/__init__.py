"""Adapters that implement the Desk protocol for one ITSM tool each."""
