"""The refdesk command line: serve the desk, or check a config file."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from refdesk import __version__
from refdesk.config import ConfigError, load_config
from refdesk.settings import DEFAULT_CONFIG, DEFAULT_DB, Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["StartupError", "check_config", "main", "serve"]

ADMIN_PASSWORD_ENV = "REFDESK_ADMIN_PASSWORD"
EXIT_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="refdesk", description="The reference service desk.")
    parser.add_argument("--version", action="version", version=f"refdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the desk's web server")
    serve.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="desk YAML file")
    serve.add_argument("--db", default=DEFAULT_DB, help="SQLAlchemy database URL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--test-mode", action="store_true", help="enable /_test clock and reset")
    serve.add_argument("--smtp-host", default="127.0.0.1")
    serve.add_argument("--smtp-port", type=int, default=25)
    serve.add_argument("--chat-webhook", default=None, help="URL for chat posts (overrides "
                       "integrations.chat.webhook_url)")
    serve.add_argument("--inbound-smtp-port", type=int, default=None,
                       help="listen for incident e-mails by SMTP on this loopback port")
    check = commands.add_parser("check-config", help="validate a desk YAML file")
    check.add_argument("path", type=Path)
    return parser


def _fail(message: str) -> int:
    print(f"refdesk: {message}", file=sys.stderr)
    return EXIT_CONFIG


def check_config(path: Path) -> int:
    """Validate a config file: print 'ok' and return 0, or print the problem and return 2."""
    try:
        config = load_config(path)
    except ConfigError as error:
        return _fail(str(error))
    print(f"refdesk: {path} is valid (fingerprint {config.fingerprint})")
    return 0


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(
        config_path=args.config,
        db_url=args.db,
        test_mode=args.test_mode,
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        chat_webhook=args.chat_webhook,
        inbound_smtp_port=args.inbound_smtp_port,
        admin_password=os.environ.get(ADMIN_PASSWORD_ENV) or None,
    )


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable URL)"


class StartupError(Exception):
    """The desk cannot start for a reason other than its config."""


def _build(settings: Settings) -> FastAPI:
    # Heavy imports wait until the config is known good, so a bad config fails at once.
    config = load_config(settings.config_path)
    from sqlalchemy.exc import SQLAlchemyError

    from refdesk.app import create_app

    try:
        return create_app(settings, config)
    except (ImportError, SQLAlchemyError) as error:
        reason = str(error).splitlines()[0]
        raise StartupError(f"cannot open database {_shown(settings.db_url)}: {reason}") from None


def serve(settings: Settings, host: str, port: int) -> int:
    """Check the config, build the app and run it under uvicorn until interrupted."""
    try:
        app = _build(settings)
    except (ConfigError, StartupError) as error:
        return _fail(str(error))
    import uvicorn

    logging.basicConfig(level=logging.WARNING, format="refdesk: %(levelname)s %(message)s")
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``refdesk`` command."""
    args = _parser().parse_args(argv)
    if args.command == "check-config":
        return check_config(args.path)
    return serve(_settings(args), args.host, args.port)
