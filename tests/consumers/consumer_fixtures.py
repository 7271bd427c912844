"""Helpers of the consumer tests: a tiny random vision-language model built from a config
(no weights can be downloaded), and the oracle texts of an export's records.

The model is a LLaVA (CLIP vision tower + Qwen2 text model) of a few thousand parameters with
a byte-level tokenizer, saved as a folder that ``GRPOTrainer(model=PATH)`` loads like a Hub
model. Qwen2-VL would match IAD-R1's base model, but its processor needs torchvision, whose
PyPI wheel does not load with the CPU build of torch 2.13 on these machines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from iad_data.core.workspace import Workspace

CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}{% else %}"
    "{% for part in message['content'] %}{% if part['type'] == 'image' %}<image>"
    "{% elif part['type'] == 'text' %}{{ part['text'] }}{% endif %}{% endfor %}{% endif %}"
    "<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<image>"]
SUPPRESS = [256, 257, 259]
"""Token ids a generation must not sample: ``<|endoftext|>``, ``<|im_start|>``, ``<image>``
(the byte-level alphabet has 256 tokens; the special ones follow in ``SPECIAL``'s order)."""


def tiny_vlm(out: Path) -> Path:
    """Save a tiny random LLaVA and its processor to ``out``; returns ``out``.

    A random model samples special tokens too; an ``<image>`` token in a completion breaks
    the trainer's forward pass, so generation must pass ``suppress_tokens=SUPPRESS``."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import (
        CLIPVisionConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
        PreTrainedTokenizerFast,
        Qwen2Config,
    )
    from transformers.models.clip.image_processing_pil_clip import CLIPImageProcessorPil

    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    backend = Tokenizer(models.BPE(vocab={c: i for i, c in enumerate(alphabet)}, merges=[]))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    backend.add_special_tokens(SPECIAL)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, eos_token="<|im_end|>", pad_token="<|endoftext|>"
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    processor = LlavaProcessor(
        image_processor=CLIPImageProcessorPil(
            size={"shortest_edge": 28}, crop_size={"height": 28, "width": 28}
        ),
        tokenizer=tokenizer,
        patch_size=14,
        vision_feature_select_strategy="default",
        chat_template=CHAT_TEMPLATE,
        image_token="<image>",
        num_additional_image_tokens=1,
    )
    ids = {s: tokenizer.convert_tokens_to_ids(s) for s in SPECIAL}
    assert [ids[s] for s in ("<|endoftext|>", "<|im_start|>", "<image>")] == SUPPRESS
    config = LlavaConfig(
        vision_config=CLIPVisionConfig(
            hidden_size=16,
            intermediate_size=32,
            num_hidden_layers=1,
            num_attention_heads=2,
            image_size=28,
            patch_size=14,
            projection_dim=16,
        ),
        text_config=Qwen2Config(
            vocab_size=len(tokenizer),
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=2,
            num_key_value_heads=1,
            max_position_embeddings=4096,
            eos_token_id=ids["<|im_end|>"],
            pad_token_id=ids["<|endoftext|>"],
        ),
        image_token_id=ids["<image>"],
        vision_feature_select_strategy="default",
        vision_feature_layer=-1,
    )
    torch.manual_seed(0)
    model = LlavaForConditionalGeneration(config)
    model.generation_config.eos_token_id = ids["<|im_end|>"]
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return out


def oracle_texts(ws: Workspace, config: str = "expert_ad") -> dict[str, str]:
    """``record_id -> the record's assistant text``: what a perfect model would answer."""
    frame = pl.read_parquet(ws.records_path(config))
    return {r["record_id"]: r["text"] for r in frame.iter_rows(named=True)}


def read_rows(path: Path) -> list[dict[str, Any]]:
    """An export file's rows (JSONL or a JSON array)."""
    import json

    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line]
    rows: list[dict[str, Any]] = json.loads(text)
    return rows


def write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    import json

    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        path.write_text(json.dumps(rows), encoding="utf-8")
