"""A local Hugging Face Hub on 127.0.0.1 that the real ``huggingface_hub`` and ``datasets`` use.

No open-source Hub server supports uploads without a LakeFS/MinIO/Postgres stack, so the
tests run against this one. It keeps, per repository, a commit DAG (each commit maps path
-> blob sha256) and refs (branches and tags -> commit sha), so a revision resolves by
branch, tag or any historical commit sha and old blobs stay downloadable.

What it answers (as ``huggingface_hub`` 2.x and ``datasets`` 5.x call it):

- ``POST /api/repos/create``; ``GET /api/{t}s/{repo}[/revision/{rev}]``;
  ``GET /api/{t}s/{repo}/refs``; ``GET /api/{t}s/{repo}/commits/{rev}``;
  ``POST /api/{t}s/{repo}/branch/{name}``; ``POST /api/{t}s/{repo}/tag/{rev}``
- ``POST /api/{t}s/{repo}/preupload/{rev}`` ("regular" below ``lfs_threshold`` bytes,
  "lfs" from it), the LFS basic batch API ``POST /{prefix}{repo}.git/info/lfs/objects/batch``
  and its ``PUT`` target (set ``HF_HUB_DISABLE_XET=1``: xet is not served)
- ``POST /api/{t}s/{repo}/commit/{rev}`` (NDJSON; ``parentCommit`` mismatch -> 412)
- ``POST /api/validate-yaml``
- ``GET /api/{t}s/{repo}/tree/{rev}[/{path}]`` and ``POST .../paths-info/{rev}``
- ``HEAD``/``GET /{prefix}{repo}/resolve/{rev}/{path}`` with ``Range``

Errors carry ``X-Error-Code`` (RepoNotFound, RevisionNotFound, EntryNotFound), which is what
the clients read. ``fail_next_commit("before"|"after")`` drops the connection in the middle
of the next commit, before or after it is applied, to test interrupted uploads.

Use ``FakeHub()`` as a context manager and ``hub_client(hub.url, cache_dir)`` to point the
already-imported clients at it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

from fakes._server import QuickStopServer

REPO_TYPES = {"models": "model", "datasets": "dataset", "spaces": "space"}
URL_PREFIXES = {"model": "", "dataset": "datasets/", "space": "spaces/"}
RESOLVE_TEMPLATE = "/{repo_id}/resolve/{revision}/{filename}"
EMPTY_GITATTRIBUTES = b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"


def git_blob_oid(data: bytes) -> str:
    """The git object id of a blob, which the Hub reports as a regular file's ``oid``."""
    return hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()


def lfs_pointer(sha256: str, size: int) -> bytes:
    return (
        f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256}\nsize {size}\n"
    ).encode()


@dataclass(frozen=True)
class Entry:
    sha256: str
    size: int
    lfs: bool


@dataclass
class Commit:
    oid: str
    parent: str | None
    files: dict[str, Entry]
    title: str
    message: str
    date: float


@dataclass
class Repo:
    repo_id: str
    repo_type: str
    private: bool
    commits: dict[str, Commit] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)


class HubError(Exception):
    """An HTTP error the handler turns into a response with ``X-Error-Code``."""

    def __init__(
        self, status: int, message: str, code: str | None = None, commit: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.commit = commit


class _DropConnection(Exception):
    """Close the socket without an answer (fault injection)."""


class FakeHub:
    """The server and its state. Start with ``start()`` or ``with FakeHub() as hub:``."""

    def __init__(self, lfs_threshold: int = 1024) -> None:
        self.lfs_threshold = lfs_threshold
        self.repos: dict[tuple[str, str], Repo] = {}
        self.blobs: dict[str, bytes] = {}
        """sha256 hex -> content, for regular and LFS files alike"""
        self.requests: list[tuple[str, str]] = []
        """(method, path) of every request, in order: tests assert what was (not) called"""
        self._commit_faults: list[str] = []
        self._lock = threading.RLock()
        self._server: QuickStopServer | None = None
        self._thread: threading.Thread | None = None
        self._counter = 0

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeHub is not started")
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> FakeHub:
        hub = self

        class Handler(_Handler):
            pass

        Handler.hub = hub
        self._server = QuickStopServer(("127.0.0.1", 0), Handler)
        self._thread = self._server.serve_in_thread()
        return self

    def stop(self) -> None:
        """Stop at once (the server loop wakes on shutdown, it does not poll)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- fault injection and inspection ----------------------------------------------------

    def fail_next_commit(self, when: str = "before") -> None:
        """Drop the connection during the next commit: ``before`` or ``after`` applying it."""
        if when not in ("before", "after"):
            raise ValueError("when must be 'before' or 'after'")
        self._commit_faults.append(when)

    def calls(self, method: str, contains: str = "") -> list[str]:
        return [p for m, p in self.requests if m == method and contains in p]

    def repo(self, repo_id: str, repo_type: str = "dataset") -> Repo:
        return self._repo(repo_type, repo_id)

    def files_at(self, repo_id: str, rev: str, repo_type: str = "dataset") -> dict[str, bytes]:
        """Path -> content of every file at a revision (for assertions)."""
        with self._lock:
            repo = self._repo(repo_type, repo_id)
            commit = self._resolve(repo, rev)
            return {p: self.blobs[e.sha256] for p, e in commit.files.items()}

    # -- state -----------------------------------------------------------------------------

    def _repo(self, repo_type: str, repo_id: str) -> Repo:
        repo = self.repos.get((repo_type, repo_id))
        if repo is None:
            raise HubError(404, f"Repository {repo_id} not found", "RepoNotFound")
        return repo

    def _new_oid(self, *parts: str) -> str:
        self._counter += 1
        text = "\x00".join((*parts, str(self._counter), repr(time.time())))
        return hashlib.sha1(text.encode()).hexdigest()

    def _store(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.blobs.setdefault(sha, data)
        return sha

    def _resolve(self, repo: Repo, rev: str) -> Commit:
        name = rev
        for prefix in ("refs/heads/", "refs/tags/"):
            if name.startswith(prefix):
                name = name[len(prefix) :]
        oid = repo.branches.get(name) or repo.tags.get(name)
        if oid is None and len(rev) >= 7 and all(c in "0123456789abcdef" for c in rev):
            matches = [c for c in repo.commits if c.startswith(rev)]
            oid = matches[0] if len(matches) == 1 else None
        if oid is None:
            raise HubError(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        return repo.commits[oid]

    def create_repo(self, repo_type: str, repo_id: str, private: bool) -> Repo:
        with self._lock:
            if (repo_type, repo_id) in self.repos:
                raise HubError(409, "You already created this repo")
            repo = Repo(repo_id, repo_type, private)
            sha = self._store(EMPTY_GITATTRIBUTES)
            oid = self._new_oid(repo_id, "initial")
            repo.commits[oid] = Commit(
                oid,
                None,
                {".gitattributes": Entry(sha, len(EMPTY_GITATTRIBUTES), False)},
                "initial commit",
                "",
                time.time(),
            )
            repo.branches["main"] = oid
            self.repos[(repo_type, repo_id)] = repo
            return repo

    def commit(self, repo: Repo, rev: str, lines: list[dict[str, Any]]) -> Commit:
        """Apply one NDJSON commit atomically: every operation is checked before any is kept."""
        if rev not in repo.branches:
            if rev in repo.tags or any(c.startswith(rev) for c in repo.commits):
                raise HubError(400, f"Cannot commit to {rev}: not a branch")
            raise HubError(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        head = repo.commits[repo.branches[rev]]
        if not lines or lines[0].get("key") != "header":
            raise HubError(400, "first line of a commit must be the header")
        header = lines[0]["value"]
        parent = header.get("parentCommit")
        if parent is not None and not head.oid.startswith(parent):
            raise HubError(
                412, f"A commit has happened since. Parent {parent} is not the head {head.oid}"
            )
        files = dict(head.files)
        for line in lines[1:]:
            key, value = line.get("key"), line.get("value", {})
            path = value.get("path", "")
            if key == "file":
                data = base64.b64decode(value["content"])
                files[path] = Entry(self._store(data), len(data), False)
            elif key == "lfsFile":
                oid = value["oid"]
                if oid not in self.blobs:
                    raise HubError(
                        422, f"LFS object {oid} of {path} was never uploaded: upload it first"
                    )
                files[path] = Entry(oid, len(self.blobs[oid]), True)
            elif key == "deletedFile":
                if path not in files:
                    raise HubError(404, "A file with this name doesn't exist", "EntryNotFound")
                del files[path]
            elif key == "deletedFolder":
                prefix = path.rstrip("/") + "/"
                files = {p: e for p, e in files.items() if not p.startswith(prefix)}
            else:
                raise HubError(400, f"unknown commit operation {key!r}")
        oid = self._new_oid(repo.repo_id, head.oid, json.dumps(sorted(files)))
        title, message = header.get("summary", ""), header.get("description", "")
        commit = Commit(oid, head.oid, files, title, message, time.time())
        repo.commits[oid] = commit
        repo.branches[rev] = oid
        return commit

    # -- JSON views ------------------------------------------------------------------------

    def entry_json(self, path: str, entry: Entry) -> dict[str, Any]:
        if entry.lfs:
            pointer = lfs_pointer(entry.sha256, entry.size)
            return {
                "type": "file",
                "path": path,
                "size": entry.size,
                "oid": git_blob_oid(pointer),
                "lfs": {"oid": entry.sha256, "size": entry.size, "pointerSize": len(pointer)},
            }
        data = self.blobs[entry.sha256]
        return {"type": "file", "path": path, "size": entry.size, "oid": git_blob_oid(data)}

    def remote_oid(self, entry: Entry) -> str:
        """What ``CommitOperationAdd._local_oid`` is compared with: sha256 for LFS, git oid."""
        return entry.sha256 if entry.lfs else git_blob_oid(self.blobs[entry.sha256])

    def tree(self, commit: Commit, path: str, recursive: bool) -> list[dict[str, Any]]:
        prefix = path.strip("/") + "/" if path.strip("/") else ""
        if prefix and not any(p.startswith(prefix) for p in commit.files):
            raise HubError(404, f"{path} does not exist", "EntryNotFound", commit.oid)
        out: dict[str, dict[str, Any]] = {}
        for p, entry in sorted(commit.files.items()):
            if not p.startswith(prefix):
                continue
            rest = p[len(prefix) :].split("/")
            if recursive:
                for i in range(1, len(rest)):
                    d = prefix + "/".join(rest[:i])
                    out.setdefault(d, self.dir_json(d))
                out[p] = self.entry_json(p, entry)
            elif len(rest) == 1:
                out[p] = self.entry_json(p, entry)
            else:
                d = prefix + rest[0]
                out.setdefault(d, self.dir_json(d))
        return list(out.values())

    @staticmethod
    def dir_json(path: str) -> dict[str, Any]:
        return {"type": "directory", "path": path, "oid": hashlib.sha1(path.encode()).hexdigest()}

    def info_json(self, repo: Repo, commit: Commit) -> dict[str, Any]:
        card: dict[str, Any] | None = None
        readme = commit.files.get("README.md")
        if readme is not None:
            card = _front_matter(self.blobs[readme.sha256].decode("utf-8", "replace"))
        return {
            "id": repo.repo_id,
            "author": repo.repo_id.split("/")[0],
            "sha": commit.oid,
            "private": repo.private,
            "gated": False,
            "disabled": False,
            "lastModified": _iso(commit.date),
            "createdAt": _iso(min(c.date for c in repo.commits.values())),
            "tags": [],
            "downloads": 0,
            "likes": 0,
            "cardData": card,
            "siblings": [{"rfilename": p} for p in sorted(commit.files)],
        }


def _iso(t: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(t))


def _front_matter(text: str) -> dict[str, Any] | None:
    """The README's YAML header as a dict; ValueError when it is not a mapping."""
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    if end < 0:
        raise ValueError("the YAML header opened with --- is never closed")
    data = yaml.safe_load(text[3:end]) or {}
    if not isinstance(data, dict):
        raise ValueError("the YAML header is not a mapping")
    return data


def _check_card_yaml(data: dict[str, Any]) -> list[str]:
    """What the Hub rejects in a dataset card's metadata (a subset that matters here)."""
    errors = []
    lic = data.get("license")
    if lic is not None and not (
        isinstance(lic, str) or (isinstance(lic, list) and all(isinstance(x, str) for x in lic))
    ):
        errors.append('"license" must be a string or a list of strings')
    configs = data.get("configs", [])
    if not isinstance(configs, list):
        errors.append('"configs" must be a list')
        configs = []
    for cfg in configs:
        if not isinstance(cfg, dict) or not isinstance(cfg.get("config_name"), str):
            errors.append('"configs" items need a "config_name"')
            continue
        files = cfg.get("data_files")
        if files is not None and not isinstance(files, str | list | dict):
            errors.append(f'"data_files" of {cfg["config_name"]} is malformed')
    return errors


class _Handler(BaseHTTPRequestHandler):
    hub: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    # -- plumbing --------------------------------------------------------------------------

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "application/json",
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def _json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(data).encode(), headers=headers)

    def _drop(self) -> None:
        self.close_connection = True
        with suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _dispatch(self) -> None:
        hub = self.hub
        parts = urlsplit(self.path)
        hub.requests.append((self.command, parts.path))
        try:
            with hub._lock:
                self._route(parts.path, parse_qs(parts.query))
        except _DropConnection:
            self._drop()
        except HubError as exc:
            headers = {"X-Error-Message": str(exc)}
            if exc.code:
                headers["X-Error-Code"] = exc.code
            if exc.commit:
                headers["X-Repo-Commit"] = exc.commit
            if exc.status == 404 and exc.code is None:
                headers["X-Error-Code"] = "EntryNotFound"
            self._json(exc.status, {"error": str(exc)}, headers)
        except (ValueError, KeyError, json.JSONDecodeError) as exc:
            self._json(400, {"error": f"bad request: {exc}"})

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _dispatch  # noqa: N815

    # -- routing ---------------------------------------------------------------------------

    def _split_repo(self, segments: list[str]) -> tuple[str, list[str]]:
        """``[ns, name, *rest]`` -> (repo id, rest); a repo id without namespace if known."""
        if len(segments) >= 2:
            return f"{segments[0]}/{segments[1]}", segments[2:]
        return segments[0], segments[1:]

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        hub = self.hub
        seg = path.split("/")[1:]
        if path == "/api/repos/create" and self.command == "POST":
            return self._create_repo()
        if path == "/api/validate-yaml" and self.command == "POST":
            return self._validate_yaml()
        if path == "/api/whoami-v2":
            return self._json(200, {"type": "user", "name": "fake-user", "orgs": []})
        if path.startswith("/lfs-upload/") and self.command == "PUT":
            return self._lfs_put(seg[1])
        if seg and seg[0] == "api" and len(seg) >= 3 and seg[1] in REPO_TYPES:
            repo_type = REPO_TYPES[seg[1]]
            repo_id, rest = self._split_repo(seg[2:])
            repo = hub._repo(repo_type, repo_id)
            return self._api(repo, rest, query)
        # LFS batch: /{prefix}{ns}/{name}.git/info/lfs/objects/batch
        if path.endswith(".git/info/lfs/objects/batch") and self.command == "POST":
            repo_type = "dataset" if seg[0] == "datasets" else "space" if seg[0] == "spaces" else ""
            inner = seg[1:] if repo_type else seg
            repo_type = repo_type or "model"
            repo_id = "/".join(inner[: inner.index("info") if "info" in inner else 2])
            return self._lfs_batch(hub._repo(repo_type, repo_id.removesuffix(".git")))
        # resolve: /{prefix}{ns}/{name}/resolve/{rev}/{path}
        if "resolve" in seg and self.command in ("GET", "HEAD"):
            repo_type = "dataset" if seg[0] == "datasets" else "space" if seg[0] == "spaces" else ""
            inner = seg[1:] if repo_type else seg
            i = inner.index("resolve")
            repo = hub._repo(repo_type or "model", "/".join(inner[:i]))
            rev = unquote(inner[i + 1])
            file_path = unquote("/".join(inner[i + 2 :]))
            return self._resolve_file(repo, rev, file_path)
        raise HubError(404, f"no route for {self.command} {path}", "EntryNotFound")

    def _api(self, repo: Repo, rest: list[str], query: dict[str, list[str]]) -> None:
        hub = self.hub
        action = rest[0] if rest else ""
        method = self.command
        if method == "GET" and action == "":
            return self._json(200, hub.info_json(repo, hub._resolve(repo, "main")))
        if method == "GET" and action == "revision":
            rev = unquote("/".join(rest[1:]))
            return self._json(200, hub.info_json(repo, hub._resolve(repo, rev)))
        if method == "GET" and action == "refs":
            return self._json(200, self._refs(repo))
        if method == "GET" and action == "commits":
            return self._commits(repo, unquote("/".join(rest[1:])))
        if method == "GET" and action == "tree":
            rev = unquote(rest[1])
            sub = unquote("/".join(rest[2:]))
            recursive = query.get("recursive", ["false"])[0].lower() in ("true", "1")
            commit = hub._resolve(repo, rev)
            return self._json(200, hub.tree(commit, sub, recursive))
        if method == "POST" and action == "paths-info":
            commit = hub._resolve(repo, unquote("/".join(rest[1:])))
            form = parse_qs(self._body().decode())
            out = []
            for p in form.get("paths", []):
                p = p.strip("/")
                if p in commit.files:
                    out.append(hub.entry_json(p, commit.files[p]))
                elif any(f.startswith(p + "/") for f in commit.files):
                    out.append(hub.dir_json(p))
            return self._json(200, out)
        if method == "POST" and action == "preupload":
            return self._preupload(repo, unquote("/".join(rest[1:])))
        if method == "POST" and action == "commit":
            return self._commit(repo, unquote("/".join(rest[1:])))
        if method == "POST" and action == "branch":
            return self._create_branch(repo, unquote("/".join(rest[1:])))
        if method == "POST" and action == "tag":
            return self._create_tag(repo, unquote("/".join(rest[1:])))
        raise HubError(404, f"no route for {method} {action}", "EntryNotFound")

    # -- handlers --------------------------------------------------------------------------

    def _create_repo(self) -> None:
        data = json.loads(self._body() or b"{}")
        name, org = data.get("name"), data.get("organization")
        if not name:
            raise HubError(400, "repo name is required")
        repo_id = f"{org}/{name}" if org else f"fake-user/{name}"
        repo_type = data.get("type") or "model"
        private = bool(data.get("private")) or data.get("visibility") == "private"
        self.hub.create_repo(repo_type, repo_id, private)
        prefix = URL_PREFIXES.get(repo_type, "")
        self._json(200, {"url": f"{self.hub.url}/{prefix}{repo_id}", "name": repo_id})

    def _validate_yaml(self) -> None:
        data = json.loads(self._body() or b"{}")
        try:
            meta = _front_matter(data.get("content", "")) or {}
            errors = _check_card_yaml(meta)
        except (ValueError, yaml.YAMLError) as exc:
            errors = [f"Invalid YAML in README.md: {exc}"]
        if errors:
            return self._json(400, {"errors": [{"message": e} for e in errors]})
        self._json(200, {"warnings": []})

    def _refs(self, repo: Repo) -> dict[str, Any]:
        return {
            "branches": [
                {"name": n, "ref": f"refs/heads/{n}", "targetCommit": c}
                for n, c in sorted(repo.branches.items())
            ],
            "converts": [],
            "tags": [
                {"name": n, "ref": f"refs/tags/{n}", "targetCommit": c}
                for n, c in sorted(repo.tags.items())
            ],
            "pullRequests": [],
        }

    def _commits(self, repo: Repo, rev: str) -> None:
        commit: Commit | None = self.hub._resolve(repo, rev or "main")
        out = []
        while commit is not None:
            out.append(
                {
                    "id": commit.oid,
                    "title": commit.title,
                    "message": commit.message,
                    "authors": [{"user": "fake-user"}],
                    "date": _iso(commit.date),
                }
            )
            commit = repo.commits.get(commit.parent) if commit.parent else None
        self._json(200, out)

    def _create_branch(self, repo: Repo, name: str) -> None:
        data = json.loads(self._body() or b"{}")
        if name in repo.branches:
            raise HubError(409, f"Branch {name} already exists")
        start = self.hub._resolve(repo, data.get("startingPoint") or "main")
        repo.branches[name] = start.oid
        self._json(200, {})

    def _create_tag(self, repo: Repo, rev: str) -> None:
        data = json.loads(self._body() or b"{}")
        tag = data.get("tag")
        if not tag:
            raise HubError(400, "tag name is required")
        if tag in repo.tags:
            raise HubError(409, f"Tag {tag} already exists")
        repo.tags[tag] = self.hub._resolve(repo, rev).oid
        self._json(200, {})

    def _preupload(self, repo: Repo, rev: str) -> None:
        data = json.loads(self._body() or b"{}")
        head = self.hub._resolve(repo, rev).files if rev in repo.branches else {}
        out = []
        for f in data.get("files", []):
            mode = "lfs" if int(f.get("size", 0)) >= self.hub.lfs_threshold else "regular"
            existing = head.get(f["path"])
            oid = self.hub.remote_oid(existing) if existing is not None else None
            out.append({"path": f["path"], "uploadMode": mode, "shouldIgnore": False, "oid": oid})
        self._json(200, {"files": out, "commitOid": repo.branches.get(rev)})

    def _lfs_batch(self, repo: Repo) -> None:
        data = json.loads(self._body() or b"{}")
        objects = []
        for obj in data.get("objects", []):
            oid, size = obj["oid"], int(obj["size"])
            item: dict[str, Any] = {"oid": oid, "size": size, "authenticated": True}
            if oid not in self.hub.blobs:
                item["actions"] = {"upload": {"href": f"{self.hub.url}/lfs-upload/{oid}"}}
            objects.append(item)
        body = json.dumps({"transfer": "basic", "objects": objects}).encode()
        self._send(200, body, "application/vnd.git-lfs+json")

    def _lfs_put(self, oid: str) -> None:
        data = self._body()
        if hashlib.sha256(data).hexdigest() != oid:
            raise HubError(400, f"uploaded content does not hash to {oid}")
        self.hub.blobs[oid] = data
        self._send(200)

    def _commit(self, repo: Repo, rev: str) -> None:
        raw = self._body()
        fault = self.hub._commit_faults.pop(0) if self.hub._commit_faults else None
        if fault == "before":
            raise _DropConnection()
        lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
        commit = self.hub.commit(repo, rev, lines)
        if fault == "after":
            raise _DropConnection()
        prefix = URL_PREFIXES.get(repo.repo_type, "")
        self._json(
            200,
            {
                "commitUrl": f"{self.hub.url}/{prefix}{repo.repo_id}/commit/{commit.oid}",
                "commitOid": commit.oid,
                "pullRequestUrl": None,
                "success": True,
            },
        )

    def _resolve_file(self, repo: Repo, rev: str, path: str) -> None:
        commit = self.hub._resolve(repo, rev)
        entry = commit.files.get(path)
        if entry is None:
            raise HubError(404, f"{path} does not exist at {rev}", "EntryNotFound", commit.oid)
        data = self.hub.blobs[entry.sha256]
        etag = entry.sha256 if entry.lfs else git_blob_oid(data)
        headers = {"X-Repo-Commit": commit.oid, "ETag": f'"{etag}"', "Accept-Ranges": "bytes"}
        if entry.lfs:
            headers["X-Linked-Etag"] = f'"{etag}"'
            headers["X-Linked-Size"] = str(entry.size)
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            start_s, _, end_s = rng[6:].split(",")[0].partition("-")
            size = len(data)
            if start_s:
                start, end = int(start_s), int(end_s) if end_s else size - 1
            else:  # suffix range: the last N bytes
                start, end = max(0, size - int(end_s)), size - 1
            if start >= size:
                headers["Content-Range"] = f"bytes */{size}"
                return self._send(416, b"", "application/octet-stream", headers)
            end = min(end, size - 1)
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
            return self._send(206, data[start : end + 1], "application/octet-stream", headers)
        self._send(200, data, "application/octet-stream", headers, length=len(data))


@contextmanager
def hub_client(endpoint: str, cache_dir: str | Path | None = None) -> Iterator[None]:
    """Point the already-imported ``huggingface_hub`` and ``datasets`` at ``endpoint``.

    Both libraries read ``HF_ENDPOINT`` and friends at import time; this patches the
    module constants they computed (as ``datasets``' own test fixtures do) and restores
    them on exit. Xet is disabled (the fake serves LFS), download counting and the
    dataset viewer are off, offline mode is off.
    """
    import datasets.config as dconfig
    from huggingface_hub import constants

    endpoint = endpoint.rstrip("/")
    patches: list[tuple[Any, str, Any]] = [
        (constants, "ENDPOINT", endpoint),
        (constants, "HUGGINGFACE_CO_URL_TEMPLATE", endpoint + RESOLVE_TEMPLATE),
        (constants, "HF_HUB_DISABLE_XET", True),
        (constants, "HF_HUB_OFFLINE", False),
        (dconfig, "HF_ENDPOINT", endpoint),
        (dconfig, "HUB_DATASETS_URL", endpoint + "/datasets/{repo_id}/resolve/{revision}/{path}"),
        (dconfig, "HF_UPDATE_DOWNLOAD_COUNTS", False),
        (dconfig, "USE_PARQUET_EXPORT", False),
        (dconfig, "HF_HUB_OFFLINE", False),
    ]
    if cache_dir is not None:
        cache = Path(cache_dir)
        patches += [
            (constants, "HF_HUB_CACHE", str(cache / "hub")),
            (dconfig, "HF_DATASETS_CACHE", cache / "datasets"),
        ]
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in patches]
    for mod, name, value in patches:
        setattr(mod, name, value)
    try:
        from huggingface_hub import HfFileSystem

        HfFileSystem.clear_instance_cache()
        yield
    finally:
        for mod, name, value in saved:
            setattr(mod, name, value)
        from huggingface_hub import HfFileSystem

        HfFileSystem.clear_instance_cache()


__all__ = ["FakeHub", "HubError", "git_blob_oid", "hub_client"]
