"""The greenflag command: run the pack, build the sign-off pack, gate CI, build the report."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from greenflag import glossary
from greenflag.allure_files import prepare_results
from greenflag.desk import TargetUnavailable
from greenflag.report import ReportError, build_allure_report
from greenflag.signoff import PackOptions, SignoffError, write_pack
from greenflag.targets.refdesk import check_config

__all__ = ["main"]

EXIT_GO, EXIT_NO_GO, EXIT_ERROR = 0, 1, 2
RESULTS = Path("reports/allure-results")
SIGNOFF = Path("reports/signoff")
ALLURE_REPORT = Path("reports/allure-report")
HISTORY = Path("reports/history")
REQUIREMENTS = Path("features/requirements.csv")
MANUAL = Path("features/manual-results.csv")
SIGNOFF_CONFIG = Path("signoff.yaml")
VERDICTS = {"GO": "GO", "GO_WITH_CONDITIONS": "GO WITH CONDITIONS", "NO_GO": "NO-GO"}
# pytest's own exit codes that mean the pack could not run at all.
_PYTEST_CANNOT_RUN = {2: "interrupted", 3: "internal error", 4: "usage error", 5: "no scenarios"}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `greenflag` command."""
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except (OSError, ValueError, TargetUnavailable) as error:
        print(f"greenflag: {error}", file=sys.stderr)
        return EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="greenflag", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="command")
    _run_parser(commands.add_parser("run", help="run the UAT pack, then build the sign-off pack"))
    signoff = commands.add_parser("signoff", help="build the sign-off pack from Allure results")
    _signoff_options(signoff)
    signoff.set_defaults(func=build_signoff)
    gate = commands.add_parser("gate", help="exit 0 on GO, 1 on NO-GO, from a signoff.json")
    gate.add_argument("path", nargs="?", type=Path, default=SIGNOFF / "signoff.json")
    gate.add_argument("--strict", action="store_true", help="GO WITH CONDITIONS fails too")
    gate.set_defaults(func=gate_verdict)
    report = commands.add_parser("report", help="build the single-file Allure HTML report")
    _report_options(report)
    report.set_defaults(func=build_report)
    steps = commands.add_parser("steps", help="print the step glossary (Markdown)")
    steps.add_argument("--pack", type=Path, default=Path.cwd(), help="the pack's folder")
    steps.set_defaults(func=print_glossary)
    return parser


def print_glossary(args: argparse.Namespace) -> int:
    """Print every step sentence the pack understands."""
    print(glossary.markdown(args.pack))
    return EXIT_GO


def _run_parser(run: argparse.ArgumentParser) -> None:
    run.add_argument("--target", default="refdesk", help="ITSM under test (default: refdesk)")
    run.add_argument("--desk-config", type=Path, help="desk configuration for refdesk")
    run.add_argument("--channel", default="both", choices=("api", "ui", "both"))
    run.add_argument("--tags", default="", help="tag expression, e.g. '@must and not @ui-only'")
    run.add_argument("--workers", default="1", help="parallel workers (a number, or auto)")
    run.add_argument("--reruns", type=int, default=0, help="retry a failing scenario N times;"
                     " one that passes on a retry is reported flaky")
    run.add_argument("--report", action="store_true", help="also build the Allure report")
    _signoff_options(run)
    run.add_argument("pytest_args", nargs="*", help="extra pytest arguments, after --")
    run.set_defaults(func=run_pack)


def _signoff_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--out", type=Path, default=SIGNOFF)
    parser.add_argument("--no-pdf", dest="pdf", action="store_false")
    parser.add_argument("--requirements", type=Path, help=f"default: {REQUIREMENTS} if present")
    parser.add_argument("--manual", type=Path, help=f"manual results; default: {MANUAL}")
    parser.add_argument("--previous", type=Path, help="signoff.json of the run to compare"
                        " with; default: the last one kept under --history")
    parser.add_argument("--history", type=Path, default=HISTORY)
    parser.add_argument("--no-history", dest="keep_history", action="store_false",
                        help="neither compare with nor keep runs under --history")
    parser.add_argument("--signoff-config", type=Path, help=f"default: {SIGNOFF_CONFIG}")
    parser.add_argument("--allure-report", type=Path, default=ALLURE_REPORT,
                        help="where `greenflag report` writes, for the issue log's links")


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--out", type=Path, default=ALLURE_REPORT)
    parser.add_argument("--history", type=Path, default=HISTORY)
    parser.add_argument("--name", default="greenflag UAT", help="the report's title")


def run_pack(args: argparse.Namespace) -> int:
    """Run the pack with pytest, then build the sign-off pack from its results."""
    if args.desk_config:
        _check_desk_config(args.desk_config)
    code = subprocess.call([sys.executable, "-m", "pytest", *_pytest_args(args)])
    if code in _PYTEST_CANNOT_RUN:
        print(f"greenflag: the pack did not run ({_PYTEST_CANNOT_RUN[code]}); "
              "see the messages above", file=sys.stderr)
        return EXIT_ERROR
    if args.results.is_dir():
        prepare_results(args.results, os.environ)
    if args.report:
        _report_or_warn(args)
    return build_signoff(args)


def _check_desk_config(path: Path) -> None:
    if not path.is_file():
        raise ValueError(f"--desk-config {path}: no such file")
    complaint = check_config(path)
    if complaint:
        raise ValueError(complaint.removeprefix("refdesk: "))


def _pytest_args(args: argparse.Namespace) -> list[str]:
    chosen = ["scenarios", "-q", "--alluredir", str(args.results), "--clean-alluredir",
              "--target", args.target, "--channel", args.channel]
    if args.desk_config:
        chosen += ["--desk-config", str(args.desk_config)]
    if args.tags:
        chosen += ["--tags", args.tags]
    if args.workers != "1":
        chosen += ["-n", args.workers]
    if args.reruns > 0:
        chosen += ["--reruns", str(args.reruns)]
    return chosen + args.pytest_args


def build_signoff(args: argparse.Namespace) -> int:
    """Build the sign-off pack and turn its verdict into an exit code."""
    try:
        pack = write_pack(args.results, args.out, pdf=args.pdf, options=_pack_options(args))
    except SignoffError as error:
        print(f"greenflag: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"greenflag: {VERDICTS[pack['verdict']]}: {pack['reason']}")
    for line in pack["blockers"] + pack["conditions"]:
        print(f"  - {line}")
    print(f"greenflag: sign-off pack written to {args.out}/")
    return EXIT_NO_GO if pack["verdict"] == "NO_GO" else EXIT_GO


def _pack_options(args: argparse.Namespace) -> PackOptions:
    index = args.allure_report / "index.html"
    return PackOptions(
        requirements=_given_or_present(args.requirements, REQUIREMENTS),
        manual=_given_or_present(args.manual, MANUAL),
        previous=args.previous,
        history=args.history if args.keep_history else None,
        signoff_config=_given_or_present(args.signoff_config, SIGNOFF_CONFIG),
        report_link=Path(os.path.relpath(index, args.out)).as_posix(),
    )


def _given_or_present(given: Path | None, default: Path) -> Path | None:
    return given if given is not None else (default if default.is_file() else None)


def gate_verdict(args: argparse.Namespace) -> int:
    """Exit 0 when the pack at `args.path` says GO, 1 when it says NO-GO, 2 when unreadable."""
    pack = _read_pack(args.path)
    if pack is None:
        return EXIT_ERROR
    verdict = pack["verdict"]
    print(f"greenflag gate: {VERDICTS[verdict]}: {pack.get('reason', '')}")
    failing = ("NO_GO", "GO_WITH_CONDITIONS") if args.strict else ("NO_GO",)
    return EXIT_NO_GO if verdict in failing else EXIT_GO


def _read_pack(path: Path) -> dict | None:
    try:
        pack = json.loads(path.read_text(encoding="utf-8"))
        verdict = pack["verdict"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        problem = f"no verdict ({error!r})" if isinstance(error, KeyError | TypeError) else error
        print(f"greenflag gate: cannot read a verdict from {path}: {problem}; build it with "
              "`greenflag signoff`", file=sys.stderr)
        return None
    if verdict not in VERDICTS:
        print(f"greenflag gate: {path} holds an unknown verdict {verdict!r}", file=sys.stderr)
        return None
    return pack


def build_report(args: argparse.Namespace) -> int:
    """Build the single-file Allure HTML report from the results."""
    if not args.results.is_dir():
        raise ValueError(f"no Allure results folder at {args.results}: run the pack first")
    for line in prepare_results(args.results, os.environ):
        print(f"greenflag: {line}")
    index, generator = build_allure_report(args.results, args.out, args.history,
                                           environ=os.environ, cwd=Path.cwd(), name=args.name)
    print(f"greenflag: Allure {generator.major} report written to {index}")
    return EXIT_GO


def _report_or_warn(args: argparse.Namespace) -> None:
    try:
        build_allure_report(args.results, args.allure_report, args.history,
                            environ=os.environ, cwd=Path.cwd())
    except ReportError as error:
        print(f"greenflag: no Allure report: {error}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
