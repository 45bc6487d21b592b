"""Write the sign-off pack: signoff.json, signoff.html and signoff.pdf."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from greenflag.signoff.build import PackOptions, build_report
from greenflag.signoff.html import VERDICT_TITLES, render_html
from greenflag.signoff.pdf import write_pdf
from greenflag.signoff.regressions import keep_run

__all__ = ["build_report", "write_pack"]


def write_pack(
    results_dir: Path,
    out_dir: Path,
    pdf: bool = True,
    *,
    now: datetime | None = None,
    options: PackOptions | None = None,
) -> dict[str, Any]:
    """Write signoff.json, signoff.html and, unless `pdf` is False, signoff.pdf."""
    options = options or PackOptions()
    report = build_report(results_dir, now=now, options=options)
    html = _write_files(report, Path(results_dir), Path(out_dir))
    if options.history is not None:
        keep_run(report, options.history)
    if pdf:
        footer = f"greenflag sign-off · {VERDICT_TITLES[report['verdict']]}"
        write_pdf(html, Path(out_dir) / "signoff.pdf", footer=footer)
    return report


def _write_files(report: dict[str, Any], results_dir: Path, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    (out / "signoff.json").write_text(text + "\n", encoding="utf-8")
    html = render_html(report, results_dir)
    (out / "signoff.html").write_text(html, encoding="utf-8")
    # A PDF left over from an earlier run would contradict the new verdict.
    (out / "signoff.pdf").unlink(missing_ok=True)
    return html
