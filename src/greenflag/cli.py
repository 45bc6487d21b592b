"""The greenflag command: run the pack, build the sign-off pack."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from greenflag.desk import TargetUnavailable
from greenflag.signoff import SignoffError, write_pack
from greenflag.targets.refdesk import check_config

__all__ = ["main"]

EXIT_GO, EXIT_NO_GO, EXIT_ERROR = 0, 1, 2
RESULTS = Path("reports/allure-results")
SIGNOFF = Path("reports/signoff")
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
    run = commands.add_parser("run", help="run the UAT pack, then build the sign-off pack")
    run.add_argument("--target", default="refdesk", help="ITSM under test (default: refdesk)")
    run.add_argument("--desk-config", type=Path, help="desk configuration for refdesk")
    run.add_argument("--channel", default="both", choices=("api", "ui", "both"))
    run.add_argument("--tags", default="", help="tag expression, e.g. '@must and not @ui-only'")
    run.add_argument("--workers", default="1", help="parallel workers (a number, or auto)")
    run.add_argument("--results", type=Path, default=RESULTS)
    run.add_argument("--out", type=Path, default=SIGNOFF)
    run.add_argument("pytest_args", nargs="*", help="extra pytest arguments, after --")
    run.set_defaults(func=run_pack)
    signoff = commands.add_parser("signoff", help="build the sign-off pack from Allure results")
    signoff.add_argument("--results", type=Path, default=RESULTS)
    signoff.add_argument("--out", type=Path, default=SIGNOFF)
    signoff.add_argument("--no-pdf", dest="pdf", action="store_false")
    signoff.set_defaults(func=build_signoff)
    return parser


def run_pack(args: argparse.Namespace) -> int:
    """Run the pack with pytest, then build the sign-off pack from its results."""
    if args.desk_config:
        _check_desk_config(args.desk_config)
    code = subprocess.call([sys.executable, "-m", "pytest", *_pytest_args(args)])
    if code in _PYTEST_CANNOT_RUN:
        print(f"greenflag: the pack did not run ({_PYTEST_CANNOT_RUN[code]}); "
              "see the messages above", file=sys.stderr)
        return EXIT_ERROR
    args.pdf = True
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
    return chosen + args.pytest_args


def build_signoff(args: argparse.Namespace) -> int:
    """Build the sign-off pack and turn its verdict into an exit code."""
    try:
        pack = write_pack(args.results, args.out, pdf=args.pdf)
    except SignoffError as error:
        print(f"greenflag: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"greenflag: {pack['verdict']}: {pack.get('reason', '')}")
    print(f"greenflag: sign-off pack written to {args.out}/")
    return EXIT_NO_GO if pack["verdict"] == "NO_GO" else EXIT_GO
if __name__ == "__main__":
    raise SystemExit(main())
