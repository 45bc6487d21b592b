"""Print the sign-off HTML to an A4 PDF with the Chromium the UI channel already uses."""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape
from playwright.sync_api import Error, sync_playwright

from greenflag.browser import launch_options
from greenflag.signoff.errors import SignoffError

__all__ = ["write_pdf"]

_MARGIN = {"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"}
_FOOTER = (
    '<div style="width:100%;font-size:8px;color:#666;padding:0 12mm;'
    'display:flex;justify-content:space-between">'
    '<span>{label}</span><span><span class="pageNumber"></span> / '
    '<span class="totalPages"></span></span></div>'
)


def write_pdf(html: str, path: Path, footer: str = "greenflag sign-off") -> Path:
    """Print `html` to `path` as an A4 PDF with page numbers in the footer."""
    try:
        _print(html, Path(path), _FOOTER.format(label=escape(footer)))
    except Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else "unknown"
        raise SignoffError(
            f"could not print {path} with Chromium ({first_line}): install Chromium "
            "or build the pack without the PDF"
        ) from error
    return Path(path)


def _print(html: str, path: Path, footer: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        try:
            page = browser.new_page()
            page.set_content(html, wait_until="load")
            page.pdf(
                path=str(path),
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer,
                margin=_MARGIN,
            )
        finally:
            browser.close()
