"""Secrets out of everything iad-data writes: a password or token inside a URL (userinfo, or
query parameters such as ``?api_key=...``) is replaced before a recipe copy, a run marker, a
report, a log line or a published file is written.

Teacher specs carry URLs (``openai-compatible:MODEL@https://user:pass@host/v1?token=...``);
keys themselves come from the environment and are never written.
"""

from __future__ import annotations

import re
from typing import Any

MASK = "***"
_URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'\"<>`]+")


def _redact_url(url: str) -> str:
    head, sep, query = url.partition("?")
    query, hash_sep, fragment = query.partition("#")
    scheme, _, rest = head.partition("://")
    netloc, slash, path = rest.partition("/")
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rpartition('@')[2]}"
    if sep:
        query = "&".join(
            f"{part.partition('=')[0]}={MASK}" if "=" in part else part for part in query.split("&")
        )
    return f"{scheme}://{netloc}{slash}{path}{sep}{query}{hash_sep}{fragment}"


def redact(text: str) -> str:
    """``text`` with every URL's userinfo and query-parameter values masked."""
    return _URL.sub(lambda m: _redact_url(m.group(0)), text)


def redact_value(value: Any) -> Any:
    """``redact`` applied to every string inside nested dicts, lists and tuples."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(redact_value(v) for v in value)
    return value


__all__ = ["MASK", "redact", "redact_value"]
