"""The words of the sign-off pack: MoSCoW buckets, result statuses and what they ask for."""

from __future__ import annotations

__all__ = [
    "KINDS",
    "MOSCOW",
    "MOSCOW_TITLES",
    "NOT_RUN",
    "PROBLEMS",
    "REMEDIATION",
    "STATUSES",
    "STATUS_TITLES",
    "UNTAGGED",
    "plural",
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
KINDS = {"failed": "product defect", "broken": "environment fault"}
REMEDIATION = {
    "must": "Must: fix before go-live; go-live waits for it.",
    "should": "Should: fix next, before go-live if possible; otherwise go live only with an"
    " agreed workaround and a fix date.",
    "could": "Could: tolerated; fix when capacity allows, go-live does not wait.",
    "wont": "Won't: out of scope for this release.",
    UNTAGGED: "Untagged: give the scenario a MoSCoW tag so the pack can judge it.",
}


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` and the noun, e.g. "1 scenario" or "3 scenarios"."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"
