"""Dataset defect names -> IAD-R1's eight canonical types (``recipes/defect_types.yaml``).

IAD-R1 scores a predicted type against eight canonical types in two groups (surface:
contamination, foreign objects, scratch, missing parts; structural: deformation, hole,
damage, abrasion). Benchmarks name defects their own way (``broken_large``,
``chunk_of_wax_missing``), so records keep the dataset's name *and* the canonical type, and the
table that maps one onto the other is a reviewed file, not code.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from iad_data.errors import InputError

CANONICAL_TYPES: tuple[str, ...] = (
    "contamination",
    "foreign objects",
    "scratch",
    "missing parts",
    "deformation",
    "hole",
    "damage",
    "abrasion",
)
"""IAD-R1's canonical defect types, surface group first."""

TypeGroup = Literal["surface", "structural"]
GROUP_OF: dict[str, TypeGroup] = {
    "contamination": "surface",
    "foreign objects": "surface",
    "scratch": "surface",
    "missing parts": "surface",
    "deformation": "structural",
    "hole": "structural",
    "damage": "structural",
    "abrasion": "structural",
}
GROUP_WORDS: dict[str, TypeGroup] = {
    "surface anomaly": "surface",
    "surface anomalies": "surface",
    "surface defect": "surface",
    "structural anomaly": "structural",
    "structural anomalies": "structural",
    "structural defect": "structural",
}
"""A type answered only as a group ("surface anomaly") earns IAD-R1's group credit."""

FUZZY_THRESHOLD = 0.7


def normalise_text(text: str) -> str:
    """Lower case, ``_`` as space, punctuation other than ``-`` dropped, spaces collapsed."""
    text = text.lower().replace("_", " ")
    text = re.sub(r"[^\w\s-]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def readable(defect_type: str) -> str:
    """``broken_large`` -> ``broken large``: the dataset's name as words."""
    return normalise_text(defect_type)


MISSPELLED = {"particals": "particles", "melded": "melted"}
"""words a release misspells in its labels (VisA candle): labels stay as released, prose is
mended"""


def defect_words(defect_type: str) -> str:
    """The dataset's name as words for prose, its misspellings mended
    (``foreign_particals_on_candle`` -> ``foreign particles on candle``)."""
    return " ".join(MISSPELLED.get(w, w) for w in readable(defect_type).split())


GENERIC_NAMES = frozenset(
    {"defect", "defective", "anomalous", "anomaly", "bad", "ko", "other", "damaged"}
)
"""labels that say only "something is wrong" (toothbrush ``defective``, BTAD ``ko``):
prose says "a defect", never "a defective defect"."""

SEVERAL_NAMES = frozenset({"combined", "logical anomalies", "structural anomalies"})
"""labels of an image with several defects, or of a kind of anomaly rather than a defect"""


def a_defect(defect_type: str) -> str:
    """The defect as a noun phrase with its article: ``a scratch defect``, ``an oil defect``,
    ``a defect`` for a generic label, ``several defects (combined)`` for MVTec's ``combined``."""
    words = defect_words(defect_type)
    if not words or words in GENERIC_NAMES:
        return "a defect"
    if words in SEVERAL_NAMES:
        return "several defects (combined)" if words == "combined" else f"a defect ({words})"
    article = "an" if words[0] in "aeiou" else "a"
    return f"{article} {words} defect"


@dataclass(frozen=True)
class TypeMapping:
    """What the table says about one (dataset, category, defect type)."""

    defect_type: str
    canonical: str | None
    group: TypeGroup | None
    source: Literal["category", "dataset", "keyword", "none"]
    """where the answer came from: a per-category override, the dataset table, a keyword of
    the name, or nothing (several defects in one image, or a name nothing matches)"""


@dataclass(frozen=True)
class TypeTable:
    """The loaded table; ``hash`` goes into records so a changed table is visible."""

    vocabulary: dict[str, str]
    """normalised term (canonical names included) -> canonical type"""
    datasets: dict[str, dict[str, str | None]]
    keywords: tuple[tuple[str, str], ...]
    hash: str
    path: str
    _terms_by_length: tuple[str, ...] = field(default=(), repr=False)

    def resolve(self, dataset: str, category: str, defect_type: str) -> TypeMapping:
        """The canonical type of a dataset's defect name (see the YAML header for the order)."""
        for key, source in ((f"{dataset}/{category}", "category"), (dataset, "dataset")):
            table = self.datasets.get(key, {})
            if defect_type in table:
                canonical = table[defect_type]
                return TypeMapping(
                    defect_type,
                    canonical,
                    GROUP_OF[canonical] if canonical else None,
                    source if canonical else "none",  # type: ignore[arg-type]
                )
        words = readable(defect_type)
        for keyword, canonical in self.keywords:
            if keyword in words:
                return TypeMapping(defect_type, canonical, GROUP_OF[canonical], "keyword")
        return TypeMapping(defect_type, None, None, "none")

    def best_match(self, text: str) -> tuple[str | None, float]:
        """IAD-R1's lookup of free text: exact term 1.0, containment (shorter/longer), fuzzy."""
        norm = normalise_text(text)
        if not norm:
            return None, 0.0
        if norm in self.vocabulary:
            return self.vocabulary[norm], 1.0
        best: str | None = None
        confidence = 0.0
        for term, canonical in self.vocabulary.items():
            if norm in term or term in norm:
                score = min(len(norm), len(term)) / max(len(norm), len(term))
                if score > confidence:
                    best, confidence = canonical, score
        if best is not None:
            return best, confidence
        for term, canonical in self.vocabulary.items():
            ratio = SequenceMatcher(None, norm, term).ratio()
            if ratio >= FUZZY_THRESHOLD and ratio > confidence:
                best, confidence = canonical, ratio
        return best, confidence

    def mentions(self, text: str) -> set[str]:
        """Canonical types named in running text, by whole words (longest terms first)."""
        norm = f" {normalise_text(text)} "
        found: set[str] = set()
        for term in self._terms_by_length:
            padded = f" {term} "
            if padded in norm:
                found.add(self.vocabulary[term])
                norm = norm.replace(padded, " | ")
        return found


def _load(data: Any, source: str, digest: str) -> TypeTable:
    if not isinstance(data, dict) or not isinstance(data.get("canonical"), dict):
        raise InputError(f"defect type table {source} must have a `canonical:` mapping.")
    vocabulary: dict[str, str] = {}
    for group, types in data["canonical"].items():
        if not isinstance(types, dict):
            raise InputError(f"{source}: canonical.{group} must map types to term lists.")
        for canonical, terms in types.items():
            if canonical not in GROUP_OF or GROUP_OF[canonical] != group:
                raise InputError(
                    f"{source}: canonical.{group}.{canonical} is not one of IAD-R1's {group} "
                    f"types ({', '.join(t for t in CANONICAL_TYPES if GROUP_OF[t] == group)})."
                )
            vocabulary[canonical] = canonical
            for term in terms or []:
                vocabulary.setdefault(normalise_text(str(term)), canonical)
    missing = [t for t in CANONICAL_TYPES if t not in vocabulary]
    if missing:
        raise InputError(f"{source}: canonical types missing: {', '.join(missing)}.")
    datasets: dict[str, dict[str, str | None]] = {}
    for key, table in (data.get("datasets") or {}).items():
        if not isinstance(table, dict):
            raise InputError(f"{source}: datasets.{key} must map defect names to types.")
        for name, canonical in table.items():
            if canonical is not None and canonical not in GROUP_OF:
                raise InputError(
                    f"{source}: datasets.{key}.{name} maps to {canonical!r}, which is not a "
                    f"canonical type ({', '.join(CANONICAL_TYPES)}); use one of them or null."
                )
        datasets[str(key)] = {str(k): v for k, v in table.items()}
    keywords: list[tuple[str, str]] = []
    for index, pair in enumerate(data.get("keywords") or []):
        if not (isinstance(pair, list) and len(pair) == 2 and pair[1] in GROUP_OF):
            raise InputError(
                f"{source}: keywords[{index}] must be [keyword, canonical type], got {pair!r}."
            )
        keywords.append((normalise_text(str(pair[0])), str(pair[1])))
    terms = tuple(sorted(vocabulary, key=lambda t: (-len(t), t)))
    return TypeTable(vocabulary, datasets, tuple(keywords), digest, source, terms)


def default_table_path() -> Path:
    return Path(str(resources.files("iad_data.recipes").joinpath("defect_types.yaml")))


def load_type_table(path: str | Path | None = None) -> TypeTable:
    """Read a table (the shipped one by default, cached); errors name the file and the key."""
    if path is None:
        return _default_table()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _default_table() -> TypeTable:
    return _read(default_table_path())


def _read(path: Path) -> TypeTable:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read defect type table {path}: {exc.strerror}.") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise InputError(f"defect type table {path} is not valid YAML: {exc}") from None
    return _load(data, str(path), hashlib.sha256(raw).hexdigest()[:16])


__all__ = [
    "CANONICAL_TYPES",
    "GENERIC_NAMES",
    "MISSPELLED",
    "SEVERAL_NAMES",
    "GROUP_OF",
    "GROUP_WORDS",
    "TypeGroup",
    "a_defect",
    "defect_words",
    "TypeMapping",
    "TypeTable",
    "load_type_table",
    "normalise_text",
    "readable",
]
