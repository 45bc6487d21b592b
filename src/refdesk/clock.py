"""The desk's clock: real time, or an instant set through the test controls."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

__all__ = ["Clock"]


class Clock:
    """Tell the desk's time; in test mode it can be held at a chosen instant."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fixed: datetime | None = None

    def now(self) -> datetime:
        """The current desk time, timezone-aware, in UTC."""
        with self._lock:
            fixed = self._fixed
        return fixed if fixed is not None else datetime.now(UTC)

    @property
    def is_fixed(self) -> bool:
        """True while the clock is held at a set instant."""
        return self._fixed is not None

    def set(self, instant: datetime | None) -> None:
        """Hold the clock at an aware instant, or return it to real time with None."""
        if instant is not None and instant.utcoffset() is None:
            raise ValueError("the desk clock needs a timezone-aware instant")
        with self._lock:
            self._fixed = instant.astimezone(UTC) if instant is not None else None
