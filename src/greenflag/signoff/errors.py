"""The one error the sign-off builder raises."""

from __future__ import annotations

__all__ = ["SignoffError"]


class SignoffError(ValueError):
    """The sign-off pack cannot be built; the message says why and what to do."""
