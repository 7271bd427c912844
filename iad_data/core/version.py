"""The toolkit's version, read once from the installed distribution; records carry it."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("iad-data")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
