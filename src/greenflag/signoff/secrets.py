"""Keep passwords, tokens and other secrets out of the pack."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["MASK", "Redactor", "looks_secret"]

MASK = "••••••"
_SECRET_NAME = re.compile(
    r"pass(word|wd|phrase)?|pwd|token|secret|api[-_]?key|credential|private[-_]?key"
    r"|authorization|cookie|session[-_]?id",
    re.IGNORECASE,
)
# The shell's working directories, not passwords.
_NOT_SECRET = {"PWD", "OLDPWD"}
# Short or boolean-looking values would mask ordinary words all over the pack.
_TOO_PLAIN = {"true", "false", "none", "null", "yes", "no", "on", "off"}
_MIN_LENGTH = 4


def looks_secret(name: str) -> bool:
    """Whether a variable, property or parameter called `name` probably holds a secret."""
    return name not in _NOT_SECRET and bool(_SECRET_NAME.search(name))


class Redactor:
    """Masks known secret values in text, and values of secret-looking names."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        self.values = frozenset(v for v in (str(v).strip() for v in values) if _worth(v))
        ordered = sorted(self.values, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str], extra: Iterable[str] = ()) -> Redactor:
        """A redactor for the values of every secret-looking name in `mapping`."""
        return cls([*extra, *(value for name, value in mapping.items() if looks_secret(name))])

    def joined(self, values: Iterable[str]) -> Redactor:
        """This redactor with more secret values."""
        extra = [v for v in values if _worth(str(v).strip())]
        return Redactor(self.values | set(extra)) if extra else self

    def text(self, value: str | None) -> str | None:
        """`value` with every known secret masked."""
        if value is None or self._pattern is None:
            return value
        return self._pattern.sub(MASK, value)

    def mapping(self, values: Mapping[str, str]) -> dict[str, str]:
        """`values` with secret-looking names masked and known secrets masked in the rest."""
        return {k: MASK if looks_secret(k) else self.text(v) or "" for k, v in values.items()}


def _worth(value: str) -> bool:
    return len(value) >= _MIN_LENGTH and value.lower() not in _TOO_PLAIN
