"""Service desk features: notifications, knowledge, reporting, exclusions."""

from pytest_bdd import scenarios

scenarios("service_desk")
