"""The review web app: Starlette routes over a ``RecordIndex``, served by uvicorn.

Starlette and uvicorn because both are small, maintained and typed: the app is a handful of
JSON routes and one static page, so a full framework would add nothing but weight, and request
bodies are parsed by this package's own pydantic models (one model per concept). The page
(``static/``) asks for a page of a queue and then for one record; images are served from the
benchmark roots one at a time.

Safety: by default the server binds to 127.0.0.1 only, and refuses requests whose ``Host`` is
not a loopback name (a page elsewhere cannot reach it through DNS rebinding); decisions are
posted as JSON only, which a cross-site form cannot send. Another address needs
``allow_remote`` and then every request must carry the token (``Authorization: Bearer``, or
``?token=`` once, which sets a cookie).
"""

from __future__ import annotations

import functools
import getpass
import hmac
import io
import ipaddress
import json
import secrets
import socket
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from iad_data.core.images import load_image, to_8bit
from iad_data.core.options import make_options
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, WorkspaceError
from iad_data.review.decisions import (
    FLAG_KINDS,
    REJECT_REASONS,
    Decision,
    FlagKind,
    Verdict,
    now_iso,
)
from iad_data.review.edits import assistant_turns, decoded, edited_record, findings_of
from iad_data.review.options import ReviewOptions
from iad_data.review.queue import QueueFilter, RecordIndex, Source

PAGE_LIMIT = 200
TOKEN_COOKIE = "iad_review_token"
TOKEN_ENV = "IAD_DATA_REVIEW_TOKEN"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


def static_dir() -> Path:
    return Path(str(resources.files("iad_data.review") / "static"))


class DecisionRequest(BaseModel):
    """What the page posts: the record as the reviewer saw it, and the verdict."""

    model_config = ConfigDict(extra="forbid")

    reviewer: str
    record_set: str
    record_id: str
    source: Source = "records"
    content_hash: str
    verdict: Verdict
    reason: str | None = None
    edited_text: list[str] | None = None
    flag: FlagKind | None = None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _problem(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _norm_boxes(row: dict[str, Any], sample: dict[str, Any] | None) -> list[list[float]]:
    """The boxes a record asserts, as fractions of the image: a trace's answer boxes
    (already fractions), claimed pixel boxes (``x2``/``y2`` inclusive), ROI boxes."""
    out: list[list[float]] = []
    answer = (row.get("trace") or {}).get("answer") or {}
    out += [list(map(float, b)) for b in answer.get("boxes") or [] if len(b) == 4]
    claims = row.get("claims") or {}
    if sample and claims.get("boxes"):
        w, h = float(sample["width"]), float(sample["height"])
        out += [[b[0] / w, b[1] / h, (b[2] + 1) / w, (b[3] + 1) / h] for b in claims["boxes"]]
    out += [list(map(float, r["bbox_norm"])) for r in row.get("roi") or [] if r.get("bbox_norm")]
    return out


def _sample_view(sample: dict[str, Any] | None) -> dict[str, Any] | None:
    if sample is None:
        return None
    keys = ("sample_id", "dataset", "category", "label", "defect_type", "location", "width")
    view = {k: sample.get(k) for k in (*keys, "height", "image_path", "source_split")}
    view["boxes"] = [r["bbox_norm"] for r in sample.get("regions") or []]
    view["has_mask"] = bool(sample.get("mask_paths"))
    return view


class ReviewApp:
    """The routes, over one workspace's index."""

    def __init__(self, ws: Workspace, reviewer: str) -> None:
        self.ws = ws
        self.reviewer = reviewer
        self.index = RecordIndex(ws)
        self._roots = ws.dataset_roots()
        self._warm()

    def _warm(self) -> None:
        """Do once before listening what the first page would otherwise wait for: the
        reviewer's queue and each record set's validator (imported on first use)."""
        first = self.index.queue(QueueFilter(source="records"), self.reviewer).head(1)
        self.index.progress(self.reviewer)
        for record_set, record_id in first.select("record_set", "record_id").iter_rows():
            row, _ = self.index.lookup(record_set, record_id, "records")
            findings_of(record_set, row)

    # -- helpers ---------------------------------------------------------------------------

    def _reviewer(self, request: Request) -> str:
        return request.query_params.get("reviewer") or self.reviewer

    @functools.lru_cache(maxsize=512)  # noqa: B019 - one app per process, images never change
    def _png(self, sample_id: str, mask: bool) -> bytes | None:
        sample = self.index.sample(sample_id)
        if sample is None:
            return None
        dataset = sample["dataset"]
        if not mask:
            path = self.ws.image_file(dataset, sample["image_path"], self._roots)
            with load_image(path, dataset=dataset) as img:
                shown = to_8bit(img).convert("RGB")
        else:
            if not sample.get("mask_paths"):
                return None
            union: Any = None
            for rel in sample["mask_paths"]:
                path = self.ws.image_file(dataset, rel, self._roots)
                with load_image(path, dataset=dataset) as img:
                    arr = np.asarray(to_8bit(img).convert("L")) > 0
                union = arr if union is None else (union | arr)
            rgba = np.zeros((*union.shape, 4), dtype=np.uint8)
            rgba[union] = (255, 40, 40, 110)
            shown = Image.fromarray(rgba, "RGBA")
        buf = io.BytesIO()
        shown.save(buf, "PNG")
        return buf.getvalue()

    # -- routes ------------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        return FileResponse(static_dir() / "index.html", headers={"Cache-Control": "no-store"})

    def meta(self, request: Request) -> Response:
        self.index.refresh()
        reviewer = self._reviewer(request)
        return JSONResponse(
            {
                "workspace": str(self.ws.path),
                "reviewer": reviewer,
                "choices": self.index.choices(),
                "reasons": list(REJECT_REASONS),
                "flags": list(FLAG_KINDS),
            }
        )

    def queue(self, request: Request) -> Response:
        self.index.refresh()
        params = dict(request.query_params)
        reviewer = params.pop("reviewer", None) or self.reviewer
        try:
            offset = max(0, int(params.pop("offset", 0)))
            limit = min(PAGE_LIMIT, max(1, int(params.pop("limit", 50))))
            shown = params.pop("detail", None)
            detail = None if shown is None else int(shown)
            params.pop("token", None)
            flt = QueueFilter.model_validate({k: v for k, v in params.items() if v})
        except (ValueError, ValidationError) as exc:
            return _problem(400, f"bad queue filter: {exc}")
        table = self.index.queue(flt, reviewer)
        page = table.slice(offset, limit).select(
            "record_set", "record_id", "source", "sample_id", "category", "label", "status"
        )
        items = page.to_dicts()
        body: dict[str, Any] = {
            "total": table.height,
            "offset": offset,
            "items": items,
            "progress": self.index.progress(reviewer),
        }
        if detail is not None and 0 <= detail < len(items):  # the record shown first
            item = items[detail]
            body["record"] = self._detail(
                item["record_set"], item["record_id"], item["source"], reviewer
            )
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    def record(self, request: Request) -> Response:
        self.index.refresh()
        q = request.query_params
        record_set, record_id = q.get("record_set", ""), q.get("record_id", "")
        source: Source = "rejects" if q.get("source") == "rejects" else "records"
        try:
            detail = self._detail(record_set, record_id, source, self._reviewer(request))
        except KeyError:
            return _problem(404, f"no {source} row {record_id!r} in {record_set!r}")
        return JSONResponse(detail, headers={"Cache-Control": "no-store"})

    def _detail(
        self, record_set: str, record_id: str, source: Source, reviewer: str
    ) -> dict[str, Any]:
        """Everything the page shows about one record; KeyError if it is not in the index."""
        row, digest = self.index.lookup(record_set, record_id, source)
        key = (record_set, record_id)
        sample = self.index.sample(str(row.get("sample_id") or ""))
        if source == "records":
            data = decoded(record_set, row)
            findings = findings_of(record_set, row)
            turns = [dict(m) for m in data.get("messages") or []]
            prov = data.get("provenance") or {}
        else:
            data = dict(row)
            findings = {k: list(v or []) for k, v in (row.get("findings") or {}).items()}
            answer = row.get("answer")
            turns = [{"role": "answer", "content": json.dumps(answer, indent=1, default=str)}]
            prov = {"teacher": row.get("teacher")}
        images = list(data.get("images") or [data.get("sample_id")])
        ref_id = data.get("reference_id") or next(
            (s for s in images if s != data.get("sample_id")), None
        )
        history = [
            d.model_dump(exclude_none=True)
            for d in sorted(self.index.state.latest.get(key, {}).values(), key=lambda d: d.time)
        ]
        mine = self.index.state.latest.get(key, {}).get(reviewer)
        status = (
            "unreviewed"
            if mine is None
            else "changed"
            if mine.content_hash != digest
            else mine.verdict
        )
        flag = self.index.state.flags.get(str(data.get("sample_id")))
        return {
            "record_set": record_set,
            "record_id": record_id,
            "source": source,
            "content_hash": digest,
            "status": status,
            "sample": _sample_view(sample),
            "reference": _sample_view(self.index.sample(ref_id)) if ref_id else None,
            "record_boxes": _norm_boxes(data, sample),
            "truth": data.get("truth"),
            "turns": turns,
            "assistant": assistant_turns(data) if source == "records" else [],
            "scores": data.get("scores") or {},
            "findings": findings,
            "teacher": prov.get("teacher"),
            "template_id": prov.get("template_id"),
            "template_hash": prov.get("template_hash"),
            "task": data.get("task") or data.get("mode"),
            "decisions": history,
            "flag": None if flag is None else flag.__dict__,
        }

    def image(self, request: Request) -> Response:
        sample_id = request.path_params["sample_id"]
        mask = request.url.path.startswith("/api/mask/")
        try:
            data = self._png(sample_id, mask)
        except (InputError, WorkspaceError) as exc:
            return PlainTextResponse(str(exc), status_code=404)
        if data is None:
            return PlainTextResponse(f"no {'mask' if mask else 'image'} for {sample_id}", 404)
        return Response(data, media_type="image/png", headers={"Cache-Control": "max-age=3600"})

    async def decision(self, request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _problem(415, "post decisions as application/json")
        try:
            body = DecisionRequest.model_validate_json(await request.body())
        except ValidationError as exc:
            return _problem(400, f"bad decision: {exc.errors()[0]['msg']}")
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(self._decide, body)

    def _decide(self, body: DecisionRequest) -> Response:
        self.index.refresh()
        try:
            row, digest = self.index.lookup(body.record_set, body.record_id, body.source)
        except KeyError:
            return _problem(404, f"no record {body.record_id!r} in {body.record_set!r}")
        if body.content_hash != digest:
            return _problem(
                409, "the record changed on disk since the page showed it: it is shown again"
            )
        if body.source == "rejects" and body.verdict not in ("flag", "unflag"):
            return _problem(
                400, "validation already refused this record: only its ground truth can be flagged"
            )
        original = None
        if body.verdict == "edit":
            try:
                _, findings = edited_record(body.record_set, row, body.edited_text or [])
            except InputError as exc:
                return _problem(422, str(exc), findings={})
            if findings:
                return _problem(
                    422,
                    "the edited record fails validation; fix it or cancel the edit",
                    findings=findings,
                )
            original = assistant_turns(row)
        try:
            decision = Decision(
                reviewer=body.reviewer.strip(),
                time=now_iso(),
                record_set=body.record_set,
                record_id=body.record_id,
                sample_id=str(row.get("sample_id") or ""),
                content_hash=digest,
                verdict=body.verdict,
                reason=(body.reason or "").strip() or None,
                edited_text=body.edited_text if body.verdict == "edit" else None,
                original_text=original,
                flag=body.flag if body.verdict == "flag" else None,
            )
        except ValidationError as exc:
            return _problem(400, exc.errors()[0]["msg"].removeprefix("Value error, "))
        self.index.record_decision(decision)
        return JSONResponse(
            {
                "decision": decision.model_dump(exclude_none=True),
                "progress": self.index.progress(decision.reviewer),
            }
        )


class TokenGate(BaseHTTPMiddleware):
    """Every request carries the token: a bearer header, the cookie, or ``?token=`` (which
    sets the cookie and drops the token from the address)."""

    def __init__(self, app: Any, token: str) -> None:
        super().__init__(app)
        self.token = token

    def _ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        auth = request.headers.get("authorization", "")
        if self._ok(auth.removeprefix("Bearer ").strip() if auth else None) or self._ok(
            request.cookies.get(TOKEN_COOKIE)
        ):
            return await call_next(request)
        if self._ok(request.query_params.get("token")):
            response = RedirectResponse(request.url.remove_query_params("token"), 303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            return response
        return PlainTextResponse("a token is needed: open the address the server printed", 401)


def create_app(ws: Workspace, reviewer: str, *, token: str | None, loopback: bool) -> Starlette:
    """The Starlette app of one workspace."""
    review = ReviewApp(ws, reviewer)
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS if loopback else ["*"])
    ]
    if token:
        middleware.append(Middleware(TokenGate, token=token))
    routes = [
        Route("/", review.page),
        Route("/api/meta", review.meta),
        Route("/api/queue", review.queue),
        Route("/api/record", review.record),
        Route("/api/image/{sample_id}", review.image),
        Route("/api/mask/{sample_id}", review.image),
        Route("/api/decision", review.decision, methods=["POST"]),
        Mount("/static", StaticFiles(directory=static_dir()), name="static"),
    ]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.review = review
    return app


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def serve(
    workspace: str | Path | Workspace,
    options: ReviewOptions | None = None,
    *,
    ready: Callable[[str], None] | None = None,
    **overrides: Any,
) -> None:
    """Serve the review app of ``workspace`` until interrupted; ``ready(url)`` is called once
    it listens (the URL carries the token when there is one)."""
    import os

    import uvicorn

    opts = make_options(ReviewOptions, options, overrides, "review")
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    if not ws.samples_path.is_file():
        raise WorkspaceError(
            f"{ws.samples_path} does not exist: {ws.path} is not a workspace with records. "
            f"Run `iad-data demo -w {ws.path}` or a recipe first."
        )
    loopback = is_loopback(opts.host)
    token = opts.token or os.environ.get(TOKEN_ENV) or None
    if not loopback:
        if not opts.allow_remote:
            raise InputError(
                f"--host {opts.host} is not a loopback address: anyone who can reach it could "
                f"change the review. Pass --allow-remote to mean it (a token is then required; "
                f"set {TOKEN_ENV} or --token, or one is generated and printed)."
            )
        token = token or secrets.token_urlsafe(24)
    app = create_app(ws, opts.reviewer or default_reviewer(), token=token, loopback=loopback)
    family = socket.AF_INET6 if ":" in opts.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((opts.host.strip("[]"), opts.port))
    except OSError as exc:
        sock.close()
        raise InputError(
            f"cannot listen on {opts.host}:{opts.port} ({exc.strerror}); choose another --port "
            f"(0 picks a free one)."
        ) from None
    sock.listen(128)  # connections wait in the backlog until uvicorn accepts them
    port = sock.getsockname()[1]
    shown = f"[{opts.host.strip('[]')}]" if family == socket.AF_INET6 else opts.host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    if ready is not None:
        ready(url)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


__all__ = ["DecisionRequest", "ReviewApp", "create_app", "default_reviewer", "is_loopback", "serve"]
