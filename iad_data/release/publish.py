"""Versioned publishing of a workspace: to a local folder or a Hugging Face Hub dataset repo.

A version is one commit and an immutable tag ``v<version>``. The steps, in order:

1. refuse what must not ship: records that fail validation, a leaking split (unless
   ``allow_leak``; the card then says so), a public repo of non-commercial data without
   ``accept_license_terms``, a version that already exists;
2. build the repo tree (``repo_tree``) in a staging folder, the card last. Records whose
   other images (one-shot references) sit in another split than their sample are left out
   and counted (``dropped``, ``reports/leakage_records.json``, the card); a
   ``WORKSPACE/recipe.yaml`` is carried as ``recipe.yaml``;
3. compare with the previous version (``manifest.json``: row hashes per config/split):
   ``dry_run`` stops here with the diff; identical content makes no commit;
4. commit everything in one commit, then tag it. The tag is created only after the commit
   is complete, so an interrupted upload leaves no half version, and a re-run finds the
   untagged head with the same content and only tags it.

A local folder is a target only when empty, new, or written by publish (``.iad-versions/``);
any other folder is refused unless ``force``. Its switch to the new version is one folder
exchange, so a kill leaves the old or the new version (see *local folder* below).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import importlib
import json
import os
import re
import shutil
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from iad_data.core.engines import Engine
from iad_data.core.options import make_options
from iad_data.core.sample import SCHEMA_VERSION
from iad_data.core.version import __version__
from iad_data.core.workspace import Workspace, write_json
from iad_data.errors import InputError, PublishError, ValidationFailed, WorkspaceError
from iad_data.release.card import (
    CardInput,
    is_non_commercial,
    licenses,
    provenance_rows,
    render_card,
)
from iad_data.release.layout import (
    MANIFEST,
    MAX_SHARD_BYTES,
    ConfigPart,
    ImageSource,
    TreeFile,
    build_records,
    build_samples,
    content_hash,
    file_entry,
    record_configs,
)
from iad_data.release.leakage import (
    CROSS_SPLIT_REASON,
    NEAR_THRESHOLD,
    find_leaks,
    records_across_splits,
)
from iad_data.release.options import PublishOptions
from iad_data.release.splits import read_splits, split_settings
from iad_data.review.decisions import load_state
from iad_data.review.outcome import review_column, review_outcome
from iad_data.tasks.calibration import calibration_figures
from iad_data.tasks.checks import check_records
from iad_data.tasks.store import read_rejects, reject_findings

VERSION_RE = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")
RECIPE_FILE = "recipe.yaml"
"""the recipe ``iad-data run`` left in the workspace; published beside the card"""
VERSIONS_DIR = ".iad-versions"
"""in a local target: one manifest per published version (hidden from ``load_dataset``)"""


@dataclass
class PublishResult:
    target: str
    version: str
    tag: str
    dry_run: bool = False
    committed: bool = False
    tagged: bool = False
    unchanged: bool = False
    same_as: str | None = None
    resumed: bool = False
    """a previous run had committed this content but not tagged it; this run tagged it"""
    commit: str | None = None
    previous: str | None = None
    diff: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0
    leaks: dict[str, Any] = field(default_factory=dict)
    dropped: dict[str, dict[str, int]] = field(default_factory=dict)
    """config -> reason -> records left out (one-shot references in another split)"""
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class BuiltTree:
    root: Path
    files: list[TreeFile]
    manifest: dict[str, Any]

    @property
    def content_sha256(self) -> str:
        return str(self.manifest["content_sha256"])


def _version(version: str) -> str:
    v = version.strip().removeprefix("v")
    if not VERSION_RE.match(v):
        raise InputError(f"version {version!r} is not MAJOR.MINOR.PATCH (e.g. 1.2.0).")
    return v


def _semver_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3])


def diff_manifests(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """config -> split -> rows added, removed, changed, unchanged against ``old``."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    old_cfgs = (old or {}).get("configs", {})
    new_cfgs = new.get("configs", {})
    for cfg in sorted(set(old_cfgs) | set(new_cfgs)):
        o_splits, n_splits = old_cfgs.get(cfg, {}), new_cfgs.get(cfg, {})
        for split in sorted(set(o_splits) | set(n_splits)):
            o = o_splits.get(split, {}).get("row_hashes", {})
            n = n_splits.get(split, {}).get("row_hashes", {})
            common = set(o) & set(n)
            changed = sum(1 for k in common if o[k] != n[k])
            out.setdefault(cfg, {})[split] = {
                "added": len(set(n) - set(o)),
                "removed": len(set(o) - set(n)),
                "changed": changed,
                "unchanged": len(common) - changed,
            }
    return out


def _validation_stats(ws: Workspace, config: str, passed: int) -> dict[str, Any]:
    """Passed records and the rejects file's reasons, for the card. Stale rows (records of
    samples that left the benchmark) are counted apart: they never failed validation."""
    rows = read_rejects(ws.rejects_path(config))
    stale = sum(1 for row in rows if row.get("stale"))
    reasons = Counter(name for row in rows for name in sorted(reject_findings(row)) or ["unknown"])
    stats: dict[str, Any] = {
        "passed": passed,
        "rejected": len(rows) - stale,
        "reasons": dict(sorted(reasons.items())),
    }
    if stale:
        stats["stale"] = stale
    return stats


def build_tree(
    ws: Workspace,
    staging: Path,
    *,
    version: str,
    pretty_name: str,
    load_id: str = "PATH/TO/FOLDER",
    allow_leak: bool = False,
    masks: bool = False,
    max_shard_bytes: int = MAX_SHARD_BYTES,
    near_threshold: int = NEAR_THRESHOLD,
    progress: bool = False,
    engine: Engine | None = None,
    require_review: bool = False,
) -> tuple[BuiltTree, dict[str, Any]]:
    """Check the workspace and write the repo tree under ``staging``; (tree, leak summary).
    Review decisions apply (``iad_data.review.outcome``): rejected records and samples whose
    ground truth is flagged stay out, edits go in; ``require_review`` refuses unreviewed
    records."""
    samples = ws.require_samples()
    flagged = list(load_state(ws).flags)
    if flagged:
        samples = samples.filter(~pl.col("sample_id").is_in(flagged))
    splits = read_splits(ws)
    missing = samples.filter(~pl.col("sample_id").is_in(list(splits))).height
    if missing:
        raise WorkspaceError(
            f"{missing} sample(s) have no split in {ws.splits_path} (ingested "
            f"after the split?); run `iad-data split --workspace {ws.path}` again."
        )
    record_frames: dict[str, pl.DataFrame] = {}
    for config in record_configs():
        path = ws.records_path(config)
        if path.exists():
            record_frames[config] = pl.read_parquet(path)
    validated = {cfg: frame.height for cfg, frame in record_frames.items()}
    review = review_outcome(ws, record_frames, require_review=require_review)
    record_frames = review.frames
    failures = check_records(ws, record_frames, samples)
    if failures:
        shown = "; ".join(failures[:5])
        raise ValidationFailed(
            f"{len(failures)} validation failure(s), so nothing was published: {shown}. "
            f"Re-run the synthesis stage (it moves failing records to {ws.rejects_dir}) or "
            f"delete them from {ws.records_dir}."
        )
    report = find_leaks(
        ws, splits, near_threshold=near_threshold, samples=samples, progress=progress, engine=engine
    )
    leak = report.summary(limit=20)
    if not report.clean and not allow_leak:
        first = report.leaks[0]
        raise PublishError(
            f"the split leaks: {report.exact} exact and {report.near} near-duplicate image "
            f"pair(s) sit in different splits (first: {first.a} in {first.a_split} and "
            f"{first.b} in {first.b_split}, {first.distance} bits apart; all in "
            f"{ws.leakage_report_path}). Remove the duplicates or re-split, or pass "
            f"--allow-leak to publish anyway (the card will say so)."
        )
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    kept: dict[str, pl.DataFrame] = {}
    across: dict[str, list[dict[str, str]]] = {}
    for config, frame in record_frames.items():
        kept[config], gone = records_across_splits(frame, splits)
        kept[config] = review_column(review, config, kept[config])
        if gone:
            across[config] = gone
    leak["records_across_splits"] = {cfg: len(items) for cfg, items in across.items()}
    leak["records_across_splits_examples"] = [
        {"config": cfg, **item} for cfg, items in across.items() for item in items[:5]
    ]
    report_path = ws.leakage_records_path
    if across:
        write_json(report_path, {"reason": CROSS_SPLIT_REASON, "dropped": across})
    else:
        report_path.unlink(missing_ok=True)
    src = ImageSource(ws, samples)
    parts: list[ConfigPart] = [
        build_samples(
            ws, staging, samples, splits, src, masks=masks, max_shard_bytes=max_shard_bytes
        )
    ]
    for config in record_frames:
        part = build_records(
            staging,
            config,
            ws.records_path(config),
            splits,
            src,
            max_shard_bytes=max_shard_bytes,
            frame=kept[config],
        )
        if part.splits:
            parts.append(part)
    recipe = ws.path / RECIPE_FILE
    if recipe.is_file():
        shutil.copyfile(recipe, staging / RECIPE_FILE)
    validation = {cfg: _validation_stats(ws, cfg, n) for cfg, n in validated.items()}
    card = CardInput(
        pretty_name=pretty_name,
        load_id=load_id,
        configs=parts,
        samples=samples.with_columns(pl.col("sample_id").replace_strict(splits).alias("split")),
        split_settings=split_settings(ws),
        leakage=leak,
        allow_leak=allow_leak,
        validation=validation,
        calibration=calibration_figures(ws),
        provenance=provenance_rows(kept),
        toolkit_version=__version__,
        recipe=RECIPE_FILE if recipe.is_file() else None,
        review=review.summary,
    )
    (staging / "README.md").write_text(render_card(card), encoding="utf-8")
    files = [file_entry(staging, "README.md")]
    if recipe.is_file():
        files.append(file_entry(staging, RECIPE_FILE))
    files += [e for part in parts for sp in part.splits.values() for e in sp.entries]
    rels = [f.path for f in files]
    manifest = {
        "version": version,
        "content_sha256": content_hash(files),
        "toolkit_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "allow_leak": bool(allow_leak and not report.clean),
        "dropped": {
            cfg: {
                **review.dropped.get(cfg, {}),
                **({CROSS_SPLIT_REASON: len(across[cfg])} if cfg in across else {}),
            }
            for cfg in sorted(set(across) | set(review.dropped))
        },
        "files": sorted(rels),
        "configs": {
            part.name: {
                split: {"rows": sp.rows, "files": sp.files, "row_hashes": sp.row_hashes}
                for split, sp in part.splits.items()
            }
            for part in parts
        },
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, sort_keys=True), encoding="utf-8")
    files.append(file_entry(staging, MANIFEST))
    return BuiltTree(staging, files, manifest), leak


# -- local folder ---------------------------------------------------------------------------
#
# A local target is switched to a new version in one step. The version is assembled in
# ``.<name>.iad-staging`` beside the target (the tree, the entries publish did not write carried
# over as hard links, ``.iad-versions/`` with the new manifest), then the two folders are
# exchanged with ``renameat2(RENAME_EXCHANGE)``: at every instant the target's path is a
# complete old or a complete new version. Where the file system cannot exchange, the old folder
# is renamed aside (``.<name>.iad-previous``) and the new one into place; a kill between those
# two renames leaves no folder at the path, and the next publish puts the old one back.
# Whatever a killed or failed publish left beside the target is removed by the next one.

CARD = "README.md"
STAGING_SUFFIX = ".iad-staging"
"""``.<target name>.iad-staging`` beside the target: the next version is assembled there"""
ASIDE_SUFFIX = ".iad-previous"
"""``.<target name>.iad-previous``: the previous version, where folders cannot be exchanged"""
LEGACY_STAGING = ".iad-staging-v"
"""staging folders that earlier versions of publish left inside the target (not carried)"""
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _step(name: str) -> None:
    """Called before each change a local publish makes on disk (``build``, ``carry ENTRY``,
    ``version``, ``switch``, ``remove previous``, ...): the instants at which a kill must
    leave the target loadable. It does nothing; tests replace it to stop a publish there."""


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # no libc symbol (glibc < 2.28, musl)
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


def _exchange(a: Path, b: Path) -> bool:
    """Swap the folders ``a`` and ``b`` in one step; False where the system or the file system
    cannot (then nothing changed), OSError for any other refusal."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def _link_or_copy(src: str, dest: str) -> None:
    try:
        os.link(src, dest, follow_symlinks=False)
    except OSError:  # another owner's file under protected_hardlinks, or no hard links here
        shutil.copy2(src, dest, follow_symlinks=False)


def _carry(src: Path, dest: Path) -> None:
    """``src`` into ``dest`` as hard links (copies where linking fails); links stay links."""
    if src.is_symlink():
        os.symlink(os.readlink(src), dest)
    elif src.is_dir():
        shutil.copytree(src, dest, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(str(src), str(dest))


def _beside(folder: Path) -> tuple[Path, Path]:
    """(staging, aside) folders of a target."""
    return (
        folder.with_name(f".{folder.name}{STAGING_SUFFIX}"),
        folder.with_name(f".{folder.name}{ASIDE_SUFFIX}"),
    )


def _recover(folder: Path, staging: Path, aside: Path) -> None:
    """Undo what a killed or failed publish left beside ``folder``: an old version moved aside
    with no new one in its place goes back, a staged version is removed."""
    if aside.exists() or aside.is_symlink():
        if not folder.exists():
            _step("restore previous")
            os.rename(aside, folder)
        else:
            _step("remove previous")
            _remove(aside)
    if staging.exists() or staging.is_symlink():
        _step("remove staging")
        _remove(staging)


def _owned(*manifests: dict[str, Any] | None) -> set[str]:
    """The entries of a target that publish writes (and so replaces): the card, the manifest,
    the recipe, ``.iad-versions/``, every config folder, and whatever the manifests list."""
    names = {CARD, MANIFEST, RECIPE_FILE, VERSIONS_DIR, "samples", *record_configs()}
    for manifest in manifests:
        if manifest:
            names |= set(manifest.get("configs", {}))
            names |= {str(p).split("/")[0] for p in manifest.get("files", [])}
    return names


def _is_target(folder: Path) -> bool:
    """Whether ``folder`` was written by a publish: it has ``.iad-versions/``, or the
    ``manifest.json`` publish writes (a clone of a repo published to the Hub)."""
    if (folder / VERSIONS_DIR).is_dir():
        return True
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and {"content_sha256", "files", "configs"} <= data.keys()


def _check_target(folder: Path, shown: Path, force: bool) -> None:
    """Refuse a file, and a non-empty folder that is not a publish target (unless ``force``)."""
    if folder.exists() and not folder.is_dir():
        raise PublishError(f"{shown} is a file; --to names the folder to publish into.")
    if not folder.is_dir() or force or _is_target(folder):
        return
    entries = sorted(os.listdir(folder))
    if not entries:
        return

    def label(name: str) -> str:
        return f"{name}/" if (folder / name).is_dir() else name

    listing = ", ".join(label(e) for e in entries[:8])
    if len(entries) > 8:
        listing += f" and {len(entries) - 8} more"
    owned = _owned()
    hit = [label(e) for e in entries if e in owned]
    replaced = f"would replace {', '.join(hit)}" if hit else "would write beside them"
    configs = ", ".join(f"{c}/" for c in ("samples", *record_configs()))
    raise PublishError(
        f"{shown} is not empty and is not a folder iad-data published to (it has no "
        f"{VERSIONS_DIR}/): it holds {listing}. Publishing there {replaced}. Publish to a new "
        f"or empty folder instead (e.g. --to {shown / 'dataset'}), or pass --force (`force: "
        f"true` in a recipe's publish section) to publish into it: {CARD}, {MANIFEST}, "
        f"{RECIPE_FILE} and the folders {configs} are then replaced, everything else is kept."
    )


def _assemble(
    folder: Path, staging: Path, tree: BuiltTree, old: dict[str, Any] | None, version: str
) -> None:
    """Complete the staged tree into the whole new target: what the old target holds that
    publish did not write, its ``.iad-versions/``, and this version's manifest there."""
    if folder.is_dir():
        os.chmod(staging, stat.S_IMODE(folder.stat().st_mode))
        owned = _owned(old, tree.manifest) - {VERSIONS_DIR}
        for entry in sorted(os.listdir(folder)):
            if entry in owned or entry.startswith(LEGACY_STAGING):
                continue
            _step(f"carry {entry}")
            _carry(folder / entry, staging / entry)
    _step("version")
    write_json(staging / VERSIONS_DIR / f"v{version}.json", tree.manifest)


def _switch(folder: Path, staging: Path, aside: Path) -> None:
    """Put the staged version at ``folder``; see the comment at the top of this section."""
    _step("switch")
    if not folder.exists():
        os.rename(staging, folder)
        return
    if _exchange(staging, folder):
        _step("remove previous")
        shutil.rmtree(staging, ignore_errors=True)  # a leftover is removed by the next run
        return
    os.rename(folder, aside)
    _step("move new into place")
    os.rename(staging, folder)
    _step("remove previous")
    shutil.rmtree(aside, ignore_errors=True)


def _local_versions(target: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted((target / VERSIONS_DIR).glob("v*.json")):
        out[path.stem[1:]] = json.loads(path.read_text(encoding="utf-8"))
    return out


def _publish_local(
    ws: Workspace,
    target: Path,
    version: str,
    dry_run: bool,
    build: dict[str, Any],
    *,
    force: bool = False,
) -> PublishResult:
    result = PublishResult(target=str(target), version=version, tag=f"v{version}")
    folder = target.resolve()  # a link to the target: the folder it names is switched
    if not folder.name:
        raise PublishError(f"{target} is a file system root; publish into a folder inside it.")
    staging, aside = _beside(folder)
    _recover(folder, staging, aside)
    _check_target(folder, target, force)
    versions = _local_versions(folder)
    if version in versions:
        raise PublishError(
            f"version {version} already exists in {target} ({target / VERSIONS_DIR}/v{version}"
            f".json); versions are immutable: publish a higher version."
        )
    previous = max(versions, key=_semver_key) if versions else None
    old = versions.get(previous) if previous else None
    result.previous = previous
    _step("build")
    try:
        tree, result.leaks = build_tree(ws, staging, version=version, **build)
        result.dropped = tree.manifest["dropped"]
        result.diff = diff_manifests(old, tree.manifest)
        result.files, result.bytes = len(tree.files), sum(f.size for f in tree.files)
        unchanged = old is not None and old.get("content_sha256") == tree.content_sha256
        if dry_run or unchanged:
            result.dry_run, result.unchanged = dry_run, unchanged
            result.same_as = f"v{previous}" if unchanged else None
            shutil.rmtree(staging)
            return result
        _assemble(folder, staging, tree, old, version)
        _switch(folder, staging, aside)
    except Exception:
        with contextlib.suppress(OSError):
            _recover(folder, staging, aside)
        raise
    result.committed = result.tagged = True
    result.commit = tree.content_sha256
    return result


# -- Hub --------------------------------------------------------------------------------------


def _hub_manifest(api: Any, repo: str, revision: str) -> dict[str, Any] | None:
    from huggingface_hub.errors import EntryNotFoundError

    try:
        path = api.hf_hub_download(repo, MANIFEST, repo_type="dataset", revision=revision)
    except EntryNotFoundError:
        return None
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def _transport_errors() -> tuple[type[BaseException], ...]:
    """What a failed or dropped Hub request raises: the Hub's HTTP error, and the base error
    of whichever HTTP library this huggingface_hub uses (httpx2, httpx or requests)."""
    from huggingface_hub.errors import HfHubHTTPError

    out: list[type[BaseException]] = [HfHubHTTPError, OSError]
    for module, name in (
        ("httpx2", "HTTPError"),
        ("httpx", "HTTPError"),
        ("requests", "RequestException"),
    ):
        try:
            out.append(getattr(importlib.import_module(module), name))
        except (ImportError, AttributeError):
            continue
    return tuple(out)


def _refuse_template_text_only(ws: Workspace, repo: str) -> None:
    """Records no model wrote go to the Hub only when asked: others would train on them."""
    from iad_data.core.records import TEMPLATE_TEXT_NOTICE, is_template_text
    from iad_data.tasks.registry import record_sets
    from iad_data.tasks.store import teachers_used

    used: Counter[str] = Counter()
    for name in record_sets().names():
        used.update(teachers_used(ws.records_path(name)))
    if used and all(is_template_text(teacher) for teacher in used):
        raise PublishError(
            f"every record in {ws.path / 'records'} was {TEMPLATE_TEXT_NOTICE} "
            f"({', '.join(sorted(used))}). Synthesise with a model --teacher before publishing to "
            f"{repo}, publish to a folder with --to, or pass --allow-template-text to publish "
            "them anyway (the card then says they are template text)."
        )


def _publish_hub(
    ws: Workspace,
    repo: str,
    version: str,
    *,
    private: bool,
    dry_run: bool,
    accept_license_terms: bool,
    token: str | None,
    endpoint: str | None,
    build: dict[str, Any],
) -> PublishResult:
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi
    from huggingface_hub.errors import RepositoryNotFoundError

    api = HfApi(endpoint=endpoint, token=token)
    tag = f"v{version}"
    result = PublishResult(target=f"{api.endpoint}/datasets/{repo}", version=version, tag=tag)
    try:
        info = api.dataset_info(repo)
        exists, is_private = True, bool(info.private)
    except RepositoryNotFoundError:
        exists, is_private = False, private
    except _transport_errors() as exc:
        raise PublishError(f"cannot reach {result.target}: {exc}") from None
    nc = sorted(d for d, lic in licenses(ws.require_samples()).items() if is_non_commercial(lic))
    if nc and not is_private and not accept_license_terms:
        raise PublishError(
            f"{repo} is (or would be) public and holds data under non-commercial licenses "
            f"({', '.join(nc)}). Pass --accept-license-terms to confirm you may redistribute "
            f"it publicly under those terms, or publish with --private."
        )
    head: str | None = None
    tags: dict[str, str] = {}
    head_files: set[str] = set()
    if exists:
        refs = api.list_repo_refs(repo, repo_type="dataset")
        tags = {t.name: t.target_commit for t in refs.tags}
        head = next((b.target_commit for b in refs.branches if b.name == "main"), None)
        if tag in tags:
            raise PublishError(
                f"version {version} already exists in {repo} (tag {tag} -> "
                f"{tags[tag][:12]}); versions are immutable: publish a higher version."
            )
        if head is not None:
            head_files = set(api.list_repo_files(repo, repo_type="dataset", revision=head))
    versions = sorted((t[1:] for t in tags if VERSION_RE.match(t[1:])), key=_semver_key)
    result.previous = versions[-1] if versions else None
    old = _hub_manifest(api, repo, tags[f"v{result.previous}"]) if result.previous else None
    head_manifest = _hub_manifest(api, repo, head) if head and MANIFEST in head_files else None
    staging = ws.path / ".publish-staging"
    tree, result.leaks = build_tree(ws, staging, version=version, **build)
    result.dropped = tree.manifest["dropped"]
    try:
        result.diff = diff_manifests(old, tree.manifest)
        result.files, result.bytes = len(tree.files), sum(f.size for f in tree.files)
        if dry_run:
            result.dry_run = True
            return result
        if not exists:
            api.create_repo(repo, repo_type="dataset", private=private, exist_ok=True)
            refs = api.list_repo_refs(repo, repo_type="dataset")
            head = next((b.target_commit for b in refs.branches if b.name == "main"), None)
        if head_manifest is not None and head_manifest["content_sha256"] == tree.content_sha256:
            on_head = sorted(t for t, c in tags.items() if c == head)
            if on_head:
                result.unchanged, result.same_as, result.commit = True, on_head[0], head
                return result
            result.resumed = True  # committed by an interrupted run, never tagged
        else:
            ops: list[Any] = [CommitOperationAdd(f.path, str(f.local)) for f in tree.files]
            keep = {f.path for f in tree.files} | {".gitattributes"}
            ops += [CommitOperationDelete(p) for p in sorted(head_files - keep)]
            try:
                commit = api.create_commit(
                    repo,
                    ops,
                    commit_message=f"iad-data {tag}",
                    commit_description=f"content {tree.content_sha256}",
                    repo_type="dataset",
                    parent_commit=head,
                )
            except _transport_errors() as exc:
                raise PublishError(
                    f"the upload of {tag} to {repo} was interrupted ({type(exc).__name__}: "
                    f"{exc}). No tag was created, so no half version exists; run the same "
                    f"command again to finish it."
                ) from None
            head = commit.oid
            result.committed = True
        try:
            api.create_tag(repo, tag=tag, revision=head, repo_type="dataset")
        except _transport_errors() as exc:
            raise PublishError(
                f"{repo} received the commit {head} of {tag} but the tag failed "
                f"({type(exc).__name__}: {exc}); run the same command again to tag it."
            ) from None
        result.tagged, result.commit = True, head
        return result
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def publish(
    workspace: str | Path | Workspace,
    options: PublishOptions | None = None,
    *,
    dry_run: bool = False,
    token: str | None = None,
    endpoint: str | None = None,
    progress: bool = True,
    wait: bool = False,
    **overrides: Any,
) -> PublishResult:
    """Publish the workspace as version ``version`` to ``repo`` (Hub) or ``to`` (a folder).

    ``options`` or its fields as keywords are the stage's ``PublishOptions``. With neither
    ``repo`` nor ``to``, the folder ``WORKSPACE/dataset`` is the target. ``endpoint`` overrides
    the Hub URL (default: ``HF_ENDPOINT`` or huggingface.co); ``token`` the Hub token (default:
    ``HF_TOKEN``); ``progress=False`` silences the upload progress bars. The workspace is
    locked while it publishes (``wait``: wait for another writer instead of refusing).
    """
    from iad_data.core.lock import workspace_lock

    opts = make_options(PublishOptions, options, overrides, "publish")
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    with workspace_lock(ws, "publish", wait=wait):
        return _publish(
            ws, opts, dry_run=dry_run, token=token, endpoint=endpoint, progress=progress
        )


def _publish(
    ws: Workspace,
    opts: PublishOptions,
    *,
    dry_run: bool,
    token: str | None,
    endpoint: str | None,
    progress: bool,
) -> PublishResult:
    repo, to, version, private = opts.repo, opts.to, opts.version, opts.private
    allow_leak, accept_license_terms, masks = opts.allow_leak, opts.accept_license_terms, opts.masks
    max_shard_bytes, near_threshold = opts.max_shard_bytes, opts.near_threshold
    started = time.perf_counter()
    v = _version(version)
    name = repo.split("/")[-1] if repo else ws.path.resolve().name
    build: dict[str, Any] = {
        "pretty_name": name,
        "load_id": repo or "PATH/TO/FOLDER",
        "allow_leak": allow_leak,
        "masks": masks,
        "max_shard_bytes": max_shard_bytes,
        "near_threshold": near_threshold,
        "progress": progress,
        "engine": opts.mapper(),
        "require_review": opts.require_review,
    }
    if repo is not None:
        if not re.match(r"^[\w.-]+/[\w.-]+$", repo):
            raise InputError(f"--repo {repo!r} is not ORG/NAME.")
        if not opts.allow_template_text:
            _refuse_template_text_only(ws, repo)
        from huggingface_hub.utils import (  # type: ignore[attr-defined]
            are_progress_bars_disabled,
            disable_progress_bars,
            enable_progress_bars,
        )

        was_disabled = are_progress_bars_disabled()
        if not progress:
            disable_progress_bars()
        try:
            result = _publish_hub(
                ws,
                repo,
                v,
                private=private,
                dry_run=dry_run,
                accept_license_terms=accept_license_terms,
                token=token,
                endpoint=endpoint,
                build=build,
            )
        finally:
            if not progress and not was_disabled:
                enable_progress_bars()
        if to is not None and not dry_run:
            _publish_local(ws, Path(to), v, False, build, force=opts.force)
    else:
        target = Path(to) if to is not None else ws.path / "dataset"
        result = _publish_local(ws, target, v, dry_run, build, force=opts.force)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


__all__ = ["PublishResult", "diff_manifests", "publish"]
