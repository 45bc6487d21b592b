"""Build the interactive Allure HTML report, as one file, with Allure 3 or Allure 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from greenflag.allure_files import ALLURE3_HISTORY, CATEGORIES, carry_history, save_history

__all__ = ["HOW_TO_GET_ALLURE", "Generator", "ReportError", "build_allure_report",
           "find_generator", "generate_command"]

HOW_TO_GET_ALLURE = """\
no Allure report generator found. Install one, then run `greenflag report` again:
  Allure 3 (needs only Node.js 18+):  npm install --save-dev allure
      found as ./node_modules/.bin/allure, or install it globally: npm install -g allure
  Allure 2 (needs Java 8+):           npm install --save-dev allure-commandline
Or point GREENFLAG_ALLURE at an allure executable. The sign-off pack does not need either."""
_TIMEOUT_S = 600


class ReportError(ValueError):
    """The Allure report cannot be built; the message says why and what to do."""


@dataclass(frozen=True)
class Generator:
    """An Allure command line found on this machine, and its major version."""

    executable: str
    major: int


def find_generator(environ: Mapping[str, str], cwd: Path) -> Generator | None:
    """The first working allure: $GREENFLAG_ALLURE, ./node_modules/.bin, then PATH."""
    chosen = environ.get("GREENFLAG_ALLURE")
    if chosen:
        found = _probe(chosen, environ)
        if found is None:
            raise ReportError(f"GREENFLAG_ALLURE={chosen} does not run as `allure --version`")
        return found
    local = Path(cwd) / "node_modules" / ".bin" / "allure"
    candidates = [str(local) if local.is_file() else None,
                  shutil.which("allure", path=environ.get("PATH"))]
    probes = (_probe(c, environ) for c in candidates if c)
    return next((g for g in probes if g is not None), None)


def generate_command(generator: Generator, results: Path, out: Path, config: Path) -> list[str]:
    """The command that writes a single-file report of `results` into `out`."""
    if generator.major >= 3:
        return [generator.executable, "generate", "--config", str(config), "--output",
                str(out), str(results)]
    return [generator.executable, "generate", "--single-file", "--clean", "-o", str(out),
            str(results)]


def build_allure_report(
    results: Path, out: Path, history: Path, *, environ: Mapping[str, str], cwd: Path,
    name: str = "greenflag UAT",
) -> tuple[Path, Generator]:
    """Build out/index.html from `results`, carrying history between runs."""
    generator = find_generator(environ, cwd)
    if generator is None:
        raise ReportError(HOW_TO_GET_ALLURE)
    _check_out(Path(out))
    Path(history).mkdir(parents=True, exist_ok=True)
    if generator.major < 3:
        carry_history(history, results)
    index = _generate(generator, results, Path(out), history, name, environ)
    if generator.major < 3:
        save_history(index, history)
    return index, generator


def _generate(generator: Generator, results: Path, out: Path, history: Path, name: str,
              environ: Mapping[str, str]) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        config = _allure3_config(Path(tmp), out, history, name)
        _run(generate_command(generator, results, out, config), environ)
    index = out / "index.html"
    if not index.is_file():
        raise ReportError(f"allure finished but wrote no {index}")
    return index


def _probe(executable: str, environ: Mapping[str, str]) -> Generator | None:
    try:
        done = subprocess.run([executable, "--version"], capture_output=True, text=True,
                              timeout=60, env=dict(environ), check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    words = done.stdout.strip().split()
    version = words[-1] if words else ""
    major = version.split(".")[0]
    return Generator(executable, int(major)) if done.returncode == 0 and major.isdigit() else None


def _check_out(out: Path) -> None:
    # Allure 2 empties its output folder: never let it empty one that holds other things.
    strangers = [p.name for p in out.iterdir()] if out.is_dir() else []
    allure_made = {"index.html", "summary.json", "test-results.json", "history", "data",
                   "widgets", "plugins", "export", "app.js", "styles.css", "favicon.ico",
                   "awesome"}
    if set(strangers) - allure_made:
        raise ReportError(f"{out} holds files Allure did not write; choose an empty --out")


def _allure3_config(folder: Path, out: Path, history: Path, name: str) -> Path:
    config = {
        "name": name,
        "output": str(Path(out).resolve()),
        "historyPath": str((Path(history) / ALLURE3_HISTORY).resolve()),
        "categories": CATEGORIES,
        "plugins": {"awesome": {"options": {"singleFile": True, "reportName": name}}},
    }
    path = folder / "allurerc.json"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


def _run(command: list[str], environ: Mapping[str, str]) -> None:
    env = dict(environ) | {"NO_COLOR": "1"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT_S,
                              env=env, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ReportError(f"could not run {command[0]}: {error}") from error
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise ReportError(f"allure generate failed ({done.returncode}): {' / '.join(tail)}")

