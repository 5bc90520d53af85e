"""Fact recall against training steps: where recall stops rising, and so how long to train.

    python benchmarks/recall_curve.py --output_dir runs/curve-alex --every 50 --max_steps 400 \
        --chat_logs examples/alex/chat_logs.jsonl --resume examples/alex/resume.txt \
        --eval_file examples/alex/eval.jsonl --json docs/recall-curve-alex.json

Trains one run with a constant learning rate (after the warm-up) and a checkpoint every --every
steps, then answers the held-out questions with every checkpoint. A constant rate makes each point
what a run of that length would reach before any decay, so the curve shows how many examples seen
a fact needs; the default schedule (TRAIN_EXAMPLES in config.py) was chosen from these curves
(docs/recipe.md). A finished run in --output_dir is evaluated again without training.

    python benchmarks/recall_curve.py --plot docs/recall-curve-*.json --png docs/recall-curve.png
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from lenweight.cli import add_flag, parser_for, setup_logging
from lenweight.evaluate import evaluate_model, load_eval_file, summarize
from lenweight.models import load_model, load_tokenizer
from lenweight.rundir import Run
from lenweight.train import run


def checkpoints(out: Path) -> list[Path]:
    found = [p for p in out.glob("checkpoint-*") if re.fullmatch(r"checkpoint-\d+", p.name)]
    return sorted(found, key=lambda p: int(p.name.split("-")[1]))


def curve(out: Path, eval_file: str, max_new_tokens: int = 64) -> list[dict]:
    """One point per checkpoint: steps, examples seen, mean tokens, fact recall and its gap split."""
    from peft import PeftModel

    done = Run.open(out, flag="--output_dir")
    items = load_eval_file(eval_file)
    trained = done.training_records()
    model_args = done.model_args
    settings = done.settings
    batch = settings.get("per_device_train_batch_size", 8) * settings.get("gradient_accumulation_steps", 1)
    points = []
    for ckpt in checkpoints(out):
        base = load_model(model_args.model_name_or_path, model_args.dtype)
        model = PeftModel.from_pretrained(base, ckpt).merge_and_unload().eval()
        steps = int(ckpt.name.split("-")[1])
        rows = evaluate_model(
            model, load_tokenizer(str(out)), items, done.system_prompt, max_new_tokens, 8,
            f"step {steps}", trained,
        )  # fmt: skip
        s = summarize(rows)
        points.append({"steps": steps, "examples_seen": steps * batch, **{k: s[k] for k in POINT_KEYS}})
        print(json.dumps(points[-1]), flush=True)
    return points


POINT_KEYS = (
    "tokens_mean",
    "fact_recall",
    "missed_data_gap",
    "missed_learning_gap",
    "missed_recalled_as_trained",
    "fact_memorised",  # recalled on the held-out question, or on a training question that taught it
    "facts",
)


def plot(curves: dict[str, list[dict]], path: str) -> None:
    """Fact recall (and mean answer length) against examples seen, one line per curve."""
    from matplotlib.figure import Figure

    from lenweight.plots import savefig

    fig = Figure(figsize=(9, 3.6))
    recall, length = fig.subplots(1, 2)
    for name, points in curves.items():
        seen = [p["examples_seen"] for p in points]
        line = recall.plot(seen, [100 * p["fact_recall"] for p in points], marker="o", label=name)[0]
        known = [
            (n, 100 * p["fact_memorised"])
            for n, p in zip(seen, points)
            if p.get("fact_memorised") is not None
        ]
        if known:  # older curves were made before evaluate asked missed facts as trained
            recall.plot(*zip(*known), marker="s", ls="--", color=line.get_color(), label=f"{name}: memorised")
        length.plot(seen, [p["tokens_mean"] for p in points], marker="o", label=name)
    labels = ((recall, "fact recall (%): held-out questions, --memorised"), (length, "mean answer tokens"))
    for ax, ylabel in labels:
        ax.set_xlabel("examples seen (batch 8, constant learning rate)")
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    savefig(fig, path)


def main(argv: list[str] | None = None) -> list[dict]:
    p = parser_for("benchmarks/recall_curve.py", __doc__)
    add_flag(p, "output_dir", help="the run directory")
    add_flag(p, "eval_file")
    add_flag(p, "every", type=int, default=50, help="checkpoint every this many steps")
    add_flag(p, "max_new_tokens", type=int, default=64)
    add_flag(p, "json", help="write the points here")
    p.add_argument("--config", help="training config (default: built-in defaults)")
    add_flag(p, "plot", nargs="*", metavar="JSON", help="plot these saved curves (no training)")
    add_flag(p, "png", default="docs/recall-curve.png", help="where --plot writes")
    args, train_flags = p.parse_known_args(argv)
    if args.plot is not None:
        curves = {
            Path(f).stem.removeprefix("recall-curve-"): json.loads(Path(f).read_text()) for f in args.plot
        }
        plot(curves, args.png)
        return list(curves.values())
    if not (args.output_dir and args.eval_file):
        p.error("give --output_dir and --eval_file (or --plot JSON...)")
    setup_logging()
    out = Path(args.output_dir)
    if not Run(out).finished:
        flags = ["--output_dir", str(out), "--overwrite_output_dir", "true", "--save_strategy", "steps"]
        flags += ["--save_steps", str(args.every), "--save_total_limit", "1000", "--eval_strategy", "no"]
        flags += ["--keep_checkpoints", "true"]  # the curve is read from them
        flags += ["--lr_scheduler_type", "constant_with_warmup", *train_flags]
        run(flags, args.config)
    points = curve(out, args.eval_file, args.max_new_tokens)
    if args.json:
        Path(args.json).write_text(json.dumps(points, indent=1) + "\n")
    return points


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
