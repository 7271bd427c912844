"""Debian's headless Chromium for the browser tests (the report, the review app): where it is,
the flags this closed network needs, and the skip that CI turns into a failure."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = bool(os.environ.get("IAD_DATA_REQUIRE_CHROMIUM"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""without the background-networking flags Chromium keeps dialling hosts this machine refuses"""

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRED,
    reason="Debian's chromium is not installed: `apt-get install chromium` to run this check"
    " (CI installs it and sets IAD_DATA_REQUIRE_CHROMIUM=1, so there it fails instead)",
)
