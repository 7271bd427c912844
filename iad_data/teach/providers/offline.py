"""The offline teacher: answers from the sample's ground truth, deterministic, no network.

Every request carries its task's ``answer_offline`` (``TeacherTask``); this teacher calls
it and returns what it built from ``request.context``. It makes the toolkit usable and
testable without keys or money.
"""

from __future__ import annotations

import time

from iad_data.errors import TeacherError
from iad_data.teach.requests import (
    Outcome,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    Usage,
)


class OfflineTeacher(Teacher):
    provider = "offline"
    model = "ground-truth"

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        answerer = request.answer_offline
        if answerer is None:
            raise TeacherError(
                f"the offline teacher cannot answer task {request.task!r}: its requests carry "
                "no answer_offline (build them through their TeacherTask), or use an online "
                "teacher"
            )
        start = time.perf_counter()
        parsed = answerer(request)
        if not isinstance(parsed, request.response_model):
            parsed = request.response_model.model_validate(parsed.model_dump())
        return TeacherResponse(
            outcome=Outcome.ANSWERED,
            parsed=parsed,
            raw_text=parsed.model_dump_json(),
            usage=Usage(),
            latency_s=time.perf_counter() - start,
        )
