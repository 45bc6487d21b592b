"""Sign-off pack: Allure results in, a GO / NO-GO verdict out as JSON, HTML and PDF."""

from __future__ import annotations

from greenflag.signoff.build import PackOptions, build_report
from greenflag.signoff.errors import SignoffError
from greenflag.signoff.html import render_html
from greenflag.signoff.issues import expected_actual
from greenflag.signoff.manual import read_manual
from greenflag.signoff.pack import write_pack
from greenflag.signoff.pdf import write_pdf
from greenflag.signoff.regressions import last_run
from greenflag.signoff.requirements import read_catalogue
from greenflag.signoff.results import Attempt, read_environment, read_results
from greenflag.signoff.scenarios import Scenario, fold_attempts, tally
from greenflag.signoff.secrets import MASK as MASK_TEXT
from greenflag.signoff.secrets import Redactor, looks_secret
from greenflag.signoff.verdict import GO, GO_WITH_CONDITIONS, NO_GO, Findings, Verdict, decide

__all__ = [
    "GO",
    "GO_WITH_CONDITIONS",
    "MASK_TEXT",
    "NO_GO",
    "Attempt",
    "Findings",
    "PackOptions",
    "Redactor",
    "Scenario",
    "SignoffError",
    "Verdict",
    "build_report",
    "decide",
    "expected_actual",
    "fold_attempts",
    "last_run",
    "looks_secret",
    "read_catalogue",
    "read_environment",
    "read_manual",
    "read_results",
    "render_html",
    "tally",
    "write_pack",
    "write_pdf",
]
