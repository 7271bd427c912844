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
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

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
    """Passed records and the rejects file's reasons, for the card."""
    rows = read_rejects(ws.rejects_path(config))
    reasons = Counter(name for row in rows for name in sorted(reject_findings(row)) or ["unknown"])
    return {"passed": passed, "rejected": len(rows), "reasons": dict(sorted(reasons.items()))}


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
) -> tuple[BuiltTree, dict[str, Any]]:
    """Check the workspace and write the repo tree under ``staging``; (tree, leak summary)."""
    samples = ws.require_samples()
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
    failures = check_records(ws, record_frames, samples)
    if failures:
        shown = "; ".join(failures[:5])
        raise ValidationFailed(
            f"{len(failures)} validation failure(s), so nothing was published: {shown}. "
            f"Re-run the synthesis stage (it moves failing records to {ws.rejects_dir}) or "
            f"delete them from {ws.records_dir}."
        )
    report = find_leaks(
        ws, splits, near_threshold=near_threshold, samples=samples, progress=progress
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
    validation = {
        cfg: _validation_stats(ws, cfg, frame.height) for cfg, frame in record_frames.items()
    }
    card = CardInput(
        pretty_name=pretty_name,
        load_id=load_id,
        configs=parts,
        samples=samples.with_columns(pl.col("sample_id").replace_strict(splits).alias("split")),
        split_settings=split_settings(ws),
        leakage=leak,
        allow_leak=allow_leak,
        validation=validation,
        provenance=provenance_rows(kept),
        toolkit_version=__version__,
        recipe=RECIPE_FILE if recipe.is_file() else None,
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
        "dropped": {cfg: {CROSS_SPLIT_REASON: len(items)} for cfg, items in across.items()},
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


def _local_versions(target: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted((target / VERSIONS_DIR).glob("v*.json")):
        out[path.stem[1:]] = json.loads(path.read_text(encoding="utf-8"))
    return out


def _publish_local(
    ws: Workspace, target: Path, version: str, dry_run: bool, build: dict[str, Any]
) -> PublishResult:
    result = PublishResult(target=str(target), version=version, tag=f"v{version}")
    versions = _local_versions(target)
    if version in versions:
        raise PublishError(
            f"version {version} already exists in {target} ({target / VERSIONS_DIR}/v{version}"
            f".json); versions are immutable: publish a higher version."
        )
    previous = max(versions, key=_semver_key) if versions else None
    old = versions.get(previous) if previous else None
    result.previous = previous
    staging = target / f".iad-staging-v{version}"
    tree, result.leaks = build_tree(ws, staging, version=version, **build)
    result.dropped = tree.manifest["dropped"]
    result.diff = diff_manifests(old, tree.manifest)
    result.files, result.bytes = len(tree.files), sum(f.size for f in tree.files)
    if dry_run or (old is not None and old.get("content_sha256") == tree.content_sha256):
        result.dry_run = dry_run
        result.unchanged = old is not None and old.get("content_sha256") == tree.content_sha256
        result.same_as = f"v{previous}" if result.unchanged else None
        shutil.rmtree(staging)
        return result
    old_dirs = set((old or {}).get("configs", {})) | set(tree.manifest["configs"])
    for name in old_dirs:
        shutil.rmtree(target / name, ignore_errors=True)
    (target / RECIPE_FILE).unlink(missing_ok=True)
    for f in tree.files:
        dest = target / f.path
        dest.parent.mkdir(parents=True, exist_ok=True)
        f.local.replace(dest)
    shutil.rmtree(staging)
    write_json(target / VERSIONS_DIR / f"v{version}.json", tree.manifest)
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
    **overrides: Any,
) -> PublishResult:
    """Publish the workspace as version ``version`` to ``repo`` (Hub) or ``to`` (a folder).

    ``options`` or its fields as keywords are the stage's ``PublishOptions``. With neither
    ``repo`` nor ``to``, the folder ``WORKSPACE/dataset`` is the target. ``endpoint`` overrides
    the Hub URL (default: ``HF_ENDPOINT`` or huggingface.co); ``token`` the Hub token (default:
    ``HF_TOKEN``); ``progress=False`` silences the upload progress bars.
    """
    opts = make_options(PublishOptions, options, overrides, "publish")
    repo, to, version, private = opts.repo, opts.to, opts.version, opts.private
    allow_leak, accept_license_terms, masks = opts.allow_leak, opts.accept_license_terms, opts.masks
    max_shard_bytes, near_threshold = opts.max_shard_bytes, opts.near_threshold
    started = time.perf_counter()
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
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
    }
    if repo is not None:
        if not re.match(r"^[\w.-]+/[\w.-]+$", repo):
            raise InputError(f"--repo {repo!r} is not ORG/NAME.")
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
            _publish_local(ws, Path(to), v, False, build)
    else:
        target = Path(to) if to is not None else ws.path / "dataset"
        result = _publish_local(ws, target, v, dry_run, build)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


__all__ = ["PublishResult", "diff_manifests", "publish"]
