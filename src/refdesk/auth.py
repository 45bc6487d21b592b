"""Passwords, bearer tokens and browser sessions."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from refdesk.models import AuthToken, User

__all__ = [
    "csrf_token",
    "hash_password",
    "issue_token",
    "revoke_token",
    "user_for_token",
    "verify_password",
]

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
# Checked against when the username is unknown, so a miss costs as long as a hit.
_DECOY = "scrypt$16384$8$1$00000000000000000000000000000000$" + "00" * 32


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_password(password: str) -> str:
    """Hash a password with scrypt and a random salt, in a self-describing string."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    """True if the password matches the stored hash (constant time)."""
    _, n, r, p, salt, digest = (stored or _DECOY).split("$")
    candidate = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, bytes.fromhex(digest)) and stored is not None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User, kind: str, now: datetime) -> str:
    """Create a bearer token or session for a user; return the secret once."""
    token = secrets.token_urlsafe(32)
    session.add(AuthToken(token_hash=_digest(token), user=user, kind=kind, created_at=now))
    return token


def user_for_token(session: Session, token: str | None, kind: str) -> User | None:
    """The user a token or session belongs to, or None."""
    if not token:
        return None
    query = select(AuthToken).where(AuthToken.token_hash == _digest(token), AuthToken.kind == kind)
    found = session.scalars(query).first()
    return found.user if found else None


def revoke_token(session: Session, token: str) -> None:
    """Forget a token or session."""
    session.execute(delete(AuthToken).where(AuthToken.token_hash == _digest(token)))


def csrf_token(session_token: str) -> str:
    """The form token tied to a browser session (derived, so nothing extra is stored)."""
    return hmac.new(session_token.encode(), b"refdesk-csrf", hashlib.sha256).hexdigest()
