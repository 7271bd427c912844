from __future__ import annotations

import http.client
import json
import threading
import urllib.error
import urllib.request
from typing import Any

import pytest
from fakes.fake_llm import (
    ApiError,
    FakeLLM,
    FakeRequest,
    check_strict_schema,
    instance_of,
    responder_from_requests,
    schema_responder,
)
from teacher_fixtures import Verdict, fake_fixture, make_requests  # noqa: F401  (fixtures)

PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5E"
    "rkJggg=="
)


def post(
    url: str, body: Any, headers: dict[str, str], timeout: float = 5
) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def chat_body(image_url: str = f"data:image/png;base64,{PNG_B64}") -> dict[str, Any]:
    from iad_data.teach.providers.openai import _strict_format

    return {
        "model": "gpt-4.1",
        "messages": [
            {"role": "system", "content": "sys"},
            {
                "role": "user",
                "content": [
                    {"type": "image_url", "image_url": {"url": image_url}},
                    {"type": "text", "text": "look"},
                ],
            },
        ],
        "response_format": _strict_format(Verdict),
    }


def test_openai_route_checks_auth_model_images_and_schema(fake: FakeLLM) -> None:
    url = fake.openai_base_url + "/chat/completions"
    auth = {"Authorization": f"Bearer {fake.api_key}"}
    status, data = post(url, chat_body(), auth)
    assert status == 200 and Verdict.model_validate_json(data["choices"][0]["message"]["content"])
    assert post(url, chat_body(), {"Authorization": "Bearer nope"})[0] == 401
    assert post(url, {**chat_body(), "model": "gpt-9"}, auth)[0] == 404
    status, data = post(url, chat_body("data:image/jpeg;base64," + PNG_B64), auth)
    assert status == 400 and "media type" in data["error"]["message"]
    assert post(url, chat_body("data:image/png;base64,@@@"), auth)[0] == 400
    loose = chat_body()
    loose["response_format"] = {
        "type": "json_schema",
        "json_schema": {"name": "Verdict", "strict": True, "schema": Verdict.model_json_schema()},
    }
    status, data = post(url, loose, auth)
    assert status == 400 and "additionalProperties" in data["error"]["message"]
    assert post(url, {**chat_body(), "response_format": None}, auth)[0] == 400
    assert fake.generation_calls() == 6 and len(fake.calls) == 1  # 401 is refused before


def test_anthropic_route_checks_version_and_forced_tool(fake: FakeLLM) -> None:
    url = fake.anthropic_base_url + "/v1/messages"
    body = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 100,
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": PNG_B64},
                    },
                    {"type": "text", "text": "look"},
                ],
            }
        ],
        "tools": [{"name": "t", "input_schema": Verdict.model_json_schema()}],
        "tool_choice": {"type": "tool", "name": "t"},
    }
    headers = {"x-api-key": fake.api_key, "anthropic-version": "2023-06-01"}
    status, data = post(url, body, headers)
    assert status == 200 and data["stop_reason"] == "tool_use"
    assert Verdict.model_validate(data["content"][0]["input"])
    assert post(url, body, {"x-api-key": fake.api_key})[0] == 400
    status, data = post(url, body, {**headers, "x-api-key": "bad"})
    assert status == 401 and data["error"]["type"] == "authentication_error"
    assert post(url, {**body, "tool_choice": {"type": "auto"}}, headers)[0] == 400
    assert post(url, {k: v for k, v in body.items() if k != "max_tokens"}, headers)[0] == 400


def test_rates_and_queue_inject_faults(fake: FakeLLM) -> None:
    fake.faults.rate_limit = 1.0
    url = fake.openai_base_url + "/chat/completions"
    auth = {"Authorization": f"Bearer {fake.api_key}"}
    fake.queue_faults(["refusal"])
    status, data = post(url, chat_body(), auth)
    assert status == 200 and data["choices"][0]["message"]["refusal"]
    status, data = post(url, chat_body(), auth)
    assert status == 429
    assert fake.stats["outcome:rate_limit"] == 1 and fake.stats["outcome:refusal"] == 1
    with pytest.raises(ValueError, match="unknown faults"):
        fake.queue_faults(["meteor"])


def test_schema_instances_and_responders() -> None:
    from iad_data.teach.providers.openai import _strict_format

    strict = _strict_format(Verdict)["json_schema"]["schema"]
    check_strict_schema(strict)
    with pytest.raises(ApiError, match="required"):
        check_strict_schema({**strict, "required": ["label"]})
    assert Verdict.model_validate(instance_of(strict))
    assert Verdict.model_validate(instance_of(Verdict.model_json_schema()))
    requests = make_requests(3)
    respond = responder_from_requests(requests)
    hit = FakeRequest(
        "openai", "gpt-4.1", requests[1].system, requests[1].user_text, [], strict, 10, {}
    )
    assert json.loads(respond(hit))["label"] == "anomaly"
    miss = FakeRequest("openai", "gpt-4.1", "other", "other", [], strict, 10, {})
    assert json.loads(respond(miss))["label"] == "example"


def post_in_thread(
    url: str, body: Any, headers: dict[str, str]
) -> tuple[threading.Thread, list[Any]]:
    """POST from a thread; its list gets the status, or ``no answer`` if the server closed."""
    out: list[Any] = []

    def send() -> None:
        try:
            out.append(post(url, body, headers, timeout=120)[0])  # held requests wait long
        except (OSError, http.client.HTTPException):
            out.append("no answer")

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread, out


def test_hold_after_answers_n_then_holds_until_release(fake: FakeLLM) -> None:
    url = fake.openai_base_url + "/chat/completions"
    auth = {"Authorization": f"Bearer {fake.api_key}"}
    fake.hold_after(2)
    assert post(url, chat_body(), auth)[0] == 200
    answer_now, answering = threading.Event(), threading.Event()

    def slow(request: FakeRequest) -> str:
        answering.set()
        assert answer_now.wait(30)
        return schema_responder(request)

    fake.responder = slow
    second, second_out = post_in_thread(url, chat_body(), auth)  # the 2nd: answered, slowly
    assert answering.wait(30)  # the 2nd is inside the server before the 3rd is sent
    third, third_out = post_in_thread(url, chat_body(), auth)  # the 3rd: held
    # the 2nd answer is not written yet, so however long this waits it cannot be held
    assert not fake.wait_held(1, timeout=0.2) and not fake.held.is_set()
    answer_now.set()
    assert fake.wait_held(1, timeout=30) and fake.held.is_set()
    second.join(30)
    assert second_out == [200] and third_out == []  # held: no answer, connection open
    assert len(fake.calls) == 2 and fake.generation_calls() == 3  # held: counted, not a call
    fourth, fourth_out = post_in_thread(url, chat_body(), auth)
    assert fake.wait_held(2, timeout=30)
    assert fake.release()  # returns once the released requests are answered
    third.join(30)
    fourth.join(30)
    assert third_out == [200] and fourth_out == [200] and not fake.held.is_set()
    assert len(fake.calls) == 4
    assert post(url, chat_body(), auth)[0] == 200  # the hold is over
    with pytest.raises(ValueError):
        fake.hold_after(-1)


def test_stop_closes_held_requests_without_an_answer() -> None:
    with FakeLLM() as server:
        url = server.anthropic_base_url + "/v1/messages"
        headers = {"x-api-key": server.api_key, "anthropic-version": "2023-06-01"}
        server.hold_after(1)
        assert post(url, {"model": "claude-sonnet-4-5"}, headers)[0] == 400  # an error answers
        held, out = post_in_thread(url, {"model": "claude-sonnet-4-5"}, headers)
        assert server.wait_held(1, timeout=30)
    held.join(30)
    assert out == ["no answer"] and server.generation_calls() == 2 and server.calls == []
