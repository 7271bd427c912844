"""The ledger: every teacher request by content key, so no answer is paid for twice or lost.

One SQLite file in the workspace (``ledger.sqlite``, WAL journal). A row per request key
holds its status, attempts, the parsed response (JSON), the raw text, usage, cost, the
teacher and template that produced it, timestamps, and the batch id while a batch owns it.
Every write commits at once, so a process killed at any point (SIGKILL included) keeps
every answer it received; the next run reads them back instead of sending again.

Statuses are the ``Outcome`` values plus ``pending`` (sent, no answer recorded yet) and
``batched`` (inside a provider batch that a later run resumes polling). Answered, truncated,
refused and unparseable rows were paid for and are final; failed and pending rows are sent
again by the next run.

What SQLite refuses becomes a ``WorkspaceError`` that says what happened and what is kept: a
full disk or a read-only folder never loses an answer already stored (and the message says
so, never that a healthy ledger should be moved aside); a file damaged mid-way, one that is
no SQLite file, or a ledger missing a column is named with how to recover or restore it.

A run that sends from several worker processes (``loops``, or the Ray engine) gives each
worker its own ledger file in ``ledger.shards/`` beside this one, holding only the keys that
worker was dealt (every key goes to exactly one worker, so no two send the same key). Each
worker commits every answer to its file the moment it arrives, as a single run does here;
the driver merges the files into this ledger when the workers end (``merge_shards``), and
every run merges files a killed run left behind before it reads a row, so a re-run resumes
with every answer a dead worker received. Per-worker files rather than one writer fed by
the workers: a worker needs no connection back to the driver to keep an answer (a killed
worker, or a lost driver, loses nothing that arrived), SQLite never has two writers on one
file (the WAL's locks do not hold across machines), and the workers run the same engine
on the same ``Ledger`` as a single run.

Request keys name their server unless it is the provider's own endpoint
(``Teacher.request_key``). Rows stored before that (``unnamed_keys_through`` in ``meta``: the
last row of the ledger when this version first opened it) are found under the key they had
then and moved under today's key by the first run that asks for them
(``adopt_unnamed``), so they are never bought again and never shared by two servers.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from iad_data.errors import WorkspaceError, describe_os_error
from iad_data.teach.requests import Outcome, TeacherRequest, TeacherResponse, Usage

SCHEMA_VERSION = 1
UNNAMED_THROUGH = "unnamed_keys_through"
"""meta: the last rowid stored before request keys named their server"""
PENDING = "pending"
BATCHED = "batched"
PAID = frozenset({Outcome.ANSWERED, Outcome.TRUNCATED, Outcome.REFUSED, Outcome.UNPARSEABLE})
"""outcomes that came back from the model: final, never sent again"""

_DDL = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS requests (
    key TEXT PRIMARY KEY,
    teacher TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    task TEXT NOT NULL,
    template_id TEXT NOT NULL,
    sample_id TEXT,
    response_model TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    response_json TEXT,
    raw_text TEXT,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    latency_s REAL NOT NULL DEFAULT 0,
    error TEXT,
    batch_id TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS requests_batch ON requests (batch_id);
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY,
    teacher TEXT NOT NULL,
    provider TEXT NOT NULL,
    status TEXT NOT NULL,
    requests INTEGER NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""
TABLE_COLUMNS = {
    "meta": ("name", "value"),
    "requests": (
        "key",
        "teacher",
        "provider",
        "model",
        "task",
        "template_id",
        "sample_id",
        "response_model",
        "status",
        "attempts",
        "response_json",
        "raw_text",
        "input_tokens",
        "output_tokens",
        "cost_usd",
        "latency_s",
        "error",
        "batch_id",
        "created_at",
        "updated_at",
    ),
    "batches": (
        "batch_id",
        "teacher",
        "provider",
        "status",
        "requests",
        "created_at",
        "updated_at",
    ),
}
"""every column iad-data reads or writes, per table"""
KEPT = "Nothing is lost: the answers already in the ledger are kept"
_MERGE = f"""
INSERT INTO requests ({", ".join(TABLE_COLUMNS["requests"])})
SELECT {", ".join(TABLE_COLUMNS["requests"])} FROM shard.requests WHERE true
ON CONFLICT(key) DO UPDATE SET
    status=excluded.status, attempts=requests.attempts + excluded.attempts,
    response_json=excluded.response_json, raw_text=excluded.raw_text,
    input_tokens=excluded.input_tokens, output_tokens=excluded.output_tokens,
    cost_usd=requests.cost_usd + excluded.cost_usd, latency_s=excluded.latency_s,
    error=excluded.error, batch_id=excluded.batch_id, updated_at=excluded.updated_at
WHERE requests.status NOT IN ('answered', 'truncated', 'refused', 'unparseable', 'batched')
"""
"""a worker ledger's rows into this one: a paid answer or a batch here is never replaced"""


ModelT = TypeVar("ModelT", bound=BaseModel)
_FIELDS: dict[type[BaseModel], frozenset[str]] = {}


def _construct(model: type[ModelT], values: dict[str, Any]) -> ModelT:
    """``model.model_construct(**values)`` when ``values`` holds every field, at a fifth of
    its cost (pydantic's walks the fields for defaults; these rows have them all)."""
    fields = _FIELDS.get(model)
    if fields is None:
        fields = _FIELDS[model] = frozenset(model.model_fields)
    if values.keys() != fields:
        return model.model_construct(**values)
    made = model.__new__(model)
    object.__setattr__(made, "__dict__", values)
    object.__setattr__(made, "__pydantic_fields_set__", set(values))
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


@dataclass(frozen=True)
class LedgerRow:
    """One request as the ledger holds it."""

    key: str
    teacher: str
    task: str
    template_id: str
    sample_id: str | None
    status: str
    attempts: int
    response_json: str | None
    raw_text: str | None
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_s: float
    error: str | None
    batch_id: str | None
    response_model: str | None

    @property
    def is_final(self) -> bool:
        return self.status in PAID


_COLUMNS = (
    "key, teacher, task, template_id, sample_id, status, attempts, response_json, raw_text,"
    " input_tokens, output_tokens, cost_usd, latency_s, error, batch_id, response_model"
)


class Ledger:
    """The workspace's request ledger (``Ledger(ws.ledger_path)``); close it when done.

    ``models`` maps a teacher task name (the ``task`` column) to the model its answers parse
    into, so ``get`` can parse a row it was not told about; ``iad_data.tasks.registry``'s
    ``response_models()`` covers every task iad-data writes. A row is never read back through
    a module path, so moving code cannot make an old ledger unreadable.
    """

    def __init__(
        self, path: str | Path, models: Mapping[str, type[BaseModel]] | None = None
    ) -> None:
        self.path = Path(path)
        self.models: dict[str, type[BaseModel]] = dict(models or {})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"cannot create the folder of the ledger {self.path}: {describe_os_error(exc)}"
            ) from exc
        with self._guard("open"):
            self._db = sqlite3.connect(
                self.path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
        try:
            with self._guard("open"):
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.executescript(_DDL)
                self._check_columns()
                self.unnamed_through = self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _check_columns(self) -> None:
        for table, wanted in TABLE_COLUMNS.items():
            have = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
            missing = [c for c in wanted if c not in have]
            if missing:
                raise WorkspaceError(
                    f"the ledger {self.path} is not one iad-data can use: its {table} table has "
                    f"no column {', '.join(missing)} (it was edited, or written by another "
                    "program). Restore it from a backup; iad-data leaves this file as it is."
                )

    def _migrate(self) -> int:
        """Stamp a new ledger's schema, refuse a newer one; the last row stored before keys
        named their server (written once, the first time this version opens the ledger)."""
        meta = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        version = meta.get("schema_version")
        if version is None:
            self._execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif not str(version).isdigit():
            raise WorkspaceError(
                f"the ledger {self.path} has schema_version {version!r} in its meta table: it "
                "was not written by iad-data, or was edited. Restore it from a backup."
            )
        elif int(version) > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{self.path} was written by a newer iad-data (ledger schema {version}); upgrade"
            )
        through = meta.get(UNNAMED_THROUGH)
        if through is None:
            last = self._db.execute("SELECT COALESCE(MAX(rowid), 0) FROM requests").fetchone()
            through = str(last[0])
            self._execute("INSERT INTO meta VALUES (?, ?)", (UNNAMED_THROUGH, through))
        return int(through) if str(through).isdigit() else 0

    # ------------------------------------------------------------------ errors

    @contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """What SQLite refuses, as a ``WorkspaceError`` saying what happened and what is kept."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(exc, doing) from exc

    def _error(self, exc: sqlite3.Error, doing: str) -> WorkspaceError:
        name = str(getattr(exc, "sqlite_errorname", "") or "")
        text = str(exc)
        where, folder = self.path, self.path.parent
        what = f"cannot {doing} the ledger {where}"
        vague = name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or not name
        if name.startswith("SQLITE_FULL") or "disk is full" in text or (vague and self._full()):
            return WorkspaceError(
                f"{what}: the disk is full ({text}). {KEPT}, and the next run sends only the "
                f"requests they lack. Free some space on the disk that holds {folder} and run "
                "the command again."
            )
        readonly = name.startswith("SQLITE_READONLY") or "readonly" in text
        if readonly or (vague and not self._writable()):
            return WorkspaceError(
                f"{what}: {folder} or the ledger file is read-only ({text}). {KEPT}. Make it "
                "writable (or copy the whole workspace to a folder you can write) and run the "
                "command again."
            )
        if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
            return WorkspaceError(
                f"the ledger {where} is damaged ({text}): part of the file cannot be read. Do "
                f"not delete it: most of its answers can be recovered with `sqlite3 {where} "
                f'".recover" | sqlite3 {where}.recovered` (then put {where.name}.recovered in '
                f"its place), or restore it from a backup. iad-data leaves this file as it is."
            )
        if name.startswith("SQLITE_NOTADB") or "not a database" in text:
            return WorkspaceError(
                f"{where} is not an iad-data ledger: it is no SQLite database ({text}). If it "
                "is this workspace's ledger, restore it from a backup: its answers cannot be "
                "read from this file. If another file took its name, rename that file; the "
                "next run then starts a new ledger."
            )
        if "no such column" in text or "no such table" in text:
            return WorkspaceError(
                f"the ledger {where} is not one iad-data can use ({text}): it was edited, or "
                "written by another program. Restore it from a backup; iad-data leaves this "
                "file as it is."
            )
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
            return WorkspaceError(
                f"{what}: another process holds it ({text}), perhaps another iad-data run on "
                f"this workspace. {KEPT}. Let it finish, then run the command again."
            )
        return WorkspaceError(
            f"{what} ({type(exc).__name__}: {text}). {KEPT}; check that {folder} is a folder "
            "on a working disk you can write, and run the command again."
        )

    def _full(self) -> bool:
        try:
            return shutil.disk_usage(self.path.parent).free < 64 * 1024
        except OSError:
            return False

    def _writable(self) -> bool:
        folder_ok = os.access(self.path.parent, os.W_OK)
        return folder_ok and (not self.path.exists() or os.access(self.path, os.W_OK))

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Every write goes through here (committed at once: autocommit, or the open
        transaction). Tests that play a full disk override it."""
        return self._db.execute(sql, params)

    def _write(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._guard("write to"):
            self._execute(sql, params)

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._guard("read"):
            return self._db.execute(sql, params).fetchall()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def row(self, key: str) -> LedgerRow | None:
        found = self._read(f"SELECT {_COLUMNS} FROM requests WHERE key=?", (key,))
        return LedgerRow(*found[0]) if found else None

    def rows(self, keys: Iterable[str] | None = None) -> Iterator[LedgerRow]:
        """All rows, or those of ``keys`` (in chunks, any order)."""
        if keys is None:
            query = f"SELECT {_COLUMNS} FROM requests ORDER BY created_at"
            with self._guard("read"):
                cursor = self._db.execute(query)
                while chunk := cursor.fetchmany(512):
                    for found in chunk:
                        yield LedgerRow(*found)
            return
        for found in self._select_keys(_COLUMNS, list(keys)):
            yield LedgerRow(*found)

    def count(self) -> int:
        """Rows in the ledger (requests of every status)."""
        return int(self._read("SELECT COUNT(*) FROM requests")[0][0])

    def _select_keys(self, columns: str, keys: list[str]) -> Iterator[Any]:
        """``SELECT columns`` of the rows of ``keys``, 900 keys a query (SQLite's bound limit)."""
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            yield from self._read(f"SELECT {columns} FROM requests WHERE key IN ({marks})", chunk)

    def answered_at(self, keys: Iterable[str]) -> dict[str, float]:
        """When each paid answer was stored (epoch seconds); keys without one are left out.

        A paid answer is final, so this time never changes: records built from an answer use
        it as their ``created_at`` and a rebuild writes the same bytes.
        """
        wanted = list(dict.fromkeys(keys))
        return {
            key: float(stamp)
            for key, status, stamp in self._select_keys("key, status, updated_at", wanted)
            if status in PAID
        }

    def get(
        self, key: str, response_model: type[BaseModel] | None = None
    ) -> TeacherResponse | None:
        """The recorded response of ``key`` (None when never sent or still pending)."""
        found = self.row(key)
        if found is None or found.status in (PENDING, BATCHED):
            return None
        return self.response_of(found, response_model or self.models.get(found.task))

    def model_for(self, task: str) -> type[BaseModel] | None:
        """The answer model of a teacher task, when this ledger was told it."""
        return self.models.get(task)

    @staticmethod
    def response_of(
        row: LedgerRow, response_model: type[BaseModel] | None = None
    ) -> TeacherResponse:
        model = response_model
        parsed: BaseModel | None = None
        if row.status == Outcome.ANSWERED and row.response_json and model is not None:
            try:
                parsed = model.model_validate_json(row.response_json)
            except ValidationError:
                parsed = None
        # built without re-validation: the ledger wrote these values itself (a cached re-run
        # reads tens of thousands of rows a second)
        usage = _construct(
            Usage, {"input_tokens": row.input_tokens, "output_tokens": row.output_tokens}
        )
        return _construct(
            TeacherResponse,
            {
                "outcome": Outcome(row.status),
                "parsed": parsed,
                "raw_text": row.raw_text or "",
                "usage": usage,
                "cost_usd": row.cost_usd,
                "latency_s": row.latency_s,
                "error": row.error,
            },
        )

    def status_counts(self) -> dict[str, int]:
        query = "SELECT status, COUNT(*) FROM requests GROUP BY status ORDER BY status"
        return {status: count for status, count in self._read(query)}

    def cost_summary(self) -> list[dict[str, Any]]:
        """Requests, outcomes, tokens and dollars per teacher (what the report shows)."""
        query = """
            SELECT teacher, COUNT(*),
                   SUM(status = 'answered'),
                   SUM(status IN ('failed', 'truncated', 'refused', 'unparseable')),
                   SUM(input_tokens), SUM(output_tokens), SUM(cost_usd)
            FROM requests GROUP BY teacher ORDER BY teacher
        """
        return [
            {
                "teacher": teacher,
                "requests": int(requests),
                "answered": int(answered or 0),
                "failed": int(failed or 0),
                "input_tokens": int(tin or 0),
                "output_tokens": int(tout or 0),
                "cost_usd": round(float(cost or 0.0), 6),
            }
            for teacher, requests, answered, failed, tin, tout, cost in self._read(query)
        ]

    # ------------------------------------------------------------------ writing

    def mark_pending(
        self, key: str, request: TeacherRequest, teacher: str, provider: str, model: str
    ) -> None:
        """Record that an attempt is being sent (attempts + 1) before it goes out."""
        now = time.time()
        self._write(
            """
            INSERT INTO requests (key, teacher, provider, model, task, template_id, sample_id,
                                  response_model, status, attempts, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 1, ?, ?)
            ON CONFLICT(key) DO UPDATE SET status='pending', attempts=attempts + 1,
                                           updated_at=excluded.updated_at
            """,
            (
                key,
                teacher,
                provider,
                model,
                request.task,
                request.template_id,
                request.sample_id,
                request.response_model.__name__,
                now,
                now,
            ),
        )

    def record(self, key: str, response: TeacherResponse) -> None:
        """Store the outcome of ``key`` (the row exists: ``mark_pending`` came first)."""
        parsed = response.parsed.model_dump_json() if response.parsed is not None else None
        self._write(
            """
            UPDATE requests SET status=?, response_json=?, raw_text=?, input_tokens=?,
                   output_tokens=?, cost_usd=cost_usd + ?, latency_s=?, error=?, batch_id=NULL,
                   updated_at=?
            WHERE key=?
            """,
            (
                str(response.outcome),
                parsed,
                response.raw_text,
                response.usage.input_tokens,
                response.usage.output_tokens,
                response.cost_usd,
                response.latency_s,
                response.error,
                time.time(),
                key,
            ),
        )

    # ------------------------------------------------------------------ worker ledgers

    @property
    def shard_dir(self) -> Path:
        """Where the worker ledgers of a run live until merged (``ledger.shards/``)."""
        return self.path.with_name(self.path.stem + ".shards")

    def set_meta(self, name: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    def meta(self, name: str) -> str | None:
        found = self._read("SELECT value FROM meta WHERE name=?", (name,))
        return str(found[0][0]) if found else None

    def merge_shards(self) -> int:
        """Merge every worker ledger in ``shard_dir`` into this one and remove it; the rows
        merged. Files a killed run left are merged the same way, so nothing they hold is
        bought again."""
        folder = self.shard_dir
        if not folder.is_dir():
            return 0
        merged = 0
        for path in sorted(folder.glob("*.sqlite")):
            merged += self._merge(path)
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: another file put there by hand
            folder.rmdir()
        return merged

    @staticmethod
    def settled_in(path: Path) -> int:
        """Requests a worker ledger has settled so far (answered or given up on), read
        without locking it for writes: the driver's progress while the workers run. 0 for a
        file not made yet or not readable now."""
        if not path.exists():
            return 0
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
            try:
                found = db.execute(
                    "SELECT COUNT(*) FROM requests WHERE status NOT IN (?, ?)", (PENDING, BATCHED)
                ).fetchone()
            finally:
                db.close()
        except sqlite3.Error:
            return 0
        return int(found[0])

    def _merge(self, path: Path) -> int:
        with self._guard(f"merge the worker ledger {path} into"):
            self._db.execute("ATTACH DATABASE ? AS shard", (str(path),))
        try:
            with self._guard(f"read the worker ledger {path} for"):
                has = self._db.execute(
                    "SELECT COUNT(*) FROM shard.sqlite_master WHERE name='requests'"
                ).fetchone()[0]
            if not has:
                return 0  # killed before it made its tables: it holds nothing
            with self._transaction():
                self._write(_MERGE)
                return int(self._db.execute("SELECT changes()").fetchone()[0])
        finally:
            with self._guard("detach a worker ledger from"):
                self._db.execute("DETACH DATABASE shard")

    # ------------------------------------------------------------------ batches

    def add_batch(
        self,
        batch_id: str,
        teacher: str,
        provider: str,
        model: str,
        items: Sequence[tuple[str, TeacherRequest]],
    ) -> None:
        """Record a submitted batch and the keys it owns, in one transaction."""
        now = time.time()
        with self._transaction():
            self._write(
                "INSERT OR REPLACE INTO batches VALUES (?, ?, ?, 'submitted', ?, ?, ?)",
                (batch_id, teacher, provider, len(items), now, now),
            )
            for key, request in items:
                self.mark_pending(key, request, teacher, provider, model)
                self._write(
                    "UPDATE requests SET status='batched', batch_id=? WHERE key=?",
                    (batch_id, key),
                )

    def open_batches(self, teacher: str) -> list[str]:
        query = "SELECT batch_id FROM batches WHERE teacher=? AND status='submitted' ORDER BY 1"
        return [r[0] for r in self._read(query, (teacher,))]

    def batch_keys(self, batch_id: str) -> list[str]:
        query = "SELECT key FROM requests WHERE batch_id=? AND status='batched'"
        return [r[0] for r in self._read(query, (batch_id,))]

    def close_batch(self, batch_id: str, status: str) -> None:
        with self._transaction():
            self._write(
                "UPDATE batches SET status=?, updated_at=? WHERE batch_id=?",
                (status, time.time(), batch_id),
            )
            self._write(
                "UPDATE requests SET status='failed', error=?, batch_id=NULL WHERE batch_id=? "
                "AND status='batched'",
                (f"batch {batch_id} ended ({status}) without an answer for this request", batch_id),
            )

    # ------------------------------------------------------------------ keys naming servers

    def adopt_unnamed(
        self, unnamed: Mapping[str, str], provider: str, model: str
    ) -> dict[str, LedgerRow]:
        """Paid answers stored before request keys named their server, moved under today's key.

        ``unnamed`` maps today's key to the key the same request had then. A row is taken
        when it was stored before this version first opened the ledger, by the same provider
        and model, and is final; it moves under today's key (a failed or pending attempt of
        today's key gives way), so the first server to ask for it owns it and no other
        server is ever answered from it. Returns the moved rows by today's key.
        """
        if not self.unnamed_through or not unnamed:
            return {}
        new_of = {old: new for new, old in unnamed.items()}
        columns = f"rowid, provider, model, {_COLUMNS}"
        moved: dict[str, LedgerRow] = {}
        for rowid, row_provider, row_model, *values in self._select_keys(columns, list(new_of)):
            row = LedgerRow(*values)
            if rowid > self.unnamed_through or (row_provider, row_model) != (provider, model):
                continue
            new = new_of[row.key]
            if not row.is_final:
                continue
            taken = self._read("SELECT status FROM requests WHERE key=?", (new,))
            if taken and taken[0][0] not in (PENDING, Outcome.FAILED):
                continue  # today's key has an answer or a batch of its own
            with self._transaction():
                self._write("DELETE FROM requests WHERE key=?", (new,))
                self._write("UPDATE requests SET key=? WHERE key=?", (new, row.key))
            moved[new] = replace(row, key=new)
        return moved

    def _transaction(self) -> _Transaction:
        return _Transaction(self)

    def summary(self) -> dict[str, Any]:
        """What ``iad-data ledger`` prints: rows per status, cost per teacher, open batches."""
        open_batches = [
            {"batch_id": b, "teacher": t, "requests": n}
            for b, t, n in self._read(
                "SELECT batch_id, teacher, requests FROM batches WHERE status='submitted'"
            )
        ]
        return {
            "ledger": str(self.path),
            "statuses": self.status_counts(),
            "teachers": self.cost_summary(),
            "open_batches": open_batches,
        }

    def dump(self) -> list[dict[str, Any]]:
        """Every row as a dict (tests, ``iad-data ledger --json``)."""
        return [asdict(row) for row in self.rows()]


def ledger_summary(workspace: str | Path) -> dict[str, Any]:
    """``Ledger.summary`` of a workspace's ledger; a missing ledger is an error naming it."""
    from iad_data.core.workspace import Workspace

    path = Workspace(workspace).ledger_path
    if not path.is_file():
        raise WorkspaceError(
            f"{path} does not exist: no teacher request has been sent from this workspace yet"
        )
    with Ledger(path) as ledger:
        return ledger.summary()


class _Transaction:
    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __enter__(self) -> None:
        self._ledger._write("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self._ledger._write("COMMIT")
            return
        with self._ledger._guard("write to"):
            if self._ledger._db.in_transaction:
                self._ledger._db.execute("ROLLBACK")
