"""Desk rules as pure functions: configuration and inputs in, decisions out."""

from __future__ import annotations

from refdesk.rules.categorise import categorise, mentions
from refdesk.rules.priority import priority_for

__all__ = ["categorise", "mentions", "priority_for"]
