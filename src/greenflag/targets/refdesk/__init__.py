"""The adapter for refdesk, the reference service desk: its API, its pages, its process."""

from __future__ import annotations

from greenflag.targets.refdesk.api import RefdeskApi
from greenflag.targets.refdesk.process import RefdeskProcess, check_config, start_refdesk
from greenflag.targets.refdesk.ui import RefdeskUi

__all__ = ["RefdeskApi", "RefdeskProcess", "RefdeskUi", "check_config", "start_refdesk"]
