"""Models under test for the eval tests, played by the fake LLM server (``free_text=True``).

A responder looks the query image (the last image of the request) up by its sha256 in the
samples table, so it knows the ground truth, and answers as a model would: right with a
probability per dataset, always No, at random, or garbled. Every choice is drawn from a
generator seeded by the request's content (``content_key``), so a model answers the same
request the same way in every run and on every machine: no test is flaky.
"""

from __future__ import annotations

import hashlib
import random
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import polars as pl
import pytest
from fakes.fake_llm import FakeLLM, FakeRequest, content_key

MODEL = "local-vlm"
_OPTION = re.compile(r"^([A-H])\. (.*)$", re.M)


@dataclass(frozen=True)
class Truth:
    dataset: str
    category: str
    label: str
    defect_type: str
    location: str | None

    @property
    def anomalous(self) -> bool:
        return self.label == "anomaly"


def truths(samples: pl.DataFrame) -> dict[str, Truth]:
    """image sha256 -> the sample's ground truth"""
    return {
        r["image_sha256"]: Truth(
            r["dataset"], r["category"], r["label"], r["defect_type"], r["location"]
        )
        for r in samples.iter_rows(named=True)
    }


def rng_of(fake: FakeRequest, salt: str = "") -> random.Random:
    seed = hashlib.sha256((salt + content_key(fake)).encode()).hexdigest()
    return random.Random(int(seed[:16], 16))


def is_mmad(fake: FakeRequest) -> bool:
    return "\nQuestion: " in fake.user_text


def options(fake: FakeRequest) -> dict[str, str]:
    return dict(_OPTION.findall(fake.user_text.split("\nQuestion: ", 1)[1]))


def right_option(fake: FakeRequest, truth: Truth) -> str:
    opts = options(fake)
    if set(opts.values()) == {"Yes", "No"}:
        wanted = "Yes" if truth.anomalous else "No"
    elif truth.location in opts.values() and "Where" in fake.user_text:
        wanted = str(truth.location)
    else:
        wanted = truth.defect_type.replace("_", " ")
    return next(letter for letter, text in opts.items() if text == wanted)


def iadr1_text(says_yes: bool, truth: Truth) -> str:
    if not says_yes:
        return "<think>The part looks regular everywhere.</think><answer>No</answer>"
    place = truth.location or "center"
    kind = truth.defect_type.replace("_", " ") if truth.anomalous else "scratch"
    return (
        f"<think>One area departs from the pattern.</think><location>{place}</location>"
        f"<type>{kind}</type><answer>Yes</answer>"
    )


Responder = Callable[[FakeRequest], str]


class Model(ABC):
    """A fake model under test; ``truths`` identifies each query image."""

    def __init__(self, known: dict[str, Truth]) -> None:
        self.known = known
        self.answers = 0

    def truth(self, fake: FakeRequest) -> Truth:
        return self.known[hashlib.sha256(fake.images[-1]).hexdigest()]

    def __call__(self, fake: FakeRequest) -> str:
        self.answers += 1
        return self.answer(fake, self.truth(fake))

    @abstractmethod
    def answer(self, fake: FakeRequest, truth: Truth) -> str: ...


class RightWith(Model):
    """Right with probability ``p[dataset]`` (the same answer for the same request)."""

    def __init__(self, known: dict[str, Truth], p: dict[str, float]) -> None:
        super().__init__(known)
        self.p = p

    def answer(self, fake: FakeRequest, truth: Truth) -> str:
        right = rng_of(fake, "right").random() < self.p[truth.dataset]
        if is_mmad(fake):
            good = right_option(fake, truth)
            if right:
                return f"Answer: {good}."
            wrong = sorted(set(options(fake)) - {good})
            return f"Answer: {rng_of(fake, 'wrong').choice(wrong)}."
        return iadr1_text(truth.anomalous == right, truth)


class AlwaysNo(Model):
    def answer(self, fake: FakeRequest, truth: Truth) -> str:
        if is_mmad(fake):
            opts = options(fake)
            return next((k for k, v in opts.items() if v == "No"), "B")
        return iadr1_text(False, truth)


class Coin(Model):
    """Yes or No at random (a fair coin seeded by the request)."""

    def answer(self, fake: FakeRequest, truth: Truth) -> str:
        yes = rng_of(fake, "coin").random() < 0.5
        if is_mmad(fake):
            return rng_of(fake, "letter").choice(sorted(options(fake)))
        return iadr1_text(yes, truth)


GARBLED = (
    "",
    "The part looks fine to me.",
    "<think>hmm</think><answer>Maybe</answer>",
    "<think>hmm</think><answer></answer>",
)
GARBLED_REASONS = {
    "": "empty answer",
    "The part looks fine to me.": "no <answer> tag",
    "<think>hmm</think><answer>Maybe</answer>": "<answer> is neither Yes nor No",
    "<think>hmm</think><answer></answer>": "<answer> is empty",
}


class Garbled(Model):
    """Images in ``bad`` answered with their garbled text, the others right."""

    def __init__(self, known: dict[str, Truth], bad: dict[str, str]) -> None:
        super().__init__(known)
        self.bad = bad
        """image sha256 -> the garbled text it gets"""

    def __call__(self, fake: FakeRequest) -> str:
        sha = hashlib.sha256(fake.images[-1]).hexdigest()
        if sha in self.bad:
            self.answers += 1
            return self.bad[sha]
        return super().__call__(fake)

    def answer(self, fake: FakeRequest, truth: Truth) -> str:
        return iadr1_text(truth.anomalous, truth)


@contextmanager
def serving(
    responder: Responder, monkeypatch: pytest.MonkeyPatch, model: str = MODEL, **kwargs: Any
) -> Iterator[tuple[FakeLLM, str]]:
    """The fake server answering as ``responder`` (serving ``model`` and the fake's usual
    models), and the spec of the OpenAI-compatible model that reaches it."""
    from fakes.fake_llm import DEFAULT_MODELS

    models = (*DEFAULT_MODELS, model)
    with FakeLLM(responder=responder, free_text=True, models=models, **kwargs) as fake:
        monkeypatch.setenv("IAD_DATA_COMPATIBLE_API_KEY", fake.api_key)
        yield fake, f"openai-compatible:{model}@{fake.openai_base_url}"


def test_a_fake_model_answers_the_same_request_the_same_way() -> None:
    fake = FakeRequest("openai", MODEL, "", "Are there any defects?", [b"\x89PNG-1"], {}, 5, {})
    known = {hashlib.sha256(b"\x89PNG-1").hexdigest(): Truth("d", "c", "anomaly", "hole", "top")}
    model = RightWith(known, {"d": 0.5})
    assert len({model(fake) for _ in range(5)}) == 1
    assert AlwaysNo(known)(fake).endswith("<answer>No</answer>")
    assert Coin(known)(fake) == Coin(known)(fake)
