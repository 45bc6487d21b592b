from __future__ import annotations

import hashlib

import pytest
from allure_factory import ResultSet

from greenflag.signoff import expected_actual


def test_issue_log_entry_has_evidence_link_and_remediation(results: ResultSet, pack) -> None:
    written = results.add(
        "P1 incident breaches after 4 hours", "failed", channel="ui", screenshot=True,
        message="AssertionError: expected breached, got running",
        failed_step="Then the resolution SLA is breached",
    )
    report, html = pack(report_link="../allure-report/index.html")
    [issue] = report["issues"]
    anchor = hashlib.md5(written["uuid"].encode()).hexdigest()
    assert issue["allure_link"] == f"../allure-report/index.html#{anchor}"
    assert (issue["expected"], issue["actual"]) == ("breached", "running")
    assert issue["failed_step"] == "Then the resolution SLA is breached"
    assert issue["kind"] == "product defect"
    assert issue["remediation"].startswith("Must: fix before go-live")
    assert issue["screenshot"].endswith("-attachment.png")
    assert issue["trace"].endswith("-attachment.zip")
    assert f'href="../allure-report/index.html#{anchor}"' in html
    assert "data:image/png;base64," in html and "playwright show-trace" in html
    assert "<th>Expected</th><td>breached</td>" in html


@pytest.mark.parametrize(
    ("moscow", "status", "starts"),
    [("should", "failed", "Should: fix next"), ("could", "failed", "Could: tolerated"),
     ("must", "broken", "Must: fix before go-live")],
)
def test_remediation_follows_moscow(results: ResultSet, pack, moscow, status, starts) -> None:
    results.add("Something", status, moscow=moscow, message="boom")
    [issue] = pack()[0]["issues"]
    assert issue["remediation"].startswith(starts)
    assert ("Environment fault" in issue["remediation"]) is (status == "broken")


def test_a_screenshot_outside_the_results_folder_is_not_embedded(results: ResultSet, pack):
    (results.folder.parent / "secret.png").write_bytes(b"\x89PNG not for the pack")
    written = results.add("Peeks", "failed", message="x")
    written["attachments"] = [{"name": "s", "source": "../secret.png", "type": "image/png"}]
    results.write(written)
    _, html = pack()
    assert "data:image/png" not in html


@pytest.mark.parametrize(
    ("message", "expected", "actual"),
    [
        ("AssertionError: expected P1 - Critical, got P3 - Moderate", "P1 - Critical",
         "P3 - Moderate"),
        ("assert 'P3 - Moderate' == 'P1 - Critical'\n  - P1 - Critical", "P1 - Critical",
         "P3 - Moderate"),
        ("Expected: Messaging Support\nActual: Desktop Support", "Messaging Support",
         "Desktop Support"),
        ("expected state Resolved but was New.", "state Resolved", "New"),
        ("httpx.ConnectError: [Errno 111] Connection refused", None, None),
        (None, None, None),
    ],
)
def test_expected_and_actual_from_the_assertion(message, expected, actual) -> None:
    assert expected_actual(message) == (expected, actual)


def test_the_failed_steps_own_message_is_preferred(results: ResultSet, pack) -> None:
    written = results.add("Routed", "failed", message="AssertionError",
                          failed_step="Then it is assigned to Network")
    written["steps"][-1]["statusDetails"] = {"message": "expected Network, got Desktop"}
    results.write(written)
    [issue] = pack()[0]["issues"]
    assert (issue["expected"], issue["actual"]) == ("Network", "Desktop")
