from __future__ import annotations

import json
from pathlib import Path

import pytest
from allure_factory import ResultSet

from greenflag.allure_files import (
    CATEGORIES,
    executor_for,
    mark_flaky,
    prepare_results,
    write_categories,
)


def test_categories_tell_defects_from_environment_faults_and_flakes(tmp_path: Path) -> None:
    written = json.loads(write_categories(tmp_path).read_text())
    assert written == CATEGORIES
    by_name = {c["name"]: c for c in written}
    assert by_name["Product defects"]["matchedStatuses"] == ["failed"]
    assert by_name["Environment faults"]["matchedStatuses"] == ["broken"]
    assert by_name["Flaky: passed only after a retry"]["flaky"] is True


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"GITHUB_ACTIONS": "true", "GITHUB_SERVER_URL": "https://github.com",
          "GITHUB_REPOSITORY": "acme/desk", "GITHUB_RUN_ID": "99", "GITHUB_RUN_NUMBER": "12",
          "GITHUB_WORKFLOW": "uat"},
         {"name": "GitHub Actions", "type": "github", "buildOrder": 12, "buildName": "uat #12",
          "buildUrl": "https://github.com/acme/desk/actions/runs/99"}),
        ({"GITLAB_CI": "true", "CI_PIPELINE_IID": "7", "CI_PIPELINE_ID": "700",
          "CI_PROJECT_NAME": "desk", "CI_PIPELINE_URL": "https://gl/p/700"},
         {"name": "GitLab CI", "buildOrder": 7, "buildName": "desk #700"}),
        ({"JENKINS_URL": "https://ci/", "BUILD_NUMBER": "31", "JOB_NAME": "uat",
          "BUILD_URL": "https://ci/job/uat/31/"},
         {"name": "Jenkins", "buildOrder": 31, "buildUrl": "https://ci/job/uat/31"}),
        ({"CI": "true", "CI_BUILD_ID": "5"}, {"name": "CI", "buildName": "build 5"}),
    ],
)
def test_executor_from_ci_variables(environ: dict, expected: dict) -> None:
    executor = executor_for(environ)
    assert executor is not None and executor | expected == executor


def test_no_executor_outside_ci_and_secrets_never_copied(tmp_path: Path) -> None:
    assert executor_for({"CI": "false", "HOME": "/root"}) is None
    ResultSet(tmp_path).add("Routed")
    done = prepare_results(tmp_path, {"GITLAB_CI": "true", "CI_JOB_TOKEN": "tok-s3cret"})
    assert "wrote executor.json (GitLab CI)" in done
    assert "tok-s3cret" not in (tmp_path / "executor.json").read_text()


def test_a_retry_that_passed_is_marked_flaky_for_allure(tmp_path: Path) -> None:
    results = ResultSet(tmp_path)
    first = results.add("Escalates", "failed", history_id="h1", message="timeout")
    last = results.add("Escalates", "passed", history_id="h1")
    results.add("Steady", "passed", history_id="h2")
    results.add("Fails twice", "failed", history_id="h3", message="x")
    results.add("Fails twice", "failed", history_id="h3", message="x")
    assert mark_flaky(tmp_path) == ["h1"]
    read = {p.name: json.loads(p.read_text()) for p in tmp_path.glob("*-result.json")}
    assert read[f"{last['uuid']}-result.json"]["statusDetails"] == {"flaky": True}
    assert "flaky" not in read[f"{first['uuid']}-result.json"]["statusDetails"]
    assert sum(bool(r["statusDetails"].get("flaky")) for r in read.values()) == 1
