"""Where recall stops on the bundled 135M model: against examples seen, LoRA rank and question forms.

    python benchmarks/ceiling.py --curves docs/recall-curve-*.json \
        --rank 16=runs/probe/tomasz-r16-padded 64=runs/probe/tomasz-r64 \
        --forms 3=runs/forms3/tomasz 8=runs/probe/tomasz-p1 \
        --json docs/ceiling.json --png docs/ceiling.png
    python benchmarks/ceiling.py --from_json docs/ceiling.json --png docs/ceiling.png   # plot again

--curves are recall_curve.py's JSON files; --rank and --forms name evaluation directories (the
summary.json that `lenweight evaluate` or compare writes; its first model is read) for runs that
differ in that setting only. Each panel shows held-out fact recall (solid) and the share of facts
memorised (dashed: recalled on the held-out question, or on a training question that taught them),
with the 80 % target. docs/recipe.md says which run each point is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lenweight.cli import add_flag, parser_for

TARGET = 80.0


def summary_point(spec: str) -> dict:
    """'X=DIR' -> {x, fact_recall, fact_memorised, tokens_mean, source} from DIR/summary.json."""
    x, _, folder = spec.partition("=")
    if not folder:
        raise SystemExit(f"expected X=DIR, got {spec!r}")
    summary = json.loads((Path(folder) / "summary.json").read_text())
    s = next(iter(summary.values()))
    keys = ("fact_recall", "fact_memorised", "tokens_mean")
    return {"x": float(x), **{k: s.get(k) for k in keys}, "source": folder}


def collect(curves: list[str], rank: list[str], forms: list[str]) -> dict:
    return {
        "examples_seen": {
            Path(f).stem.removeprefix("recall-curve-"): json.loads(Path(f).read_text()) for f in curves
        },
        "lora_rank": [summary_point(s) for s in rank],
        "question_forms": [summary_point(s) for s in forms],
    }


def plot(data: dict, path: str) -> None:
    from matplotlib.figure import Figure

    from lenweight.plots import savefig

    fig = Figure(figsize=(13, 3.8))
    seen, rank, forms = fig.subplots(1, 3, sharey=True)
    for name, points in data["examples_seen"].items():
        x = [p["examples_seen"] for p in points]
        line = seen.plot(x, [100 * p["fact_recall"] for p in points], marker="o", label=name)[0]
        known = [
            (n, 100 * p["fact_memorised"]) for n, p in zip(x, points) if p.get("fact_memorised") is not None
        ]
        if known:  # curves made before evaluate asked missed facts as trained have none
            seen.plot(*zip(*known), marker="s", ls="--", color=line.get_color(), label=f"{name}: memorised")
    for ax, key, xlabel in (
        (rank, "lora_rank", "LoRA rank r (alpha = 2r)"),
        (forms, "question_forms", "question forms per fact"),
    ):
        points = sorted(data[key], key=lambda p: p["x"])
        if points:
            ax.plot(
                [p["x"] for p in points],
                [100 * p["fact_recall"] for p in points],
                marker="o",
                label="held-out recall",
            )
            known = [
                (p["x"], 100 * p["fact_memorised"]) for p in points if p.get("fact_memorised") is not None
            ]
            if known:
                ax.plot(*zip(*known), marker="s", ls="--", label="memorised")
            ax.set_xticks([p["x"] for p in points])
        ax.set_xlabel(xlabel)
    seen.set_xlabel("examples seen (batch 8, constant learning rate)")
    seen.set_ylabel("fact recall (%)")
    for ax in (seen, rank, forms):
        ax.axhline(TARGET, color="grey", ls=":", label="target")
        ax.set_ylim(0, 105)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    savefig(fig, path)


def main(argv: list[str] | None = None) -> dict:
    p = parser_for("benchmarks/ceiling.py", __doc__)
    add_flag(p, "curves", nargs="*", default=[], metavar="JSON", help="recall_curve.py outputs")
    add_flag(p, "rank", nargs="*", default=[], metavar="R=DIR", help="evaluations of runs differing in rank")
    add_flag(
        p, "forms", nargs="*", default=[], metavar="N=DIR", help="evaluations of runs differing in forms"
    )
    add_flag(p, "from_json", help="plot points saved by an earlier --json instead of collecting them")
    add_flag(p, "json", help="save the collected points here")
    add_flag(p, "png", default="docs/ceiling.png")
    args = p.parse_args(argv)
    if args.from_json:
        data = json.loads(Path(args.from_json).read_text())
    else:
        data = collect(args.curves, args.rank, args.forms)
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=1) + "\n")
    plot(data, args.png)
    return data


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
