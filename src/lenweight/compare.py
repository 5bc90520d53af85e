"""`lenweight compare`: the same training under several length powers, evaluated side by side.

    lenweight compare --config configs/alex.yaml --length-powers -1 0 1 --out runs/cmp [train flags...]

Every run shares the config, data, seed, steps and learning rate; only --length_power changes. The
base model is evaluated on the same questions with the same system prompt. A run directory that
already holds a finished adapter is reused (pass --retrain to train it again), so an interrupted
comparison picks up where it stopped.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from .config import load_yaml, parse_args, to_dict
from .errors import LenweightError
from .evaluate import run_evaluation
from .report import write_report
from .train import METRICS_FILE, run

log = logging.getLogger(__name__)


def label(power: float) -> str:
    return f"p={power:g}"


def change(a: dict, b: dict, name_a: str, name_b: str) -> str:
    """One plain sentence: how a's answers differ from b's, whichever way it goes."""
    length = (a["tokens_mean"] / b["tokens_mean"] - 1) * 100 if b["tokens_mean"] else float("nan")
    text = f"{name_a} vs {name_b}: mean length {length:+.0f} % ({a['tokens_mean']:.1f} vs {b['tokens_mean']:.1f} tokens)"
    if a["fact_recall"] is not None and b["fact_recall"] is not None:
        text += f", fact recall {(a['fact_recall'] - b['fact_recall']) * 100:+.1f} points"
        text += f" ({a['fact_recall']:.1%} vs {b['fact_recall']:.1%})"
    if a["rouge_l"] is not None and b["rouge_l"] is not None:
        text += f", ROUGE-L {a['rouge_l'] - b['rouge_l']:+.3f}"
    return text + "."


def verdict(summaries: dict[str, dict], powers: list[float], base_label: str | None, n_facts: int) -> str:
    """The seed's weighting against ordinary SFT (p=1 vs p=-1, else the extremes), then each run vs base."""
    lines = []
    hi, lo = (
        (label(1.0), label(-1.0)) if {1.0, -1.0} <= set(powers) else (label(max(powers)), label(min(powers)))
    )
    if hi != lo:
        a, b = summaries[hi], summaries[lo]
        lines.append(change(a, b, hi, lo))
        shorter = b["tokens_mean"] > 0 and a["tokens_mean"] <= 0.7 * b["tokens_mean"]
        kept = (
            a["fact_recall"] is None
            or b["fact_recall"] is None
            or a["fact_recall"] >= b["fact_recall"] - 0.05
        )
        lines.append(
            f"Target ({hi} at least 30 % shorter than {lo}, fact recall within 5 points): "
            f"length {'met' if shorter else 'NOT met'}, fact recall {'met' if kept else 'NOT met'}."
            + (f" With {n_facts} facts, one fact is {100 / n_facts:.1f} points." if n_facts else "")
        )
    if base_label:
        lines += [change(summaries[label(p)], summaries[base_label], label(p), "base") for p in powers]
    return "\n".join(f"- {line}" for line in lines)


def same_settings(run_dir: Path, flags: list[str], config: str) -> bool:
    """Whether run_dir holds a finished run trained with exactly the settings `flags` + `config` give."""
    if not (run_dir / METRICS_FILE).is_file():
        return False
    where = {"output_dir", "overwrite_output_dir"}  # a moved run is still the same run
    wanted = {k: v for k, v in to_dict(*parse_args(flags, config)).items() if k not in where}
    saved = {k: v for k, v in load_yaml(run_dir / "lenweight_config.yaml").items() if k not in where}
    if saved != wanted:
        diff = sorted(k for k in set(saved) | set(wanted) if saved.get(k) != wanted.get(k))
        log.info("%s was trained with other settings (%s): training it again", run_dir, ", ".join(diff))
        return False
    return True


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(
        prog="lenweight compare", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", required=True, help="training config shared by every run")
    parser.add_argument(
        "--length-powers", "--length_powers", dest="powers", type=float, nargs="+", default=[-1.0, 0.0, 1.0]
    )
    parser.add_argument("--out", required=True, help="directory for the runs and the report")
    parser.add_argument(
        "--eval-file", "--eval_file", dest="eval_file", help="default: the config's eval_file"
    )
    parser.add_argument("--max-new-tokens", "--max_new_tokens", dest="max_new_tokens", type=int, default=128)
    parser.add_argument(
        "--batch-size", "--batch_size", dest="batch_size", type=int, default=8, help="generation batch size"
    )
    parser.add_argument("--no-base", dest="base", action="store_false", help="do not evaluate the base model")
    parser.add_argument("--retrain", action="store_true", help="train again even where a finished run exists")
    args, train_flags = parser.parse_known_args(argv)
    if {"--length_power", "--length-power", "--output_dir", "--output-dir"} & {
        f.split("=")[0] for f in train_flags
    }:
        raise LenweightError(
            "compare sets --length_power and --output_dir itself; use --length-powers and --out"
        )
    cfg = load_yaml(args.config)
    eval_file = args.eval_file or cfg.get("eval_file")
    if not eval_file:
        raise LenweightError(f"compare: give --eval-file ({args.config} names no eval_file)")
    out = Path(args.out)
    runs, train_time = {}, {}
    for power in args.powers:
        run_dir = out / f"p{power:g}"
        flags = ["--output_dir", str(run_dir), "--length_power", str(power), "--overwrite_output_dir", "true"]
        flags += train_flags
        if args.retrain or not same_settings(run_dir, flags, args.config):
            log.info("Training %s into %s", label(power), run_dir)
            run(flags, args.config)
        else:
            log.info("Reusing the finished run in %s (--retrain to train again)", run_dir)
        runs[label(power)] = str(run_dir)
        seconds = json.loads((run_dir / METRICS_FILE).read_text())["train_seconds"]
        train_time[label(power)] = f"{seconds:.0f} s"
    bases = [cfg.get("model_name_or_path", "smollm2-135m-instruct")] if args.base else []
    # The prompt the runs were trained with (flags may have overridden the file), for every model.
    system_prompt = load_yaml(Path(next(iter(runs.values()))) / "lenweight_config.yaml").get("system_prompt")
    rows, summaries = run_evaluation(
        runs, bases, eval_file, system_prompt, args.max_new_tokens, args.batch_size
    )
    base_label = next((k for k in summaries if k.startswith("base")), None)
    first = next(iter(rows.values()))
    n_facts = sum(len(r["facts_found"]) + len(r["facts_missed"]) for r in first)
    text = verdict(summaries, args.powers, base_label, n_facts)
    report = write_report(
        out,
        rows,
        summaries,
        eval_file,
        args.max_new_tokens,
        extra_columns={"train time": train_time},
        verdict=text,
    )
    print(f"\n{text}\n\nReport: {report}")
    return summaries
