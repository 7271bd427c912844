"""Options of ``iad-data review``: where the app listens and who is reviewing."""

from __future__ import annotations

from pydantic import Field

from iad_data.core.options import StageOptions


class ReviewOptions(StageOptions):
    """How the review app is served (``iad_data.review.serve``, ``iad-data review``)."""

    host: str = Field(
        default="127.0.0.1",
        description="Address to listen on; anything but loopback needs --allow-remote.",
    )
    port: int = Field(default=8765, ge=0, le=65535, description="Port (0: any free port).")
    reviewer: str | None = Field(
        default=None,
        description="Name decisions are recorded under (default: your login name); the page "
        "can change it.",
    )
    allow_remote: bool = Field(
        default=False,
        description="Allow a non-loopback --host; every request then needs the token.",
    )
    token: str | None = Field(
        default=None,
        description="Token for a non-loopback server (default: IAD_DATA_REVIEW_TOKEN, else a "
        "generated one, printed in the address).",
    )


__all__ = ["ReviewOptions"]
