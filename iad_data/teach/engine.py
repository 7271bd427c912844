"""Send teacher requests: cached in the ledger, concurrent, rate-limited, retried, budgeted.

``run_requests`` is the one way synthesis commands reach a teacher:

1. every request gets its content key; keys the ledger already holds a paid answer for
   (answered, truncated, refused, unparseable) are returned from it and never sent again;
2. ``dry_run`` stops here and estimates tokens and dollars for the rest;
3. the rest go out through ``concurrency`` workers under the teacher's requests- and
   tokens-per-minute limits. An attempt is written to the ledger (``pending``) before it
   leaves and its answer the moment it arrives, so a killed run loses nothing it paid for;
4. 429s, 5xx, timeouts and dropped connections are retried with exponential backoff and
   jitter, honouring ``Retry-After``; after ``max_attempts`` the request is recorded
   ``failed`` with its reason. A request the provider rejects as malformed fails at once;
5. with ``max_cost_usd``, a request is not started when what was spent, plus what the
   requests in flight are expected to cost, plus its own estimate would pass the budget;
   the run then stops (``RunResult.stopped``) after the requests in flight come back;
6. ``batch`` sends the rest through the provider's batch API at its lower price (see
   ``teachers.batch``); any run first collects the teacher's batches still open in the
   ledger, so an interrupted batch run resumes polling instead of paying again.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tqdm import tqdm

from iad_data.errors import InputError, TeacherError
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.ledger import BATCHED, PAID, Ledger, LedgerRow
from iad_data.teach.pricing import DEFAULT_EXPECTED_OUTPUT, ModelPrice, price_for, text_tokens
from iad_data.teach.requests import (
    BatchApi,
    Outcome,
    RequestRejected,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    Usage,
    _schema_of,
)

T = TypeVar("T")
MAX_RETRY_AFTER_S = 600.0


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently one request is retried."""

    max_attempts: int = 5
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    jitter: float = 0.5
    """each delay is multiplied by a uniform factor in [1 - jitter, 1 + jitter]"""

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:  # the server's word wins over our own cap
            return min(MAX_RETRY_AFTER_S, retry_after) * (1 + random.uniform(0, self.jitter / 4))
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
        self.started = time.monotonic()
        # unanswered responses, counted as they come (the bar's postfix must not rescan them all)
        self.failed = sum(1 for r in result.responses.values() if r.outcome != Outcome.ANSWERED)

    def expected_output(self) -> int:
        if self.answers_seen:
            return max(1, self.output_seen // self.answers_seen)
        return DEFAULT_EXPECTED_OUTPUT

    def cost(self, usage: Usage) -> float:
        return self.price.cost(usage) if self.price is not None else 0.0

    async def worker(self, queue: deque[tuple[str, TeacherRequest]]) -> None:
        while queue and self.abort is None and self.result.stopped is None:
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
                await self.finish(key, response)

    async def send(self, key: str, request: TeacherRequest, tokens: int) -> TeacherResponse | None:
        teacher = self.teacher
        self.result.sent += 1
        attempt = 0
        while True:
            attempt += 1
            await self.limiter.acquire(tokens)
            await self.write(
                self.ledger.mark_pending,
                key,
                request,
                teacher.name,
                teacher.provider,
                teacher.model,
            )
            self.result.attempts += 1
            start = time.perf_counter()
            try:
                response = await teacher.complete(request)
            except TransientError as exc:
                if attempt >= self.retry.max_attempts:
                    return TeacherResponse(
                        outcome=Outcome.FAILED,
                        error=f"{exc} (gave up after {attempt} attempts)",
                        latency_s=time.perf_counter() - start,
                    )
                await asyncio.sleep(self.retry.delay(attempt, exc.retry_after))
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
                self.abort = exc
                return None
            if not response.latency_s:
                response.latency_s = time.perf_counter() - start
            return response

    async def write(self, fn: Callable[..., None], *args: Any) -> None:
        """A ledger write, committed before the caller goes on. Inline on the loop: a WAL
        commit is ~0.1 ms, and a writer thread measured no faster and cost more CPU."""
        fn(*args)

    async def finish(self, key: str, response: TeacherResponse) -> None:
        response.error = _redact(response.error, self.secrets)
        if response.outcome in PAID:
            response.cost_usd = self.cost(response.usage)
            self.output_seen += response.usage.output_tokens
            self.answers_seen += 1
        await self.write(self.ledger.record, key, response)
        self.result.responses[key] = response
        self.result.cost_usd += response.cost_usd
        self.failed += response.outcome != Outcome.ANSWERED
        if self.bar is not None:
            self.bar.update(1)
            self._postfix()

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
        response.error = _redact(response.error, secrets)
        if response.outcome in PAID and price is not None:
            response.cost_usd = price.cost(response.usage, batch=True)
        ledger.record(key, response)
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


def _count(result: RunResult) -> None:
    outcomes: dict[str, int] = {}
    for response in result.responses.values():
        outcomes[str(response.outcome)] = outcomes.get(str(response.outcome), 0) + 1
    result.outcomes = dict(sorted(outcomes.items()))
    result.failed = sum(n for name, n in outcomes.items() if name != Outcome.ANSWERED)


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
    keyed: dict[str, TeacherRequest] = {}
    for request in requests:
        keyed.setdefault(request.key(teacher.provider, teacher.model), request)
        ledger.models.setdefault(request.task, request.response_model)
    result.requests = len(keyed)
    rows: dict[str, LedgerRow] = {row.key: row for row in ledger.rows(keyed)}
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
        run = _Run(teacher, ledger, price, retry, max_cost_usd, result, bar)
        queue = deque(missing)

        async def main() -> None:
            try:
                workers = [run.worker(queue) for _ in range(min(concurrency, len(queue)))]
                await asyncio.gather(*workers)
            finally:
                await teacher.aclose()

        try:
            _run_coroutine(main())
        finally:
            if bar is not None:
                bar.close()
        if run.abort is not None:
            raise run.abort
    _count(result)
    result.elapsed_s = time.monotonic() - started
    return result
