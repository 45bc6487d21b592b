"""The issue log: every failed or broken scenario, with what it takes to close it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from greenflag.signoff.results import Attachment
from greenflag.signoff.scenarios import Scenario
from greenflag.signoff.vocab import KINDS, PROBLEMS, REMEDIATION

__all__ = ["expected_actual", "issue_log"]

_EXPECTED_GOT = re.compile(
    r"expected:?\s*(?P<expected>.+?)[,;]?\s+(?:but\s+)?(?:got|was|found|actual:?)\s+(?P<actual>.+)",
    re.IGNORECASE | re.DOTALL,
)
_ASSERT_EQUAL = re.compile(r"assert\s+(?P<actual>.+?)\s+==\s+(?P<expected>.+)")
_ENVIRONMENT_ACTION = "Environment fault: restore the target or the network and rerun before"
_ENVIRONMENT_ACTION += " judging the product."


def issue_log(scenarios: Sequence[Scenario], report_link: str | None) -> list[dict[str, Any]]:
    """One entry per failed or broken scenario, in reading order."""
    return [_issue(s, report_link) for s in scenarios if s.status in PROBLEMS]


def expected_actual(message: str | None) -> tuple[str | None, str | None]:
    """Split an assertion message into what was expected and what was found."""
    lines = _lines(message)
    # "Expected: X" and "Actual: Y" often sit on two lines.
    for text in (lines[0], " ".join(lines[:2])) if lines else ():
        for pattern in (_EXPECTED_GOT, _ASSERT_EQUAL):
            found = pattern.search(text)
            if found:
                return _clean(found["expected"]), _clean(found["actual"])
    return None, None


def _issue(scenario: Scenario, report_link: str | None) -> dict[str, Any]:
    attempt = scenario.attempt
    expected, actual = expected_actual(attempt.step_message if attempt else None)
    if expected is None:
        expected, actual = expected_actual(scenario.message)
    attachments = attempt.attachments if attempt else ()
    return {
        "name": scenario.title,
        "id": scenario.id,
        "moscow": scenario.moscow,
        "practice": scenario.epic,
        "feature": scenario.feature,
        "channel": scenario.channel,
        "status": scenario.status,
        "kind": KINDS[scenario.status],
        "requirements": scenario.requirements,
        "failed_step": scenario.failed_step,
        "expected": expected,
        "actual": actual,
        "message": scenario.message,
        "screenshot": _find(attachments, "image/"),
        "trace": _find(attachments, "application/zip", "trace"),
        "allure_link": _link(report_link, attempt.uuid if attempt else ""),
        "remediation": _remediation(scenario),
        "manual": scenario.manual,
    }


def _remediation(scenario: Scenario) -> str:
    rule = REMEDIATION.get(scenario.moscow, REMEDIATION["untagged"])
    return f"{rule} {_ENVIRONMENT_ACTION}" if scenario.status == "broken" else rule


def _find(attachments: Sequence[Attachment], kind: str, word: str = "") -> str | None:
    for attachment in attachments:
        named = word and word in attachment.name.lower()
        if attachment.type.startswith(kind) or named:
            return attachment.source
    return None


def _link(report_link: str | None, uuid: str) -> str | None:
    if not report_link:
        return None
    # Allure 3 names each test result after the md5 of its uuid, and opens it from the hash.
    anchor = hashlib.md5(uuid.encode(), usedforsecurity=False).hexdigest() if uuid else ""
    return f"{report_link}#{anchor}" if anchor else report_link


def _lines(message: str | None) -> list[str]:
    text = re.sub(r"^\w*Error:\s*", "", (message or "").strip())
    return [line.strip() for line in text.splitlines() if line.strip()]


def _clean(value: str) -> str:
    value = value.strip().rstrip(".").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
