"""Run the time-driven rules on real time, every so often, outside test mode."""

from __future__ import annotations

import logging
import threading

from refdesk.runtime import Runtime
from refdesk.scheduler import advance

__all__ = ["Ticker"]

log = logging.getLogger(__name__)


class Ticker:
    """A daemon thread that applies what came due since its last run."""

    def __init__(self, desk: Runtime, every: float = 30.0) -> None:
        self.desk, self.every = desk, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="refdesk-ticker", daemon=True)

    def start(self) -> None:
        """Start ticking."""
        self._thread.start()

    def stop(self) -> None:
        """Stop ticking and wait for the thread."""
        self._stop.set()
        self._thread.join(timeout=self.every)

    def _run(self) -> None:
        last = self.desk.clock.now()
        while not self._stop.wait(self.every):
            now = self.desk.clock.now()
            try:
                advance(self.desk, last, now)
            except Exception:  # a failing rule must not stop the desk's clock
                log.exception("time-driven rules failed between %s and %s", last, now)
            last = now
