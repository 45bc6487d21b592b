"""Load and validate the desk configuration file."""

from __future__ import annotations

from pathlib import Path

from refdesk.config.model import DeskConfig, DeskInfo, KeywordRule, PriorityScheme, Routing
from refdesk.config.node import ConfigError, Node
from refdesk.config.sections import parse_config
from refdesk.config.source import read_source

__all__ = [
    "ConfigError",
    "DeskConfig",
    "DeskInfo",
    "KeywordRule",
    "PriorityScheme",
    "Routing",
    "load_config",
    "parse_config",
]


def load_config(path: Path | str) -> DeskConfig:
    """Read, check and return the desk configuration; raise ConfigError if it is wrong."""
    data, fingerprint = read_source(Path(path))
    return parse_config(Node(data, "", str(path)), fingerprint)
