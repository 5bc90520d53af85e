"""Scaling: lenweight's tokens/s and peak memory against sequence length and batch size, with a plot.

    python benchmarks/sweep.py --lengths 128 256 512 1024 --per_device_train_batch_sizes 1 2 4 \
        --json docs/scaling-smollm2.json --plot docs/scaling-smollm2.png

Each point trains synthetic examples of exactly that length (half prompt, half response; see
bench_train.py --fixed_length) in its own process, for a warm-up step and --steps timed steps.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench_train import parser as bench_parser  # benchmarks/ is on sys.path when this script runs
from bench_train import run_worker

from lenweight.cli import add_flag, parser_for


def plot(points: list[dict], path: str, title: str) -> None:
    from matplotlib.figure import Figure

    from lenweight.plots import savefig

    fig = Figure(figsize=(10, 4))
    speed, memory = fig.subplots(1, 2)
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
    savefig(fig, path)


def main(argv: list[str] | None = None) -> list[dict]:
    p = parser_for("benchmarks/sweep.py", __doc__)
    add_flag(p, "model_name_or_path", default="smollm2-135m-instruct")
    add_flag(p, "contender", default="lenweight")
    add_flag(p, "lengths", type=int, nargs="+", default=[128, 256, 512, 1024])
    add_flag(
        p, "per_device_train_batch_sizes", type=int, nargs="+", default=[1, 2, 4], help="micro-batch sizes"
    )
    add_flag(p, "steps", type=int, default=3)
    add_flag(p, "tmp", default="/tmp/lenweight-sweep")
    add_flag(p, "json", help="write the points here")
    add_flag(p, "plot", help="write the plot here (png)")
    args = p.parse_args(argv)
    points = []
    for length in args.lengths:
        for batch in args.per_device_train_batch_sizes:
            worker_args = bench_parser().parse_args(
                ["--model_name_or_path", args.model_name_or_path, "--steps", str(args.steps),
                 "--per_device_train_batch_size", str(batch), "--max_length", str(length),
                 "--fixed_length", str(length), "--tmp", args.tmp]
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
        plot(
            points,
            args.plot,
            f"{args.contender} on {args.model_name_or_path}, {args.steps} timed steps a point",
        )
    return points


if __name__ == "__main__":
    sys.exit(main() and 0)
