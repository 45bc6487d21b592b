"""The sign-off builder never copies a secret into the pack."""

from __future__ import annotations

import pytest
from allure_factory import ResultSet

from greenflag.signoff import MASK_TEXT, Redactor, looks_secret

PLANTED = "Pl4nted-s3cret!"
OTHER = "tok-9f8e7d6c5b4a"


def plant(results: ResultSet) -> None:
    """Results in which the planted secrets turn up everywhere a careless tool would copy."""
    results.add("Agent signs in", "failed", failed_step=f"When the agent signs in with {PLANTED}",
                message=f"AssertionError: expected 200, got 401 for password {PLANTED}",
                step_parameters={"password": PLANTED, "api_token": OTHER},
                example={"api_token": OTHER, "impact": "High"})
    results.environment(target="refdesk", admin_password=PLANTED, seed="7")


def test_no_secret_reaches_any_file_of_the_pack(results: ResultSet, pack, tmp_path) -> None:
    plant(results)
    history = tmp_path / "history"
    report, html = pack(environ={"GREENFLAG_ADMIN_PASSWORD": PLANTED}, history=history)
    written = [*(results.folder.parent / "signoff").iterdir(), *history.iterdir()]
    assert written
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert PLANTED not in text and OTHER not in text, path
    assert report["environment"]["admin_password"] == MASK_TEXT
    assert report["scenarios"][0]["example"] == {"api_token": MASK_TEXT, "impact": "High"}
    assert MASK_TEXT in report["issues"][0]["message"]
    assert "High" in html


def test_a_secret_only_in_the_builders_environment_is_masked(results: ResultSet, pack) -> None:
    results.add("Agent signs in", "failed", message=f"login failed with {PLANTED}")
    report, _ = pack(environ={"REFDESK_ADMIN_TOKEN": PLANTED})
    assert PLANTED not in str(report)


@pytest.mark.parametrize(
    ("name", "secret"),
    [("password", True), ("ADMIN_PASSWORD", True), ("api_token", True), ("GITHUB_TOKEN", True),
     ("client_secret", True), ("X-API-Key", True), ("target", False), ("seed", False),
     ("impact", False), ("channel", False), ("PWD", False), ("OLDPWD", False),
     ("DB_PWD", True)],
)
def test_which_names_look_secret(name: str, secret: bool) -> None:
    assert looks_secret(name) is secret


def test_short_and_boolean_values_are_not_masked_everywhere() -> None:
    redactor = Redactor.from_mapping({"PASSWORD_SET": "true", "PWD": "/", "TOKEN": "abc"})
    assert redactor.text("true / abc") == "true / abc"

