"""Steps about the desk's reports."""

from __future__ import annotations

from pytest_bdd import parsers, then

from greenflag.desk import Desk


@then(
    parsers.re(
        r"the satisfaction report shows an average of (?P<average>[\d.]+) "
        r"from (?P<count>\d+) answers?$"
    )
)
def satisfaction(desk_api: Desk, average: str, count: str) -> None:
    """The satisfaction report's average and number of answers."""
    report = desk_api.report("satisfaction")
    assert (float(report["average"]), int(report["count"])) == (float(average), int(count))


@then(
    parsers.re(
        r'the volume report counts (?P<first>\d+) "(?P<a>\w+)" incidents? '
        r'and (?P<second>\d+) "(?P<b>\w+)" incidents?$'
    )
)
def volumes(desk_api: Desk, first: str, a: str, second: str, b: str) -> None:
    """The volume report by category."""
    report = desk_api.report("volumes")
    counts = report.get("by_category", report) if isinstance(report, dict) else report
    assert (counts.get(a), counts.get(b)) == (int(first), int(second)), f"volumes: {report}"
