"""Send teacher requests: cached in the ledger, concurrent, rate-limited, retried, budgeted.

``run_requests`` is the one way synthesis commands reach a teacher:

1. every request gets its content key; keys the ledger already holds a paid answer for
   (answered, truncated, refused, unparseable) are returned from it and never sent again;
2. ``dry_run`` stops here and estimates tokens and dollars for the rest;
3. the rest go out through ``concurrency`` workers under the teacher's requests- and
   tokens-per-minute limits. An attempt is written to the ledger (``pending``) before it
   leaves and its answer the moment it arrives, before anything else that could fail, so a
   killed run loses nothing it paid for. Each attempt has one deadline for the whole answer
   (``Teacher.timeout_s``), however slowly the server sends its bytes;
4. 429s, 5xx, timeouts, dropped connections and bad responses (a 200 whose body is not
   JSON, cut short, empty, an HTML page, of the wrong shape, or with impossible token
   counts) are retried with exponential backoff and jitter, honouring ``Retry-After``; each
   failed attempt is recorded with its reason (and the first bytes of a bad body) before the
   wait, and after ``max_attempts`` the request is recorded ``failed``. A request the provider
   rejects as malformed fails at once. A ``Retry-After`` longer than
   ``RetryPolicy.max_retry_after_s`` is not waited out: the run stops and says so;
5. with ``max_cost_usd``, a request is not started when what was spent, plus what the
   requests in flight are expected to cost, plus its own estimate would pass the budget;
   the run then stops (``RunResult.stopped``) after the requests in flight come back;
6. ``batch`` sends the rest through the provider's batch API at its lower price (see
   ``teachers.batch``); any run first collects the teacher's batches still open in the
   ledger, so an interrupted batch run resumes polling instead of paying again.

With ``loops`` above one, or the Ray engine, the requests to send are dealt round-robin to
that many workers (``core.parallel.map_chunks``: worker processes, or Ray tasks), each an
event loop of its own with its share of ``concurrency``, of the requests- and tokens-per-
minute limits and of ``max_cost_usd``, so the limits hold for the whole job. Each worker
writes its own ledger file, merged into the workspace ledger when the workers end or by the
next run (see ``teach.ledger``). A key is dealt to one worker only, so none is sent twice;
a worker killed mid-run loses no answer it received. Image encoding happens in the worker
that sends the request.

A run with every key answered returns from the ledger without making the SDK client (the
SDK is imported when the first request is about to leave, never for a cached re-run).

When the ledger cannot be written (a full disk, a read-only folder) no further request is
sent, the requests in flight come back and are stored if they can be, and the run ends with
a ``WorkspaceError`` that names every answer that arrived but could not be stored; a worker
that fails in any other way also lets the others finish their requests first.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import random
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from tqdm import tqdm

from iad_data.core.engines import Engine
from iad_data.core.parallel import map_chunks
from iad_data.errors import IadDataError, InputError, TeacherError, WorkspaceError
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.ledger import BATCHED, PAID, PENDING, Ledger, LedgerRow
from iad_data.teach.pricing import DEFAULT_EXPECTED_OUTPUT, ModelPrice, price_for, text_tokens
from iad_data.teach.requests import (
    BadResponse,
    BatchApi,
    Outcome,
    RequestRejected,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    Usage,
    _schema_of,
    usage_problem,
)

T = TypeVar("T")
MAX_RETRY_AFTER_S = 600.0
log = logging.getLogger("iad_data.teach")
"""a run stopped by a ``Retry-After`` beyond the cap, at WARNING level"""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently one request is retried."""

    max_attempts: int = 5
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    jitter: float = 0.5
    """each delay is multiplied by a uniform factor in [1 - jitter, 1 + jitter]"""
    max_retry_after_s: float = MAX_RETRY_AFTER_S
    """the longest ``Retry-After`` a run waits; a longer one stops the run, saying so"""

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:  # the server's word wins over our own backoff
            wait = min(self.max_retry_after_s, retry_after)
            return wait * (1 + random.uniform(0, self.jitter / 4))
        base = min(self.max_delay_s, self.base_delay_s * 2.0 ** (attempt - 1))
        return float(base * random.uniform(1 - self.jitter, 1 + self.jitter))


@dataclass
class RunResult:
    """What one ``run_requests`` call did; ``responses`` is keyed by request key."""

    responses: dict[str, TeacherResponse] = field(default_factory=dict)
    requests: int = 0
    """distinct request keys asked for"""
    cached: int = 0
    """answered from the ledger without a call"""
    sent: int = 0
    """requests sent in this run (each counted once, however many attempts)"""
    failed: int = 0
    """responses without a usable answer (failed, truncated, refused, unparseable)"""
    cost_usd: float = 0.0
    """dollars spent by this run"""
    estimated_cost_usd: float | None = None
    """``dry_run``: what the requests not in the ledger would cost"""
    estimated_input_tokens: int = 0
    estimated_output_tokens: int = 0
    stopped: str | None = None
    """why the run stopped before sending everything (budget), or None"""
    outcomes: dict[str, int] = field(default_factory=dict)
    attempts: int = 0
    """attempts made in this run, retries included"""
    pending_batches: list[str] = field(default_factory=list)
    """provider batches still running (``batch_wait=False``); a later run collects them"""
    elapsed_s: float = 0.0


def estimate_usage(
    request: TeacherRequest, teacher: Teacher, price: ModelPrice, expected_output: int
) -> Usage:
    """Tokens a request is expected to take (see ``pricing`` for the rules)."""
    tokens = text_tokens(request.system) + text_tokens(request.user_text) + 12
    if teacher.provider != "offline":
        tokens += text_tokens(str(_schema_of(request.response_model)))
    encoder: ImageEncoder | None = getattr(teacher, "encoder", None)
    if encoder is not None:
        for ref in request.images:
            try:
                width, height = encoder.sent_size(ref)
            except InputError:
                continue  # the request fails when it is sent, with the file named
            tokens += price.image_tokens(width, height)
    return Usage(input_tokens=tokens, output_tokens=min(request.params.max_tokens, expected_output))


def _redact(text: str | None, secrets: Sequence[str]) -> str | None:
    if text is None:
        return None
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "[redacted]")
            text = text.replace(secret[-8:], "[redacted]")
    return text


def _clean(response: TeacherResponse, secrets: Sequence[str]) -> TeacherResponse:
    """No secret in what is stored: the error, and the body copy of an unusable answer."""
    response.error = _redact(response.error, secrets)
    if response.outcome == Outcome.FAILED:
        response.raw_text = _redact(response.raw_text, secrets) or ""
    return response


def _sane(response: TeacherResponse) -> TeacherResponse:
    """A paid answer whose token counts cannot be true, as the failure it is: never a
    negative or absurd cost (a batch answer cannot be retried alone; its next run sends it)."""
    problem = usage_problem(response.usage) if response.outcome in PAID else None
    if problem is None:
        return response
    return TeacherResponse(
        outcome=Outcome.FAILED,
        raw_text=response.raw_text,
        latency_s=response.latency_s,
        error=f"bad_response: impossible token counts: {problem}",
    )


def _unstored_message(
    path: str, error: WorkspaceError, unstored: dict[str, TeacherRequest], stored: int
) -> str:
    """The error of a run whose ledger writes failed, naming every answer not stored."""
    if not unstored:
        lost = "No answer was lost: every answer that arrived is in the ledger."
    else:
        names = ", ".join(
            f"{request.sample_id or request.task} (key {key[:12]})"
            for key, request in sorted(unstored.items(), key=lambda kv: kv[1].sample_id or "")
        )
        lost = (
            f"{len(unstored)} answer(s) that arrived could not be stored and will be bought "
            f"again by the next run: {names}."
        )
    return (
        f"{error}\nSending stopped at the first failed write to {path}. {lost} This run "
        f"stored {stored} answer(s); they and every earlier answer stay in the ledger."
    )


class RateLimiter:
    """Sliding one-minute windows of requests and tokens."""

    def __init__(self, rpm: int | None, tpm: int | None) -> None:
        self.rpm = rpm
        self.tpm = tpm
        self._events: deque[tuple[float, int]] = deque()
        self._tokens = 0

    async def acquire(self, tokens: int) -> None:
        if self.rpm is None and self.tpm is None:
            return
        while True:
            now = time.monotonic()
            while self._events and now - self._events[0][0] >= 60.0:
                self._tokens -= self._events.popleft()[1]
            rpm_ok = self.rpm is None or len(self._events) < self.rpm
            tpm_ok = self.tpm is None or not self._events or self._tokens + tokens <= self.tpm
            if rpm_ok and tpm_ok:
                self._events.append((now, tokens))
                self._tokens += tokens
                return
            await asyncio.sleep(max(0.01, 60.0 - (now - self._events[0][0])))


class _Run:
    """State of one run of the workers."""

    def __init__(
        self,
        teacher: Teacher,
        ledger: Ledger,
        price: ModelPrice | None,
        retry: RetryPolicy,
        max_cost_usd: float | None,
        result: RunResult,
        bar: tqdm[Any] | None,
    ) -> None:
        self.teacher = teacher
        self.ledger = ledger
        self.price = price
        self.retry = retry
        self.max_cost_usd = max_cost_usd
        self.result = result
        self.bar = bar
        self.secrets = teacher.secrets()
        self.limiter = RateLimiter(teacher.rpm, teacher.tpm)
        self.in_flight_estimate = 0.0
        self.output_seen = 0
        self.answers_seen = 0
        self.abort: BaseException | None = None
        self.store_error: WorkspaceError | None = None
        """the first ledger write that failed: nothing more is sent"""
        self.unstored: dict[str, tuple[TeacherRequest, TeacherResponse]] = {}
        """answers that arrived after the ledger stopped taking writes"""
        self.stored = 0
        self.started = time.monotonic()
        # unanswered responses, counted as they come (the bar's postfix must not rescan them all)
        self.failed = sum(1 for r in result.responses.values() if r.outcome != Outcome.ANSWERED)

    def expected_output(self) -> int:
        if self.answers_seen:
            return max(1, self.output_seen // self.answers_seen)
        return DEFAULT_EXPECTED_OUTPUT

    def cost(self, usage: Usage) -> float:
        return self.price.cost(usage) if self.price is not None else 0.0

    def halted(self) -> bool:
        """No new request (nor retry) starts: a fatal error, a failed ledger write, a stop."""
        return (
            self.abort is not None
            or self.store_error is not None
            or self.result.stopped is not None
        )

    async def worker(self, queue: deque[tuple[str, TeacherRequest]]) -> None:
        try:
            await self._work(queue)
        except Exception as exc:  # the others finish their requests; raised after them
            if self.abort is None:
                self.abort = exc

    async def _work(self, queue: deque[tuple[str, TeacherRequest]]) -> None:
        while queue and not self.halted():
            key, request = queue.popleft()
            estimate = 0.0
            tokens = 0
            if self.price is not None and (self.max_cost_usd is not None or self.limiter.tpm):
                usage = estimate_usage(request, self.teacher, self.price, self.expected_output())
                estimate = self.price.cost(usage)
                tokens = usage.input_tokens + usage.output_tokens
            if self.max_cost_usd is not None:
                planned = self.result.cost_usd + self.in_flight_estimate + estimate
                if planned > self.max_cost_usd:
                    self.result.stopped = (
                        f"budget: ${self.result.cost_usd:.4f} spent, the next request "
                        f"(~${estimate:.4f}) with {len(queue) + 1} left would pass "
                        f"--max-cost ${self.max_cost_usd:.2f}"
                    )
                    queue.appendleft((key, request))
                    return
            self.in_flight_estimate += estimate
            try:
                response = await self.send(key, request, tokens)
            finally:
                self.in_flight_estimate -= estimate
            if response is not None:
                await self.finish(key, request, response)

    async def attempt(self, request: TeacherRequest) -> TeacherResponse:
        """One attempt under one deadline for the whole answer (``Teacher.timeout_s``: a
        server dripping its bytes never holds it longer); a paid answer with impossible
        token counts is a ``BadResponse``."""
        timeout = self.teacher.timeout_s
        try:
            if timeout is None:
                response = await self.teacher.complete(request)
            else:
                response = await asyncio.wait_for(self.teacher.complete(request), timeout)
        except TimeoutError as exc:
            raise TransientError(
                "timeout", f"no complete answer within {timeout:g} s (the deadline of one attempt)"
            ) from exc
        problem = usage_problem(response.usage) if response.outcome in PAID else None
        if problem is not None:
            raise BadResponse(f"impossible token counts: {problem}", response.raw_text)
        return response

    async def send(self, key: str, request: TeacherRequest, tokens: int) -> TeacherResponse | None:
        teacher = self.teacher
        self.result.sent += 1
        attempt = 0
        while True:
            attempt += 1
            await self.limiter.acquire(tokens)
            pending = await self.write(
                self.ledger.mark_pending,
                key,
                request,
                teacher.name,
                teacher.provider,
                teacher.model,
            )
            if not pending:
                return None  # not sent: the ledger cannot record it
            self.result.attempts += 1
            start = time.perf_counter()
            try:
                response = await self.attempt(request)
            except TransientError as exc:
                error = _redact(str(exc), self.secrets) or ""
                body = _redact(exc.body, self.secrets) if isinstance(exc, BadResponse) else None
                failed = TeacherResponse(
                    outcome=Outcome.FAILED,
                    raw_text=body or "",
                    latency_s=time.perf_counter() - start,
                )
                wait = exc.retry_after
                if wait is not None and wait > self.retry.max_retry_after_s:
                    failed.error = f"{error} (Retry-After {wait:g} s: not waited, run stopped)"
                    await self.write(self.ledger.record, key, failed)
                    self.stop_for_retry_after(wait)
                    return None
                if attempt >= self.retry.max_attempts:
                    failed.error = f"{error} (gave up after {attempt} attempts)"
                    return failed
                # the attempt ends recorded, with its reason, before the retry waits
                failed.error = f"{error} (attempt {attempt} of {self.retry.max_attempts})"
                if not await self.write(self.ledger.record, key, failed):
                    return None
                await asyncio.sleep(self.retry.delay(attempt, wait))
                if self.halted():
                    return None  # the row says why its last attempt failed; a later run sends it
                continue
            except RequestRejected as exc:
                return TeacherResponse(
                    outcome=Outcome.FAILED,
                    error=f"rejected: {exc}",
                    latency_s=time.perf_counter() - start,
                )
            except InputError as exc:  # an unreadable image fails its request, not the run
                return TeacherResponse(outcome=Outcome.FAILED, error=f"input: {exc}")
            except TeacherError as exc:
                failed = TeacherResponse(
                    outcome=Outcome.FAILED, error=_redact(str(exc), self.secrets)
                )
                await self.write(self.ledger.record, key, failed)
                if self.abort is None:
                    self.abort = exc
                return None
            if not response.latency_s:
                response.latency_s = time.perf_counter() - start
            return response

    def stop_for_retry_after(self, wait: float) -> None:
        """A ``Retry-After`` beyond the cap: stop the run and say so (never a silent wait)."""
        resume = time.strftime("%H:%M UTC", time.gmtime(time.time() + wait))
        self.result.stopped = (
            f"rate limit: {self.teacher.name} asks to wait {wait:g} s (Retry-After) before "
            f"the next request, longer than the {self.retry.max_retry_after_s:g} s a run "
            f"waits; every answer so far is kept in the ledger, run again after {resume}"
        )
        log.warning("iad-data: %s", self.result.stopped)
        if self.bar is not None:
            self.bar.set_postfix_str(f"stopped: Retry-After {wait:g} s", refresh=True)

    async def write(self, fn: Callable[..., None], *args: Any) -> bool:
        """A ledger write, committed before the caller goes on; False (and the run halts)
        when the ledger cannot be written. Inline on the loop: a WAL commit is ~0.1 ms, and
        a writer thread measured no faster and cost more CPU."""
        try:
            fn(*args)
        except WorkspaceError as exc:
            if self.store_error is None:
                self.store_error = exc
            return False
        return True

    async def finish(self, key: str, request: TeacherRequest, response: TeacherResponse) -> None:
        _clean(response, self.secrets)
        if response.outcome in PAID:
            response.cost_usd = self.cost(response.usage)
            self.output_seen += response.usage.output_tokens
            self.answers_seen += 1
        if await self.write(self.ledger.record, key, response):
            self.stored += 1
        else:
            self.unstored[key] = (request, response)
        self.result.responses[key] = response
        self.result.cost_usd += response.cost_usd
        self.failed += response.outcome != Outcome.ANSWERED
        if self.bar is not None:
            self.bar.update(1)
            self._postfix()

    def store_again(self) -> dict[str, TeacherRequest]:
        """One more try to store each answer a failed write left in memory (the disk may
        have room again); the requests of those still not stored."""
        left: dict[str, TeacherRequest] = {}
        for key, (request, response) in self.unstored.items():
            try:
                self.ledger.record(key, response)
                self.stored += 1
            except WorkspaceError:
                left[key] = request
        return left

    def _postfix(self) -> None:
        assert self.bar is not None
        elapsed = max(1e-9, time.monotonic() - self.started)
        self.bar.set_postfix(
            cached=self.result.cached,
            failed=self.failed,
            cost=f"${self.result.cost_usd:.4f}",
            rps=f"{self.result.sent / elapsed:.1f}",
            refresh=False,
        )


def _run_coroutine(coro: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run``, or in a helper thread when called from a running loop (notebooks)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="iad-data-engine")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


def _collect_batches(
    api: BatchApi,
    teacher: Teacher,
    ledger: Ledger,
    to_submit: list[tuple[str, TeacherRequest]],
    keyed: dict[str, TeacherRequest],
    price: ModelPrice | None,
    result: RunResult,
    *,
    max_cost_usd: float | None,
    poll_s: float,
    wait: bool,
) -> None:
    """Submit through the batch API and collect every open batch of the teacher."""
    from iad_data.teach.batch import run_batches

    secrets = teacher.secrets()

    def finish(key: str, response: TeacherResponse, in_run: bool) -> None:
        response = _clean(_sane(response), secrets)
        if response.outcome in PAID and price is not None:
            response.cost_usd = price.cost(response.usage, batch=True)
        try:
            ledger.record(key, response)
        except WorkspaceError as exc:
            raise WorkspaceError(
                f"{exc}\nThe batch that holds this answer stays open in the ledger: the next "
                "run collects its answers again from the provider, at no cost."
            ) from exc
        result.cost_usd += response.cost_usd
        if in_run:
            result.responses[key] = response

    def estimate(request: TeacherRequest, model_price: ModelPrice, output: int) -> float:
        return model_price.cost(estimate_usage(request, teacher, model_price, output))

    async def main() -> dict[str, Any]:
        try:
            return await run_batches(
                api,
                teacher,
                ledger,
                to_submit,
                keyed,
                price,
                max_cost_usd=max_cost_usd,
                spent=result.cost_usd,
                estimate=estimate,
                finish=finish,
                poll_s=poll_s,
                wait=wait,
            )
        finally:
            await teacher.aclose()

    out = _run_coroutine(main())
    result.sent += int(out["submitted"])
    result.pending_batches = list(out["open"])
    result.stopped = out["stopped"] or result.stopped


def _adopt_unnamed(
    teacher: Teacher,
    ledger: Ledger,
    keyed: dict[str, TeacherRequest],
    rows: dict[str, LedgerRow],
) -> None:
    """Answers stored before request keys named their server, found under the key they had
    then and moved under today's (``Ledger.adopt_unnamed``); ``rows`` gets them."""
    if teacher.server is None:
        return  # the provider's own endpoint: its keys never changed
    unnamed: dict[str, str] = {}
    for key, request in keyed.items():
        row = rows.get(key)
        if row is None or not row.is_final:
            old = teacher.unnamed_key(request)
            if old is not None:
                unnamed[key] = old
    if unnamed:
        rows.update(ledger.adopt_unnamed(unnamed, teacher.provider, teacher.model))


def _count(result: RunResult) -> None:
    outcomes: dict[str, int] = {}
    for response in result.responses.values():
        outcomes[str(response.outcome)] = outcomes.get(str(response.outcome), 0) + 1
    result.outcomes = dict(sorted(outcomes.items()))
    result.failed = sum(n for name, n in outcomes.items() if name != Outcome.ANSWERED)


def _share(total: int, part: int, parts: int) -> int:
    """``part``'s share of ``total`` dealt over ``parts`` (the shares sum to ``total``)."""
    return total // parts + (1 if part < total % parts else 0)


def _deal(items: Sequence[T], weights: Sequence[int]) -> list[list[T]]:
    """``items`` dealt round-robin in proportion to ``weights`` (each loop's concurrency): a
    loop with 2 slots beside two with 3 gets 2 keys of every 8, so all finish together."""
    cycle = [p for r in range(max(weights)) for p, w in enumerate(weights) if r < w]
    hands: list[list[T]] = [[] for _ in weights]
    for i, item in enumerate(items):
        hands[cycle[i % len(cycle)]].append(item)
    return hands


def _loop_count(
    engine: Engine | None, loops: int | None, concurrency: int, teacher: Teacher, todo: int
) -> int:
    """Event loops to send ``todo`` requests with: as asked (default 1 on the pool, the
    cluster's CPUs on Ray), never more than the requests, the concurrency or the per-minute
    limits can share out (each loop gets at least one of each)."""
    if loops is None:
        if engine is not None and engine.is_ray:
            from iad_data.core.ray_map import cluster_cpus

            loops = cluster_cpus(engine)
        else:
            loops = 1
    n = min(loops, concurrency, todo)
    for limit in (teacher.rpm, teacher.tpm):
        if limit is not None:
            n = min(n, limit)
    return max(1, n)


@dataclass
class _Shard:
    """One worker's part of a run: its own ledger file, its keys, its share of the limits."""

    path: Path
    teacher: Teacher
    requests: list[tuple[str, TeacherRequest]]
    concurrency: int
    max_cost_usd: float | None
    retry: RetryPolicy
    prices_path: str | None
    models: dict[str, type[BaseModel]]


@dataclass
class _ShardDone:
    sent: int = 0
    attempts: int = 0
    cost_usd: float = 0.0
    stopped: str | None = None
    error: BaseException | None = None
    worker: str = ""


def _run_shards(shards: Sequence[_Shard]) -> list[_ShardDone]:
    """The worker: each shard's requests through one event loop into its own ledger file.
    Errors come back as data, so every shard's ledger is merged before one is raised."""
    return [_run_shard(shard) for shard in shards]


def _run_shard(shard: _Shard) -> _ShardDone:
    done = _ShardDone(worker=f"{socket.gethostname()}:{os.getpid()}")
    result = RunResult()
    try:
        with Ledger(shard.path, shard.models) as ledger:
            ledger.set_meta("worker", done.worker)
            price = price_for(shard.teacher.provider, shard.teacher.model, shard.prices_path)
            _send_here(
                shard.teacher,
                ledger,
                shard.requests,
                result,
                price=price,
                retry=shard.retry,
                max_cost_usd=shard.max_cost_usd,
                concurrency=shard.concurrency,
                bar=None,
            )
    except IadDataError as exc:
        done.error = exc
    done.sent, done.attempts, done.cost_usd = result.sent, result.attempts, result.cost_usd
    done.stopped = result.stopped
    return done


class _ShardProgress:
    """The progress bar of a run dealt to worker loops: a thread in the driver counts what
    each worker's ledger file has settled, every ``every_s``, so the bar moves per answer
    rather than per finished worker. Counts only go up; a finished worker counts in full."""

    def __init__(self, paths: Sequence[Path], bar: tqdm[Any] | None, every_s: float = 0.5):
        self.paths, self.bar, self.every_s = list(paths), bar, every_s
        self.shown = 0
        self.finished = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.bar is not None:
            self._thread = threading.Thread(target=self._run, name="iad-shard-progress")
            self._thread.daemon = True
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.poll()

    def poll(self) -> None:
        """Move the bar to what the files (and the finished workers) have settled."""
        counted = sum(Ledger.settled_in(path) for path in self.paths)
        self._show(counted)

    def done(self, requests: int) -> None:
        """A worker returned: its ``requests`` are settled whatever its file says now."""
        with self._lock:
            self.finished += requests
        self._show(0)

    def _show(self, counted: int) -> None:
        with self._lock:
            target = max(counted, self.finished)
            if self.bar is not None and target > self.shown:
                self.bar.update(target - self.shown)
            self.shown = max(self.shown, target)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


def _send_sharded(
    missing: list[tuple[str, TeacherRequest]],
    teacher: Teacher,
    ledger: Ledger,
    result: RunResult,
    *,
    loops: int,
    engine: Engine | None,
    concurrency: int,
    max_cost_usd: float | None,
    retry: RetryPolicy,
    prices_path: str | None,
    bar: tqdm[Any] | None,
) -> None:
    """``missing`` dealt to ``loops`` workers (see the module doc), merged back, read back."""
    run_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    shares = [_share(concurrency, part, loops) for part in range(loops)]
    dealt = _deal(missing, shares)
    shards = []
    for part in range(loops):
        share = copy.copy(teacher)
        if teacher.rpm is not None:
            share.rpm = _share(teacher.rpm, part, loops)
        if teacher.tpm is not None:
            share.tpm = _share(teacher.tpm, part, loops)
        shards.append(
            _Shard(
                path=ledger.shard_dir / f"{run_id}-{part:03d}.sqlite",
                teacher=share,
                requests=dealt[part],
                concurrency=shares[part],
                max_cost_usd=None if max_cost_usd is None else max_cost_usd / loops,
                retry=retry,
                prices_path=prices_path,
                models=dict(ledger.models),
            )
        )
    try:
        ledger.shard_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create {ledger.shard_dir}: {exc}") from exc
    outcomes: list[_ShardDone] = []
    died: BaseException | None = None
    watch = _ShardProgress([shard.path for shard in shards], bar)
    watch.start()
    try:
        mapped = map_chunks(
            _run_shards,
            [[shard] for shard in shards],
            loops,
            engine,
            retries=0,  # a dead worker's keys are sent by the next run, after its file merges
            what="sending teacher requests",
            drain=True,  # no worker may still write its file when it is merged
        )
        for done_part in mapped:
            outcomes.extend(done_part)
            watch.done(len(shards[len(outcomes) - 1].requests))
    except (BrokenProcessPool, IadDataError) as exc:
        died = exc
    finally:
        watch.stop()
        ledger.merge_shards()
    for done in outcomes:
        result.sent += done.sent
        result.attempts += done.attempts
        result.cost_usd += done.cost_usd
        result.stopped = result.stopped or done.stopped
    rows = {row.key: row for row in ledger.rows(key for key, _ in missing)}
    for key, request in missing:
        row = rows.get(key)
        if row is not None and row.status not in (PENDING, BATCHED):
            result.responses[key] = Ledger.response_of(row, request.response_model)
    if died is not None:
        raise TeacherError(
            f"a worker sending teacher requests died ({type(died).__name__}: "
            f"{str(died)[:300]}). Every answer it received is in {ledger.path}; run the "
            "command again to send the rest (no answer is bought twice)."
        ) from died
    errors = [done.error for done in outcomes if done.error is not None]
    if errors:
        raise errors[0]


def _send_here(
    teacher: Teacher,
    ledger: Ledger,
    missing: list[tuple[str, TeacherRequest]],
    result: RunResult,
    *,
    price: ModelPrice | None,
    retry: RetryPolicy,
    max_cost_usd: float | None,
    concurrency: int,
    bar: tqdm[Any] | None,
) -> None:
    """``missing`` through one event loop of ``concurrency`` workers into ``ledger``."""
    run = _Run(teacher, ledger, price, retry, max_cost_usd, result, bar)
    queue = deque(missing)
    prepare = getattr(teacher, "client", None)
    if callable(prepare):
        prepare()  # the SDK is imported here, never inside the first request's deadline

    async def main() -> None:
        try:
            workers = [run.worker(queue) for _ in range(min(concurrency, len(queue)))]
            await asyncio.gather(*workers)
        finally:
            await teacher.aclose()

    _run_coroutine(main())
    if run.store_error is not None:
        unstored = run.store_again()
        raise WorkspaceError(
            _unstored_message(str(ledger.path), run.store_error, unstored, run.stored)
        ) from run.store_error
    if run.abort is not None:
        raise run.abort


def run_requests(
    requests: Sequence[TeacherRequest],
    teacher: Teacher,
    ledger: Ledger,
    *,
    concurrency: int = 8,
    max_cost_usd: float | None = None,
    dry_run: bool = False,
    batch: bool = False,
    progress: bool = True,
    retry: RetryPolicy | None = None,
    prices_path: str | None = None,
    batch_poll_s: float = 30.0,
    batch_wait: bool = True,
    engine: Engine | None = None,
    loops: int | None = None,
) -> RunResult:
    """Answer ``requests`` with ``teacher``, from the ledger where it can (see module doc)."""
    started = time.monotonic()
    retry = retry or RetryPolicy()
    if concurrency < 1:
        raise TeacherError(f"concurrency must be at least 1, not {concurrency}")
    price = price_for(teacher.provider, teacher.model, prices_path)
    if price is None and (max_cost_usd is not None or dry_run):
        raise TeacherError(
            f"no price known for {teacher.name}: add it to a prices file and pass it with "
            f"IAD_DATA_PRICES=FILE (see docs/teachers.md), or run without --max-cost/--dry-run"
        )
    result = RunResult()
    ledger.merge_shards()  # a killed run's worker ledgers: their answers are never bought again
    keyed: dict[str, TeacherRequest] = {}
    key_of = teacher.request_key
    if type(teacher).request_key is Teacher.request_key:  # its server, normalised once
        provider, model, server = teacher.provider, teacher.model, teacher.server

        def key_of(request: TeacherRequest) -> str:
            return request.key(provider, model, server)

    for request in requests:
        keyed.setdefault(key_of(request), request)
        ledger.models.setdefault(request.task, request.response_model)
    result.requests = len(keyed)
    rows: dict[str, LedgerRow] = {row.key: row for row in ledger.rows(keyed)}
    _adopt_unnamed(teacher, ledger, keyed, rows)
    missing: list[tuple[str, TeacherRequest]] = []
    in_batches = 0
    api = teacher.batches()
    for key, request in keyed.items():
        row = rows.get(key)
        if row is not None and row.is_final:
            result.responses[key] = Ledger.response_of(row, request.response_model)
            result.cached += 1
        elif row is not None and row.status == BATCHED and api is not None:
            in_batches += 1  # a submitted batch owns it: collected below, never re-sent
        else:
            missing.append((key, request))
    if dry_run:
        assert price is not None
        for _, request in missing:
            usage = estimate_usage(request, teacher, price, DEFAULT_EXPECTED_OUTPUT)
            result.estimated_input_tokens += usage.input_tokens
            result.estimated_output_tokens += usage.output_tokens
        estimate = Usage(
            input_tokens=result.estimated_input_tokens,
            output_tokens=result.estimated_output_tokens,
        )
        result.estimated_cost_usd = price.cost(estimate, batch=batch)
        _count(result)
        result.elapsed_s = time.monotonic() - started
        return result

    if batch and api is None and teacher.provider != "offline":
        raise TeacherError(
            f"{teacher.name} has no batch API; run without --batch (OpenAI and Anthropic have one)"
        )
    if api is not None and (in_batches or (batch and missing) or ledger.open_batches(teacher.name)):
        _collect_batches(
            api,
            teacher,
            ledger,
            missing if batch else [],
            keyed,
            price,
            result,
            max_cost_usd=max_cost_usd,
            poll_s=batch_poll_s,
            wait=batch_wait,
        )
        if batch:
            missing = []
    if missing:
        bar = (
            tqdm(
                total=len(keyed),
                initial=result.cached,
                desc=f"teacher {teacher.name}",
                unit="req",
                dynamic_ncols=True,
            )
            if progress
            else None
        )
        n_loops = _loop_count(engine, loops, concurrency, teacher, len(missing))
        try:
            if n_loops > 1 or (engine is not None and engine.is_ray):
                _send_sharded(
                    missing,
                    teacher,
                    ledger,
                    result,
                    loops=n_loops,
                    engine=engine,
                    concurrency=concurrency,
                    max_cost_usd=max_cost_usd,
                    retry=retry,
                    prices_path=prices_path,
                    bar=bar,
                )
            else:
                _send_here(
                    teacher,
                    ledger,
                    missing,
                    result,
                    price=price,
                    retry=retry,
                    max_cost_usd=max_cost_usd,
                    concurrency=concurrency,
                    bar=bar,
                )
        finally:
            if bar is not None:
                bar.close()
    _count(result)
    result.elapsed_s = time.monotonic() - started
    return result
