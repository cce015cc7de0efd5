"""Secret key format: prefix + 32 random bytes in base62 + 6-char CRC32 checksum.

Like GitHub's tokens, a mistyped or truncated key is rejected without a
database lookup, and secret scanners can recognise the prefix. Only the
SHA-256 of the full key is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import zlib

APP_KEY_PREFIX = "sk_"
DEV_KEY_PREFIX = "omi_dev_"

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BODY_LENGTH = 43  # 32 random bytes need 43 base62 digits
_CHECKSUM_LENGTH = 6


def _base62(number: int, width: int) -> str:
    digits = []
    while number:
        number, remainder = divmod(number, 62)
        digits.append(_ALPHABET[remainder])
    return "".join(reversed(digits)).rjust(width, "0")


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode()), _CHECKSUM_LENGTH)


def generate_key(prefix: str) -> str:
    body = _base62(int.from_bytes(secrets.token_bytes(32), "big"), _BODY_LENGTH)
    return f"{prefix}{body}{_checksum(body)}"


def canonical_key(presented: str, prefix: str) -> str | None:
    """The full key for ``presented`` (prefix optional), or None if malformed."""
    body = presented[len(prefix) :] if presented.startswith(prefix) else presented
    if len(body) != _BODY_LENGTH + _CHECKSUM_LENGTH or any(c not in _ALPHABET for c in body):
        return None
    payload, checksum = body[:_BODY_LENGTH], body[_BODY_LENGTH:]
    if not hmac.compare_digest(_checksum(payload), checksum):
        return None
    return prefix + body


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def key_label(key: str) -> str:
    """Displayable, non-secret form: ``sk_abcd…wxyz``."""
    prefix = APP_KEY_PREFIX if key.startswith(APP_KEY_PREFIX) else DEV_KEY_PREFIX
    body = key[len(prefix) :]
    return f"{prefix}{body[:4]}…{body[-4:]}"
