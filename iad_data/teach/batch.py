"""Batch APIs (OpenAI Batch, Anthropic Message Batches) driven from the ledger.

Submitted batches are recorded in the ledger (``batches`` table, and each request row set
``batched`` with its batch id) in the same transaction, right after the provider accepts
them. Any later run of the same teacher first polls the open batches and collects their
answers, so a crashed run resumes polling instead of paying again. The one window left is a
crash between the provider accepting a batch and the ledger commit (milliseconds): that
batch would be submitted again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from iad_data.teach.ledger import Ledger
from iad_data.teach.pricing import DEFAULT_EXPECTED_OUTPUT, ModelPrice
from iad_data.teach.requests import (
    BatchApi,
    Outcome,
    SamplingParams,
    Teacher,
    TeacherRequest,
    TeacherResponse,
)

MAX_BATCH_REQUESTS = 10_000


def _stand_in(ledger: Ledger, key: str) -> TeacherRequest | None:
    """A request to read an answer for a key this run did not ask for (an older batch)."""
    row = ledger.row(key)
    model = ledger.model_for(row.task) if row is not None else None
    if row is None or model is None:
        return None
    return TeacherRequest(
        task=row.task,
        template_id=row.template_id,
        template_hash="",
        system="",
        user_text="",
        response_model=model,
        params=SamplingParams(max_tokens=0),
    )


async def run_batches(
    api: BatchApi,
    teacher: Teacher,
    ledger: Ledger,
    to_submit: list[tuple[str, TeacherRequest]],
    requests: dict[str, TeacherRequest],
    price: ModelPrice | None,
    *,
    max_cost_usd: float | None,
    spent: float,
    estimate: Callable[[TeacherRequest, ModelPrice, int], float],
    finish: Callable[[str, TeacherResponse, bool], None],
    poll_s: float,
    wait: bool,
) -> dict[str, Any]:
    """Submit ``to_submit`` in batches, then poll every open batch of ``teacher``."""
    stopped: str | None = None
    if max_cost_usd is not None and price is not None and to_submit:
        budget = max_cost_usd - spent
        kept: list[tuple[str, TeacherRequest]] = []
        for key, request in to_submit:
            cost = estimate(request, price, DEFAULT_EXPECTED_OUTPUT) * price.batch_discount
            if cost > budget:
                stopped = (
                    f"budget: {len(to_submit) - len(kept)} requests not submitted; their batch "
                    f"estimate would pass --max-cost ${max_cost_usd:.2f}"
                )
                break
            budget -= cost
            kept.append((key, request))
        to_submit = kept
    submitted = 0
    for start in range(0, len(to_submit), MAX_BATCH_REQUESTS):
        chunk = to_submit[start : start + MAX_BATCH_REQUESTS]
        batch_id = await api.submit(chunk)
        ledger.add_batch(batch_id, teacher.name, teacher.provider, teacher.model, chunk)
        submitted += len(chunk)
    open_ids = ledger.open_batches(teacher.name)
    while open_ids:
        for batch_id in list(open_ids):
            status = await api.poll(batch_id)
            if status is None:
                continue
            keys = ledger.batch_keys(batch_id)
            wanted: dict[str, TeacherRequest] = {}
            for key in keys:
                found = requests.get(key) or _stand_in(ledger, key)
                if found is not None:
                    wanted[key] = found
            got = await api.results(batch_id, wanted)
            for key, response in got.items():
                finish(key, response, key in requests)
            if len(wanted) == len(keys):
                for key in keys:
                    if key not in got:  # no line, or one too garbled to name its request
                        missing = TeacherResponse(
                            outcome=Outcome.FAILED,
                            error=f"batch {batch_id} ended ({status}) without a readable "
                            "answer for this request",
                        )
                        finish(key, missing, key in requests)
                ledger.close_batch(batch_id, status)
            # else: answers of a task this ledger cannot parse stay in the open batch, for
            # a run that knows their model to collect; never closed unread (paid for)
            open_ids.remove(batch_id)
        if open_ids and not wait:
            break
        if open_ids:
            await asyncio.sleep(poll_s)
    return {"submitted": submitted, "open": open_ids, "stopped": stopped}
