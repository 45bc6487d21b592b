"""Process-level settings: where the config and data live, and how to reach SMTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

__all__ = ["DEFAULT_CONFIG", "DEFAULT_DB", "Settings"]

DEFAULT_CONFIG = Path(str(resources.files("refdesk") / "default.yaml"))
DEFAULT_DB = "sqlite:///refdesk.db"


@dataclass(frozen=True)
class Settings:
    """How one refdesk process is started; the desk's behaviour lives in the YAML config."""

    config_path: Path = DEFAULT_CONFIG
    db_url: str = DEFAULT_DB
    test_mode: bool = False
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_timeout: float = 5.0
    admin_password: str | None = field(default=None, repr=False)
    chat_webhook: str | None = None
    inbound_smtp_port: int | None = None
