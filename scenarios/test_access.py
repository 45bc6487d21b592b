"""Access: roles and permissions."""

from pytest_bdd import scenarios

scenarios("access")
