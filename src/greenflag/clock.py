"""One "now" for the harness, the browser and the target, moved together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import freezegun

__all__ = ["Clock"]

# Modules that keep real time under a frozen clock: event loops, timeouts, the report's own
# start and stop stamps, and large libraries that never read the scenario's time (skipping
# them also makes each freeze cheaper).
_REAL_TIME_MODULES = (
    "_pytest",
    "aiosmtpd",
    "allure",
    "allure_commons",
    "allure_pytest_bdd",
    "anyio",
    "asyncio",
    "email",
    "faker",
    "greenlet",
    "h11",
    "httpcore",
    "httpx",
    "jinja2",
    "playwright",
    "pluggy",
    "pyee",
    "pytest_bdd",
    "uvicorn",
    "yaml",
)

Listener = Callable[[datetime], None]


class Clock:
    """Holds the scenario's "now" and pushes every change to its listeners."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware start")
        self._now = start
        self._listeners: list[Listener] = []
        self._freezer: freezegun.api._freeze_time | None = None
        self._frozen: freezegun.api.TickingDateTimeFactory | None = None
        freezegun.configure(extend_ignore_list=list(_REAL_TIME_MODULES))

    @property
    def now(self) -> datetime:
        """The scenario's current instant."""
        return self._now

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(now)` now and on every change."""
        self._listeners.append(listener)
        listener(self._now)

    def set(self, when: datetime) -> None:
        """Move to `when` in the harness and in every listener."""
        if when.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware instant")
        self._now = when
        self._freeze()
        for listener in self._listeners:
            listener(when)

    def advance(self, delta: timedelta) -> None:
        """Move forward by `delta`."""
        self.set(self._now + delta)

    def stop(self) -> None:
        """Give the harness its real time back and forget the listeners."""
        self._unfreeze()
        self._listeners.clear()

    def _freeze(self) -> None:
        if self._frozen is not None:
            # Moving a started freezer is cheap; starting one patches every loaded module.
            self._frozen.move_to(self._now)
            return
        # tick keeps time.monotonic running from the set instant, and real_asyncio keeps event
        # loops on real time: frozen, both would hang servers, clients and Playwright.
        self._freezer = freezegun.freeze_time(self._now, tick=True, real_asyncio=True)
        self._frozen = self._freezer.start()

    def _unfreeze(self) -> None:
        if self._freezer is not None:
            self._freezer.stop()
            self._freezer = self._frozen = None
