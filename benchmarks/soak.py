"""Soak: ``synthesize-cot`` through a gateway that corrupts answers, with a stall, a full-disk
window and 20 SIGKILLs, then re-runs; prints what was paid twice, what was lost, and whether
the records equal an uninterrupted run's (issue 14).

    python benchmarks/soak.py [--kills 20] [--seed 0] [--json OUT]

Setup: a synthetic MVTec tree (6 categories, ~190 samples of 64 px) ingested once; the fake
OpenAI-compatible server (``tests/fakes/fake_llm.py``) runs in this process and answers every
prompt with the trace the offline teacher would write (``tests/expert_ad_faults.py``), so
each request has one right answer and one record.

1. **Reference**: a copy of the workspace, one uninterrupted ``iad-data synthesize-cot`` run
   (a subprocess, 4 workers) against the fake with no faults.
2. **Soak**: another copy, the same command, the fake now a careless gateway: ~13% of the
   attempts get a 200 whose body is not JSON, cut short, empty, an HTML page, of the wrong
   shape or types, or with negative / absurd token counts, a body dripped a byte every
   0.2 s (cut off by ``--timeout 1.5``), a 429 or a 500, or a dropped connection. Each run
   is SIGKILLed at a random answer count (``FakeLLM.hold_after(n)``, n in 1..12: the kill
   lands once the n answers are taken in and all four workers wait on the server, the
   moment with the most requests in flight; the held requests are then closed unanswered),
   20 times, then re-run to the end. Once, the server stalls for 3 s (every request held,
   then dropped: the clients' whole-attempt deadline cuts them off and they retry). Once,
   the disk fills mid-run: a real full disk (a 64 MiB tmpfs holding the workspace, filled
   the moment the first request after n answers reaches the server, freed once the run
   ends), so answers arrive while their predecessors are still being stored, when this runs
   as root and may mount one, else writes to the ledger made to fail with SQLite's
   "database or disk is full" from that moment (a monkeypatched write in the child); the
   output says which.

Counted at the fake, by a content key of each request (model, prompts, image bytes):

- **requests paid twice**: complete answers sold more than once for one key (must be 0;
  answers the full-disk run named as not stored are counted apart: buying those again is
  what a full disk costs);
- **answers lost**: answers sold to a run that it neither stored in the ledger nor named in
  its error (must be 0);
- **records equal**: the soak's final ``records/expert_ad.parquet`` equals the reference's,
  record by record, apart from ``created_at`` (the time the ledger stored each answer).

Needs about 2 minutes on 2 cores. Prints figures; exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent / "tests"
"""where ``fakes.fake_llm`` and ``expert_ad_faults`` live (test code, not the package)"""
sys.path.insert(0, str(TESTS))

from expert_ad_faults import truth_from_prompt  # noqa: E402
from fakes.fake_llm import PAID_OUTCOMES, FakeLLM, FakeRequest, Faults  # noqa: E402

from iad_data.tasks.expert_ad.offline import offline_trace  # noqa: E402

MODEL = "local-vlm"
WORKERS = 4
TIMEOUT_S = 1.5
PAID_STATUSES = ("answered", "truncated", "refused", "unparseable")
GATEWAY = {
    "not_json": 0.015,
    "truncated_body": 0.015,
    "empty_body": 0.01,
    "html": 0.01,
    "wrong_shape": 0.01,
    "wrong_types": 0.01,
    "negative_usage": 0.01,
    "absurd_usage": 0.01,
    "drip": 0.02,
    "rate_limit": 0.01,
    "server_error": 0.01,
    "drop": 0.015,
}
"""share of attempts per fault (``Faults`` fields); the rest are answered as they should be"""
FULL_FLAG_ENV = "IAD_SOAK_FULL_FLAG"


def right_answer(fake: FakeRequest) -> str:
    """What the offline teacher would answer the prompt (every rule passes)."""
    truth, product, _ = truth_from_prompt(fake.user_text)
    return offline_trace(truth, fake.user_text, product).model_dump_json()


# ---------------------------------------------------------------- the child (fallback disk)


def child_main(flag: str, argv: list[str]) -> None:
    """Run the CLI with ledger writes failing as a full disk does once ``flag`` exists: the
    fallback where no real full disk can be made (not root)."""
    from iad_data.cli.main import main as cli_main
    from iad_data.teach.ledger import Ledger

    real = Ledger._execute

    def execute(self: Ledger, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if os.path.exists(flag):
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, sql, params)

    Ledger._execute = execute  # type: ignore[method-assign]
    sys.argv = ["iad-data", *argv]
    cli_main()


# ---------------------------------------------------------------- a disk that can fill up


class Disk:
    """Where the soak workspace lives, and how to fill it: a tmpfs (real ENOSPC) or the
    fallback flag the child reads."""

    def __init__(self, base: Path, size_mib: int = 64, *, tmpfs: bool = True) -> None:
        self.folder = base / "disk"
        self.folder.mkdir()
        self.flag = base / "ledger-full.flag"
        self.mounted = False
        if tmpfs and os.geteuid() == 0 and shutil.which("mount"):
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m", "tmpfs", str(self.folder)],
                capture_output=True,
                check=False,
            )
            self.mounted = done.returncode == 0
        self.filler = self.folder / "filler.bin"

    @property
    def how(self) -> str:
        if self.mounted:
            return "a real full disk (a 64 MiB tmpfs holding the workspace, filled to ENOSPC)"
        return (
            "ledger writes failing with SQLite's 'database or disk is full' (a monkeypatched "
            "write in the child: no tmpfs can be mounted without root)"
        )

    def fill(self) -> None:
        if not self.mounted:
            self.flag.write_text("full\n")
            return
        chunk = b"\0" * (1 << 20)
        with open(self.filler, "wb", buffering=0) as out:
            for size in (1 << 20, 1 << 12, 1):
                piece = chunk[:size]
                try:
                    while True:
                        out.write(piece)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise

    def free(self) -> None:
        self.flag.unlink(missing_ok=True)
        self.filler.unlink(missing_ok=True)

    def close(self) -> None:
        self.free()
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], check=False)


# ---------------------------------------------------------------- runs


@dataclass
class Segment:
    """One run of the synthesis process and what the fake sold it."""

    kind: str
    """killed, stall, full_disk, finished"""
    exit_code: int | None = None
    sold: int = 0
    """complete answers written out to this run"""
    stored: int = 0
    """paid answers that became final in the ledger during this run"""
    named: int = 0
    """answers the run's error named as not stored"""
    message: str = ""

    @property
    def lost(self) -> int:
        return self.sold - self.stored - self.named


@dataclass
class Soak:
    fake: FakeLLM
    disk: Disk
    ws: Path
    total: int
    rng: random.Random
    segments: list[Segment] = field(default_factory=list)
    named_keys: set[str] = field(default_factory=set)

    def command(self) -> list[str]:
        args = [
            "synthesize-cot",
            "--workspace",
            str(self.ws),
            "--teacher",
            f"openai-compatible:{MODEL}@{self.fake.openai_base_url}",
            "--concurrency",
            str(WORKERS),
            "--timeout",
            str(TIMEOUT_S),
            "--quiet",
        ]
        if self.disk.mounted:
            return [sys.executable, "-m", "iad_data.cli.main", *args]
        return [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(self.disk.flag),
            *args,
        ]

    def start(self) -> subprocess.Popen[bytes]:
        env = {**os.environ, "IAD_DATA_COMPATIBLE_API_KEY": self.fake.api_key}
        return subprocess.Popen(
            self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )

    def final(self) -> int:
        path = self.ws / "ledger.sqlite"
        if not path.exists():
            return 0
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            marks = ",".join("?" * len(PAID_STATUSES))
            query = f"SELECT COUNT(*) FROM requests WHERE status IN ({marks})"
            return int(db.execute(query, PAID_STATUSES).fetchone()[0])
        except sqlite3.OperationalError:
            return 0
        finally:
            db.close()

    def held_all(
        self, proc: subprocess.Popen[bytes], count: int = WORKERS, guard_s: float = 90.0
    ) -> bool:
        """Wait until the hold's answers are written and ``count`` requests wait on the
        server (``WORKERS``: every worker, so every answer was taken in); False when the run
        ended first."""
        end = time.monotonic() + guard_s
        while time.monotonic() < end:
            if self.fake.wait_held(count, timeout=0.05):
                return True
            if proc.poll() is not None:
                return False
        raise SystemExit("soak: a run neither held its workers nor ended within 90 s")

    def segment(self, kind: str) -> Segment:
        """One run: killed at a random answer count; or first stalled (every request held
        past its deadline, then dropped) and then killed; or with the disk filling while
        the workers wait (killed later if it goes on); or run to its end (``finished``)."""
        before_sold = len(self.fake.deliveries)
        before_final = self.final()
        if kind != "finished" and self.total - before_final <= 3 * WORKERS + 24:
            kind = "finished"  # too little left to stop it in the middle
        seg = Segment(kind)
        if kind != "finished":
            self.fake.hold_after(self.rng.randint(1, 12))
        proc = self.start()
        try:
            if kind == "stall" and self.held_all(proc):
                time.sleep(2 * TIMEOUT_S)  # every attempt in flight passes its deadline
                self.fake.release(answer=False)
                self.fake.hold_after(self.rng.randint(1, 12))
            elif kind == "full_disk" and self.held_all(proc, count=1):
                # the first request past the hold has just arrived: the answers before it
                # may still be on their way into the ledger when the disk fills
                self.disk.fill()
                # answered onto the full disk; one held past its client's deadline (behind
                # a dripping answer) is closed instead: its answer would be sold to nobody
                self.fake.release(max_age_s=TIMEOUT_S / 2)
                self.fake.hold_after(20)
            if kind != "finished" and self.held_all(proc):
                proc.send_signal(signal.SIGKILL)
            _, stderr = proc.communicate(timeout=180)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            self.fake.release(answer=False)  # what a killed run left waiting: never answered
            self.disk.free()
        seg.exit_code = proc.returncode
        seg.message = stderr.decode(errors="replace").strip()
        named = set(re.findall(r"\(key ([0-9a-f]{12})\)", seg.message))
        self.named_keys |= named
        seg.named = len(named)
        sold = self.fake.deliveries[before_sold:]
        seg.sold = sum(1 for _, outcome in sold if outcome in PAID_OUTCOMES)
        seg.stored = self.final() - before_final
        self.segments.append(seg)
        return seg


def run_reference(fake: FakeLLM, ws: Path) -> float:
    env = {**os.environ, "IAD_DATA_COMPATIBLE_API_KEY": fake.api_key}
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "iad_data.cli.main",
            "synthesize-cot",
            "--workspace",
            str(ws),
            "--teacher",
            f"openai-compatible:{MODEL}@{fake.openai_base_url}",
            "--concurrency",
            str(WORKERS),
            "--quiet",
        ],
        check=True,
        env=env,
    )
    return time.perf_counter() - start


def same_records(a: Path, b: Path) -> tuple[bool, int]:
    from iad_data.tasks.expert_ad.synthesize import read_records

    skip: Any = {"provenance": {"created_at"}}
    left, right = read_records(a), read_records(b)
    same = sorted(left) == sorted(right) and all(
        left[k].model_dump(exclude=skip) == right[k].model_dump(exclude=skip) for k in left
    )
    return same, len(left)


def build_workspace(base: Path) -> Path:
    from iad_data.ingestion.build import ingest
    from iad_data.ingestion.generators import generate

    tree = generate(
        "mvtec",
        base / "tree" / "mvtec_anomaly_detection",
        categories=["bottle", "cable", "carpet", "grid", "screw", "wood"],
        max_defects=4,
        n_train=4,
        n_test_good=14,
        n_test_per_defect=4,
        size=64,
        seed=7,
    )
    ws = base / "base"
    ingest("mvtec", tree.root, ws, workers=1, progress=False)
    return ws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--no-tmpfs", action="store_true", help="play the full disk with failing writes"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="iad-soak-"))
    disk = Disk(base, tmpfs=not args.no_tmpfs)
    try:
        return _soak(args, rng, base, disk, started)
    finally:
        disk.close()
        shutil.rmtree(base, ignore_errors=True)


def _soak(args: argparse.Namespace, rng: random.Random, base: Path, disk: Disk, t0: float) -> int:
    source = build_workspace(base)
    reference = base / "reference"
    shutil.copytree(source, reference)
    soak_ws = disk.folder / "ws"
    shutil.copytree(source, soak_ws)
    faults = Faults(seed=args.seed, drip_interval_s=0.2, drip_total_s=4.0, retry_after_s=0.2)
    fake_llm = FakeLLM(responder=right_answer, faults=faults, keep_calls=False, models=(MODEL,))
    with fake_llm as fake:  # no fault drawn until the gateway's shares are set
        reference_s = run_reference(fake, reference)
        start = len(fake.deliveries)
        for name, share in GATEWAY.items():
            setattr(faults, name, share)
        fake.stats.clear()
        soak = Soak(fake, disk, reference, 0, rng)
        total = soak.final()  # the reference ledger: one answer per request
        soak = Soak(fake, disk, soak_ws, total, rng)
        plan = ["killed"] * args.kills
        plan.insert(args.kills // 3, "stall")
        plan.insert(2 * args.kills // 3, "full_disk")
        for kind in plan:
            soak.segment(kind)
        while soak.final() < total or not (soak_ws / "records" / "expert_ad.parquet").exists():
            if len(soak.segments) > len(plan) + 5:
                break
            soak.segment("finished")
        deliveries = fake.deliveries[start:]
    equal, records = same_records(
        reference / "records/expert_ad.parquet", soak_ws / "records/expert_ad.parquet"
    )
    per_key = Counter(key for key, outcome in deliveries if outcome in PAID_OUTCOMES)
    bought_again = sum(n - 1 for n in per_key.values() if n > 1)
    named = len(soak.named_keys)
    paid_twice = bought_again - named
    lost = sum(max(0, seg.lost) for seg in soak.segments)
    corrupted = Counter(outcome for _, outcome in deliveries if outcome not in PAID_OUTCOMES)
    kinds = Counter(seg.kind for seg in soak.segments)
    killed = sum(1 for seg in soak.segments if seg.exit_code == -signal.SIGKILL)
    disk_run = next((s for s in soak.segments if s.kind == "full_disk"), None)
    figures: dict[str, Any] = {
        "requests": total,
        "reference_s": round(reference_s, 1),
        "runs": len(soak.segments),
        "runs_by_kind": dict(kinds),
        "sigkills": killed,
        "gateway_answers": len(deliveries),
        "corrupted_answers": dict(sorted(corrupted.items())),
        "full_disk": disk.how,
        "full_disk_exit": None if disk_run is None else disk_run.exit_code,
        "full_disk_message": None if disk_run is None else disk_run.message[-600:],
        "named_not_stored": named,
        "requests_paid_twice": paid_twice,
        "answers_lost": lost,
        "records": records,
        "records_equal_uninterrupted": equal,
        "elapsed_s": round(time.perf_counter() - t0, 1),
        "segments": [
            {
                "kind": seg.kind,
                "exit": seg.exit_code,
                "sold": seg.sold,
                "stored": seg.stored,
                "named": seg.named,
            }
            for seg in soak.segments
        ],
    }
    print(f"soak: {total} requests (reference run {reference_s:.1f} s), {len(soak.segments)} runs")
    print(f"  runs: {dict(kinds)}; {killed} ended by SIGKILL")
    print(
        f"  gateway: {len(deliveries)} answers written, {sum(corrupted.values())} of them "
        f"unusable: {dict(sorted(corrupted.items()))}; plus "
        f"{fake.stats['outcome:rate_limit']} x 429, {fake.stats['outcome:server_error']} x 500, "
        f"{fake.stats['outcome:drop']} dropped, {fake.stats['outcome:drip']} dripped past the "
        f"{TIMEOUT_S:g} s deadline"
    )
    print(f"  full disk: {disk.how}")
    if disk_run is not None:
        error = next((ln for ln in disk_run.message.splitlines() if ln.startswith("Error:")), "")
        print(f"    run exit {disk_run.exit_code}: {error[:160]}...")
        told = re.search(
            r"(\d+ answer\(s\) that arrived could not be stored|No answer was lost)",
            disk_run.message,
        )
        print(f"    it said: {told.group(1) if told else '(nothing about lost answers)'}")
        print(f"    answers it named as not stored (bought again): {named}")
    print(f"requests paid twice: {paid_twice}")
    print(f"answers lost: {lost}")
    verdict = "yes" if equal else "NO"
    print(f"final records equal an uninterrupted run's: {verdict} ({records} records)")
    print(f"elapsed: {figures['elapsed_s']} s")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if paid_twice == 0 and lost == 0 and equal else 1


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_main(sys.argv[2], sys.argv[3:])
    else:
        with contextlib.suppress(KeyboardInterrupt):
            sys.exit(main())
