"""The offline teacher: answers from the sample's ground truth, deterministic, no network.

Each task module registers an answerer with ``@register_offline("task")``; this teacher
looks up ``OFFLINE_ANSWERERS[request.task]`` and returns what it built from
``request.context``. It makes the toolkit usable and testable without keys or money.
"""

from __future__ import annotations

import time

from ..errors import TeacherError
from .base import OFFLINE_ANSWERERS, Outcome, Teacher, TeacherRequest, TeacherResponse, Usage


class OfflineTeacher(Teacher):
    provider = "offline"
    model = "ground-truth"

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        answerer = OFFLINE_ANSWERERS.get(request.task)
        if answerer is None:
            known = ", ".join(sorted(OFFLINE_ANSWERERS)) or "none registered"
            raise TeacherError(
                f"the offline teacher has no answerer for task {request.task!r} (known: {known});"
                " import the module that registers it with @register_offline, or use an online"
                " teacher"
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
