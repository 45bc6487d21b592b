"""The words of the sign-off pack: MoSCoW buckets and result statuses."""

from __future__ import annotations

__all__ = [
    "MOSCOW",
    "MOSCOW_TITLES",
    "NOT_RUN",
    "PROBLEMS",
    "STATUSES",
    "STATUS_TITLES",
    "UNTAGGED",
]

MOSCOW = ("must", "should", "could", "wont")
UNTAGGED = "untagged"
STATUSES = ("passed", "failed", "broken", "skipped", "not_applicable")
PROBLEMS = ("failed", "broken")
NOT_RUN = "not_run"

MOSCOW_TITLES = {
    "must": "Must",
    "should": "Should",
    "could": "Could",
    "wont": "Won't",
    UNTAGGED: "Untagged",
}
STATUS_TITLES = {
    "passed": "passed",
    "failed": "failed",
    "broken": "broken",
    "skipped": "skipped",
    "not_applicable": "not applicable",
    NOT_RUN: "not run",
}
