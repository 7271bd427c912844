"""Teacher-engine throughput against the fake API server (issue 4's speed targets).

Runs ``N`` requests (a distinct 256 px image each) through the OpenAI teacher and the real
SDK against ``fakes.fake_llm`` (``tests/fakes/fake_llm.py``; the child process gets
``tests/`` on its ``PYTHONPATH``) started in its own process at 250 ms latency, and
prints, for concurrency 8, 32 and 128: achieved requests/s beside the bound
concurrency / latency, the client's CPU seconds per request; then a second run of the same
requests (all cached) in records/s; then a run with 5% 429 and 2% 5xx injected beside the
fault-free time at concurrency 32.

    python benchmarks/teacher_throughput.py [--n 2000] [--latency 0.25] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from pydantic import BaseModel

from iad_data.teach.engine import RetryPolicy, run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import ImageRef, SamplingParams, TeacherRequest
from iad_data.teach.providers.openai import OpenAITeacher

TESTS = Path(__file__).resolve().parent.parent / "tests"
"""where ``fakes.fake_llm`` lives: the fakes are test code, not part of the package"""
API_KEY = "sk-benchmark-0123456789abcdef"


class Finding(BaseModel):
    label: str
    defect_type: str
    confidence: float
    boxes: list[list[int]]
    reasoning: str


def make_images(folder: Path, n: int) -> list[ImageRef]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    refs = []
    for i in range(n):
        path = folder / f"img{i:05d}.png"
        pixels = rng.integers(0, 255, (32, 32, 3), dtype=np.uint8)
        Image.fromarray(pixels).resize((256, 256), Image.Resampling.NEAREST).save(path)
        refs.append(ImageRef(path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest()))
    return refs


def make_requests(images: list[ImageRef], tag: str) -> list[TeacherRequest]:
    return [
        TeacherRequest(
            task="benchmark",
            sample_id=f"s{i}",
            template_id="bench.v1",
            template_hash=tag,
            system="You are an industrial inspector. Answer with the JSON schema.",
            user_text=f"Inspect image {i}: is there a defect? Give boxes and reasoning.",
            images=[image],
            response_model=Finding,
            params=SamplingParams(max_tokens=400),
        )
        for i, image in enumerate(images)
    ]


def start_fake(
    latency: float, rate_limit: float = 0.0, server_error: float = 0.0, retry_after: float = 0.25
) -> tuple[subprocess.Popen[str], str]:
    path = os.environ.get("PYTHONPATH", "")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fakes.fake_llm",
            "--latency-s",
            str(latency),
            "--rate-limit",
            str(rate_limit),
            "--server-error",
            str(server_error),
            "--retry-after-s",
            str(retry_after),
            "--api-key",
            API_KEY,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), path]))},
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://"):
        proc.kill()
        raise SystemExit(f"the fake API server did not start (exit {proc.wait()})")
    return proc, url


def process_cpu_s(pid: int | None) -> float:
    """CPU seconds (user + system) a process has used, from /proc (Linux)."""
    if pid is None:
        return float("nan")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_run(
    requests: list[TeacherRequest],
    url: str,
    ledger_path: Path,
    concurrency: int,
    retry: RetryPolicy | None = None,
    server_pid: int | None = None,
) -> dict[str, Any]:
    teacher = OpenAITeacher("gpt-4.1", api_key=API_KEY, base_url=url + "/v1")
    with Ledger(ledger_path) as ledger:
        server0 = process_cpu_s(server_pid)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        result = run_requests(
            requests, teacher, ledger, concurrency=concurrency, progress=False, retry=retry
        )
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        server = process_cpu_s(server_pid) - server0
    return {
        "requests": len(requests),
        "wall_s": round(wall, 3),
        "req_per_s": round(len(requests) / wall, 1),
        "cpu_ms_per_request": round(1000 * cpu / len(requests), 3),
        "server_cpu_ms_per_request": round(1000 * server / len(requests), 3),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "sent": result.sent,
        "cached": result.cached,
        "attempts": result.attempts,
        "outcomes": result.outcomes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[8, 32, 128])
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    report: dict[str, Any] = {"n": args.n, "latency_s": args.latency, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        images = make_images(tmp / "images", args.n)
        proc, url = start_fake(args.latency)
        try:
            runs = []
            for c in args.concurrency:
                requests = make_requests(images, f"c{c}")
                row = timed_run(requests, url, tmp / f"c{c}.sqlite", c, server_pid=proc.pid)
                row["concurrency"] = c
                row["bound_req_per_s"] = round(c / args.latency, 1)
                row["share_of_bound"] = round(row["req_per_s"] / row["bound_req_per_s"], 3)
                runs.append(row)
                print(
                    f"concurrency {c:4d}: {row['req_per_s']:7.1f} req/s of bound "
                    f"{row['bound_req_per_s']:6.1f} ({100 * row['share_of_bound']:.0f}%), "
                    f"client CPU {row['cpu_ms_per_request']:.2f} ms/request, fake server CPU "
                    f"{row['server_cpu_ms_per_request']:.2f} ms/request, load "
                    f"{row['load_avg_1m']}, {row['outcomes']}",
                    flush=True,
                )
            report["runs"] = runs
            mid = 32 if 32 in args.concurrency else args.concurrency[0]
            cached = timed_run(make_requests(images, f"c{mid}"), url, tmp / f"c{mid}.sqlite", mid)
            cached["records_per_s"] = cached.pop("req_per_s")
            report["cached_rerun"] = cached
            print(
                f"cached rerun: {cached['records_per_s']:.0f} records/s "
                f"(sent {cached['sent']}, cached {cached['cached']})",
                flush=True,
            )
        finally:
            proc.kill()
            proc.wait()
        proc, url = start_fake(
            args.latency, rate_limit=0.05, server_error=0.02, retry_after=args.latency
        )
        try:
            retry = RetryPolicy(max_attempts=6, base_delay_s=args.latency, max_delay_s=4.0)
            faulty = timed_run(
                make_requests(images, "faults"), url, tmp / "faults.sqlite", mid, retry
            )
        finally:
            proc.kill()
            proc.wait()
        clean = next(r for r in report["runs"] if r["concurrency"] == mid)
        faulty["ratio_to_fault_free"] = round(faulty["wall_s"] / clean["wall_s"], 3)
        report["fault_run"] = faulty
        print(
            f"faults (5% 429, 2% 5xx) at concurrency {mid}: {faulty['wall_s']:.1f} s vs "
            f"{clean['wall_s']:.1f} s fault-free (x{faulty['ratio_to_fault_free']}), "
            f"{faulty['attempts']} attempts, {faulty['outcomes']}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
