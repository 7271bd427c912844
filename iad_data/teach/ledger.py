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
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from iad_data.errors import WorkspaceError
from iad_data.teach.requests import Outcome, TeacherRequest, TeacherResponse, Usage

SCHEMA_VERSION = 1
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(
                self.path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_DDL)
            row = self._db.execute("SELECT value FROM meta WHERE name='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(
                f"{self.path} is not a readable iad-data ledger ({exc}); move it aside and re-run"
            ) from exc
        if row is None:
            self._db.execute(
                "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        elif int(row[0]) > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{self.path} was written by a newer iad-data (ledger schema {row[0]}); upgrade"
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def row(self, key: str) -> LedgerRow | None:
        found = self._db.execute(f"SELECT {_COLUMNS} FROM requests WHERE key=?", (key,)).fetchone()
        return LedgerRow(*found) if found else None

    def rows(self, keys: Iterable[str] | None = None) -> Iterator[LedgerRow]:
        """All rows, or those of ``keys`` (in chunks, any order)."""
        if keys is None:
            for found in self._db.execute(f"SELECT {_COLUMNS} FROM requests ORDER BY created_at"):
                yield LedgerRow(*found)
            return
        for found in self._select_keys(_COLUMNS, list(keys)):
            yield LedgerRow(*found)

    def _select_keys(self, columns: str, keys: list[str]) -> Iterator[Any]:
        """``SELECT columns`` of the rows of ``keys``, 900 keys a query (SQLite's bound limit)."""
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(
                f"SELECT {columns} FROM requests WHERE key IN ({marks})", chunk
            )

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
        # built without re-validation: the ledger wrote these values itself (cached reruns
        # read thousands of rows a second)
        return TeacherResponse.model_construct(
            outcome=Outcome(row.status),
            parsed=parsed,
            raw_text=row.raw_text or "",
            usage=Usage.model_construct(
                input_tokens=row.input_tokens, output_tokens=row.output_tokens
            ),
            cost_usd=row.cost_usd,
            latency_s=row.latency_s,
            error=row.error,
        )

    def status_counts(self) -> dict[str, int]:
        query = "SELECT status, COUNT(*) FROM requests GROUP BY status ORDER BY status"
        return {status: count for status, count in self._db.execute(query)}

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
            for teacher, requests, answered, failed, tin, tout, cost in self._db.execute(query)
        ]

    # ------------------------------------------------------------------ writing

    def mark_pending(
        self, key: str, request: TeacherRequest, teacher: str, provider: str, model: str
    ) -> None:
        """Record that an attempt is being sent (attempts + 1) before it goes out."""
        now = time.time()
        self._db.execute(
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
        self._db.execute(
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
            self._db.execute(
                "INSERT OR REPLACE INTO batches VALUES (?, ?, ?, 'submitted', ?, ?, ?)",
                (batch_id, teacher, provider, len(items), now, now),
            )
            for key, request in items:
                self.mark_pending(key, request, teacher, provider, model)
                self._db.execute(
                    "UPDATE requests SET status='batched', batch_id=? WHERE key=?",
                    (batch_id, key),
                )

    def open_batches(self, teacher: str) -> list[str]:
        query = "SELECT batch_id FROM batches WHERE teacher=? AND status='submitted' ORDER BY 1"
        return [r[0] for r in self._db.execute(query, (teacher,))]

    def batch_keys(self, batch_id: str) -> list[str]:
        query = "SELECT key FROM requests WHERE batch_id=? AND status='batched'"
        return [r[0] for r in self._db.execute(query, (batch_id,))]

    def close_batch(self, batch_id: str, status: str) -> None:
        self._db.execute(
            "UPDATE batches SET status=?, updated_at=? WHERE batch_id=?",
            (status, time.time(), batch_id),
        )
        self._db.execute(
            "UPDATE requests SET status='failed', error=?, batch_id=NULL WHERE batch_id=? "
            "AND status='batched'",
            (f"batch {batch_id} ended ({status}) without an answer for this request", batch_id),
        )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def summary(self) -> dict[str, Any]:
        """What ``iad-data ledger`` prints: rows per status, cost per teacher, open batches."""
        open_batches = [
            {"batch_id": b, "teacher": t, "requests": n}
            for b, t, n in self._db.execute(
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
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
