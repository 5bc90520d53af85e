"""Scaling: lenweight's tokens/s and peak memory against sequence length and batch size, with a plot.

    python benchmarks/sweep.py --lengths 128 256 512 1024 --batch-sizes 1 2 4 \
        --json docs/scaling-smollm2.json --plot docs/scaling-smollm2.png

Each point trains synthetic examples of exactly that length (half prompt, half response; see
bench_train.py --fixed-length) in its own process, for a warm-up step and --steps timed steps.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench_train import parser as bench_parser  # benchmarks/ is on sys.path when this script runs
from bench_train import run_worker


def plot(points: list[dict], path: str, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (speed, memory) = plt.subplots(1, 2, figsize=(10, 4))
    for batch in sorted({p["batch_size"] for p in points}):
        row = sorted((p for p in points if p["batch_size"] == batch), key=lambda p: p["length"])
        lengths = [p["length"] for p in row]
        speed.plot(lengths, [p["tokens_per_s"] for p in row], marker="o", label=f"batch {batch}")
        memory.plot(lengths, [p["peak_mb"] for p in row], marker="o", label=f"batch {batch}")
    for ax, ylabel in ((speed, "trained tokens / s"), (memory, "peak memory (MB)")):
        ax.set_xscale("log", base=2)
        ax.set_xlabel("sequence length (tokens)")
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.suptitle(title)
    fig.tight_layout()
    tmp = Path(path).with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=100)
    tmp.replace(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> list[dict]:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="smollm2-135m-instruct")
    p.add_argument("--contender", default="lenweight")
    p.add_argument("--lengths", type=int, nargs="+", default=[128, 256, 512, 1024])
    p.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 2, 4])
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--tmp", default="/tmp/lenweight-sweep")
    p.add_argument("--json", help="write the points here")
    p.add_argument("--plot", help="write the plot here (png)")
    args = p.parse_args(argv)
    points = []
    for length in args.lengths:
        for batch in args.batch_sizes:
            worker_args = bench_parser().parse_args(
                ["--model", args.model, "--steps", str(args.steps), "--batch-size", str(batch),
                 "--max-length", str(length), "--fixed-length", str(length), "--tmp", args.tmp]
            )  # fmt: skip
            row = run_worker(args.contender, worker_args)
            points.append({"length": length, "batch_size": batch, **row})
    print("| length | batch | tokens/s | s/step | peak MB |\n|---|---|---|---|---|")
    for q in points:
        print(f"| {q['length']} | {q['batch_size']} | {q['tokens_per_s']:.0f} | {q['s_per_step']:.2f} "
              f"| {q['peak_mb']:.0f} |")  # fmt: skip
    if args.json:
        Path(args.json).write_text(json.dumps({"points": points, "args": vars(args)}, indent=2))
    if args.plot:
        plot(points, args.plot, f"{args.contender} on {args.model}, {args.steps} timed steps a point")
    return points


if __name__ == "__main__":
    sys.exit(main() and 0)
