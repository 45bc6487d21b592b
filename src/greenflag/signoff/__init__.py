"""Sign-off pack: Allure results in, a GO / NO-GO verdict out as JSON, HTML and PDF."""

from __future__ import annotations

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.html import render_html
from greenflag.signoff.pack import build_report, write_pack
from greenflag.signoff.pdf import write_pdf
from greenflag.signoff.results import Attempt, read_environment, read_results
from greenflag.signoff.scenarios import Scenario, fold_attempts, tally
from greenflag.signoff.verdict import GO, GO_WITH_CONDITIONS, NO_GO, Verdict, decide

__all__ = [
    "GO",
    "GO_WITH_CONDITIONS",
    "NO_GO",
    "Attempt",
    "Scenario",
    "SignoffError",
    "Verdict",
    "build_report",
    "decide",
    "fold_attempts",
    "read_environment",
    "read_results",
    "render_html",
    "tally",
    "write_pack",
    "write_pdf",
]
