"""The pytest plugin checks the Gherkin before anything runs, and names file:line."""

from __future__ import annotations

import pytest

STEPS = '''
from pytest_bdd import given, scenarios, then

scenarios("features")


@given("a caller")
def a_caller():
    """A caller."""


@then("the incident is recorded")
def recorded():
    """It is recorded."""
'''

GOOD = """@must @REQ-T-001
Feature: Tiny
  Scenario: Works
    Given a caller
    Then the incident is recorded
"""


@pytest.fixture
def pack(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest('pytest_plugins = ["greenflag.plugin"]\n')
    pytester.makepyfile(test_pack=STEPS)
    return pytester


def run(pack: pytest.Pytester, feature: str) -> pytest.RunResult:
    (pack.path / "features").mkdir(exist_ok=True)
    (pack.path / "features" / "tiny.feature").write_text(feature)
    return pack.runpytest_subprocess("-p", "no:cacheprovider", "--channel", "api")


def test_a_well_formed_scenario_runs_once_per_selected_channel(pack):
    result = run(pack, GOOD)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*1 passed*"])


def test_an_unknown_step_is_named_with_the_nearest_known_one(pack):
    result = run(pack, GOOD.replace("Then the incident is recorded", "Then the incident is stored"))
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "*features/tiny.feature:5: unknown step 'Then the incident is stored'; "
        "did you mean: 'Then the incident is recorded'*",
    ])


def test_a_missing_moscow_tag_is_named(pack):
    result = run(pack, GOOD.replace("@must ", ""))
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*features/tiny.feature:3: scenario has no MoSCoW tag*"])


def test_malformed_gherkin_is_named_before_collection(pack):
    broken = GOOD.replace("a caller\n", "a caller\n   | a | b |\n  stray words\n")
    result = run(pack, broken)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*malformed Gherkin*", "*features/tiny.feature:6*"])
    assert "Traceback" not in result.stderr.str()


def test_a_wont_scenario_is_listed_as_skipped_with_its_reason(pack):
    result = run(pack, GOOD.replace("@must", "@wont"))
    result.assert_outcomes(skipped=1)
