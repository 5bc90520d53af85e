"""`lenweight prepare` time and peak memory against the number of chat-log lines.

    python benchmarks/prepare_scaling.py --lines 10000 100000 1000000 --json docs/prepare-scaling.json
    python benchmarks/prepare_scaling.py --plot docs/prepare-scaling.png \
        --results docs/prepare-scaling.json docs/prepare-scaling-before.json

Each size is a generated chat log (flat lines with timestamps, short and long answers, 1 line in
50 repeated verbatim; about 700 bytes a line), prepared in a fresh process with the bundled
tokenizer. Peak memory is the prepare process's own maximum resident set, and separately the
largest of its tokenising worker processes (`datasets` map with num_proc). `--source DIR` runs
another checkout's lenweight instead (e.g. a `git worktree` of an older commit), for a
before/after on the same files.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lenweight.cli import add_flag, parser_for

# Runs prepare in this child and reports its own peak RSS and its children's (the map workers).
CHILD = """
import json, resource, sys, time
from lenweight.cli import setup_logging
from lenweight.prepare import prepare
setup_logging()
start = time.perf_counter()
stats = prepare(sys.argv[1:])
print("RESULT " + json.dumps({
    "seconds": time.perf_counter() - start,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "train_examples": stats["train"]["examples"],
}))
"""

WORDS = "data model team built shipped led Python SQL pipeline research paper award city year".split()


def write_logs(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            answer = " ".join(rng.choice(WORDS) for _ in range(rng.choice([2, 5, 12, 30, 80])))
            line = json.dumps(
                {"timestamp": f"2026-01-01T00:00:{i % 60:02d}Z", "user_message": f"What about topic {i}?",
                 "bot_response": answer.capitalize() + ".", "latency_ms": rng.randint(50, 900)}
            )  # fmt: skip
            f.write(line + "\n")
            if i % 50 == 0:
                f.write(line + "\n")


def plot(results: list[str], path: str) -> None:
    """Seconds and peak memory against lines, one line per results file (e.g. now and before)."""
    from matplotlib.figure import Figure

    from lenweight.plots import savefig

    fig = Figure(figsize=(10, 4))
    speed, memory = fig.subplots(1, 2)
    for name in results:
        rows = json.loads(Path(name).read_text())["rows"]
        label = "before (commit f4f36ae)" if rows[0]["source"] != "installed" else "now (datasets)"
        lines = [r["lines"] for r in rows]
        speed.plot(lines, [r["seconds"] for r in rows], marker="o", label=label)
        memory.plot(lines, [r["peak_mb"] for r in rows], marker="o", label=label + ", main process")
    for ax, ylabel in ((speed, "prepare seconds"), (memory, "peak memory (MB)")):
        ax.set_xscale("log")
        ax.set_xlabel("chat-log lines")
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.suptitle("lenweight prepare against chat-log size (2 cores)")
    fig.tight_layout()
    savefig(fig, path)


def main(argv: list[str] | None = None) -> list[dict]:
    p = parser_for("benchmarks/prepare_scaling.py", __doc__)
    add_flag(p, "lines", type=int, nargs="+", default=[10_000, 100_000])
    add_flag(p, "source", help="a checkout whose src/ to run instead of the installed lenweight")
    add_flag(p, "tmp", default=tempfile.gettempdir())
    add_flag(p, "json", help="write the rows here")
    add_flag(p, "plot", help="draw --results files (JSON from --json) into this png, and measure nothing")
    add_flag(p, "results", nargs="+", default=[])
    args = p.parse_args(argv)
    if args.plot:
        plot(args.results, args.plot)
        return []
    env = dict(os.environ)
    if args.source:
        env["PYTHONPATH"] = str(Path(args.source) / "src")
    rows = []
    for n in args.lines:
        work = Path(tempfile.mkdtemp(prefix=f"prepare-{n}-", dir=args.tmp))
        logs = work / "chat_logs.jsonl"
        write_logs(logs, n)
        cmd = [sys.executable, "-c", CHILD, "--chat_logs", str(logs), "--output_dir", str(work / "out")]
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if done.returncode:
            raise SystemExit(f"{n} lines failed:\n{done.stderr[-3000:]}")
        result = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))[7:])
        row = {"lines": n, "file_mb": round(logs.stat().st_size / 2**20, 1), **result,
               "wall_s": time.perf_counter() - start, "source": args.source or "installed"}  # fmt: skip
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
        for f in sorted(work.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
        work.rmdir()
    print("| lines | file MB | prepare s | peak MB (main) | peak MB (a worker) |\n|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['lines']:,} | {r['file_mb']} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | {r['workers_peak_mb']:.0f} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "args": vars(args)}, indent=2))
    return rows


if __name__ == "__main__":
    sys.exit(main() and 0)
