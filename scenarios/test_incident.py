"""Incident management features."""

from pytest_bdd import scenarios

scenarios("incident")
