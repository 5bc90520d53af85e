"""`lenweight compare`: the same training under several length powers, evaluated side by side.

    lenweight compare --config configs/alex.yaml --length_powers -1 0 1 --seeds 3 --output_dir runs/cmp [train flags...]

Every run shares the config, data, steps and learning rate; only --length_power (and, with --seeds N,
the random seed: --seed, --seed + 1, ...) changes. With several seeds each power is reported as the
mean and spread (min-max) over its seeds, and the verdict says when a difference lies inside that
spread. The base model is evaluated on the same questions with the same system prompt. A run
directory that already holds a finished run with the same settings is reused (pass
--overwrite_output_dir to train it again), so an interrupted comparison picks up where it stopped.
"""

from __future__ import annotations

import argparse
import logging
import statistics
from pathlib import Path

from .cli import add_flag, parser_for
from .config import load_yaml, parse_args, to_dict
from .errors import LenweightError
from .evaluate import GENERATION_BATCH, base_label, run_evaluation
from .models import BUNDLED_MODEL
from .report import write_report
from .rundir import Run
from .train import run

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


def over_seeds(summaries: list[dict]) -> dict:
    """Several seeds' summaries as one: the mean of each number, and min/max of length and recall."""
    out = {}
    for key, value in summaries[0].items():
        values = [s[key] for s in summaries]
        out[key] = (
            None if None in values else statistics.fmean(values) if isinstance(value, (int, float)) else value
        )
    for key in ("tokens_mean", "fact_recall"):
        if out[key] is not None:
            out[f"{key}_min"] = min(s[key] for s in summaries)
            out[f"{key}_max"] = max(s[key] for s in summaries)
    out["seeds"] = len(summaries)
    return out


def overlap(a: dict, b: dict, key: str) -> bool:
    """Whether two powers' seed ranges of `key` overlap: their difference is inside the seed spread."""
    if a.get("seeds", 1) < 2 or a[key] is None or b[key] is None:
        return False
    return a[f"{key}_min"] <= b[f"{key}_max"] and b[f"{key}_min"] <= a[f"{key}_max"]


def spread_note(a: dict, b: dict, name_a: str, name_b: str) -> str:
    """What the seeds say about a difference: '' for one seed."""
    if a.get("seeds", 1) < 2:
        return ""
    parts = []
    for key, what, scale, unit in (
        ("tokens_mean", "length", 1, " tokens"),
        ("fact_recall", "fact recall", 100, " %"),
    ):
        if a[key] is None or b[key] is None:
            continue
        ranges = (f"{name_a} {a[key + '_min'] * scale:.1f}-{a[key + '_max'] * scale:.1f}{unit}, "
                  f"{name_b} {b[key + '_min'] * scale:.1f}-{b[key + '_max'] * scale:.1f}{unit}")  # fmt: skip
        if overlap(a, b, key):
            parts.append(f"the {what} difference is inside the spread over seeds ({ranges})")
        else:
            parts.append(f"the {what} ranges over seeds do not overlap ({ranges})")
    return f"Over {a['seeds']} seeds, " + "; ".join(parts) + "."


def verdict(summaries: dict[str, dict], powers: list[float], base: str | None, n_facts: int) -> str:
    """The spec's weighting against ordinary SFT (p=1 vs p=-1, else the extremes), then each run vs base."""
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
            f"Target ({hi} at least 30 % shorter than {lo}, fact recall within 5 points"
            + (f", means over {a['seeds']} seeds" if a.get("seeds", 1) > 1 else "")
            + f"): length {'met' if shorter else 'NOT met'}, fact recall {'met' if kept else 'NOT met'}."
            + (f" With {n_facts} facts, one fact is {100 / n_facts:.1f} points." if n_facts else "")
        )
        if note := spread_note(a, b, hi, lo):
            lines.append(note)
    if base:
        lines += [change(summaries[label(p)], summaries[base], label(p), "base") for p in powers]
    return "\n".join(f"- {line}" for line in lines)


def same_settings(run_dir: Path, flags: list[str], config: str) -> bool:
    """Whether run_dir holds a finished run trained with exactly the settings `flags` + `config` give."""
    done = Run(run_dir)
    if not done.finished:
        return False
    # A moved run is still the same run; the eval file is read after training, never by it.
    where = {"output_dir", "overwrite_output_dir", "eval_file"}
    wanted = to_dict(*parse_args(flags, config))
    if wanted.get("system_prompt") is None:  # the run saved the one it derived from the resume
        where.add("system_prompt")
    wanted = {k: v for k, v in wanted.items() if k not in where}
    saved = {k: v for k, v in done.settings.items() if k not in where}
    if saved != wanted:
        missing = object()  # a key absent on one side differs even from None on the other
        diff = sorted(k for k in set(saved) | set(wanted) if saved.get(k, missing) != wanted.get(k, missing))
        log.info("%s was trained with other settings (%s): training it again", run_dir, ", ".join(diff))
        return False
    return True


def model_flag(train_flags: list[str]) -> str | None:
    """--model_name_or_path among training flags, read without taking it from them (the runs need it too)."""
    peek = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    add_flag(peek, "model_name_or_path")
    return peek.parse_known_args(train_flags)[0].model_name_or_path


def main(argv: list[str] | None = None) -> dict:
    parser = parser_for("lenweight compare", __doc__)
    parser.add_argument("--config", help="training config shared by every run (default: built-in defaults)")
    add_flag(parser, "length_powers", dest="powers", type=float, nargs="+", default=[-1.0, 0.0, 1.0])
    add_flag(parser, "output_dir", required=True, help="directory for the runs and the report")
    add_flag(parser, "eval_file", help="default: the config's eval_file")
    add_flag(parser, "max_new_tokens", type=int, default=128)
    add_flag(
        parser, "generation_batch_size", type=int, default=GENERATION_BATCH, help="questions answered at once"
    )
    add_flag(parser, "no_base", type=bool, help="do not evaluate the base model")
    add_flag(parser, "overwrite_output_dir", type=bool, help="train every run again, even a finished one")
    add_flag(
        parser,
        "seeds",
        type=int,
        default=1,
        help="train each power with this many seeds (--seed, --seed + 1, ...)",
    )
    add_flag(parser, "seed", type=int, help="the first seed; default: the config's, else 42")
    args, train_flags = parser.parse_known_args(argv)
    model = model_flag(train_flags)
    if {"--length_power", "--length-power"} & {f.split("=")[0] for f in train_flags}:
        raise LenweightError("compare sets --length_power itself; give the powers with --length_powers")
    if args.seeds < 1:
        raise LenweightError(f"--seeds: must be at least 1, got {args.seeds}")
    cfg = load_yaml(args.config) if args.config else {}
    eval_file = args.eval_file or cfg.get("eval_file")
    if not eval_file:
        raise LenweightError(f"compare: give --eval_file ({args.config or 'no --config'} names no eval_file)")
    first_seed = args.seed if args.seed is not None else int(cfg.get("seed", 42))
    seeds = [first_seed + i for i in range(args.seeds)]
    out = Path(args.output_dir)
    runs, train_time = {}, {}
    for power in args.powers:
        for seed in seeds:
            name = label(power) + (f" seed={seed}" if args.seeds > 1 else "")
            run_dir = out / (f"p{power:g}" + (f"-seed{seed}" if args.seeds > 1 else ""))
            flags = ["--output_dir", str(run_dir), "--length_power", str(power), "--seed", str(seed)]
            flags += ["--overwrite_output_dir", "true", *train_flags]
            if args.overwrite_output_dir or not same_settings(run_dir, flags, args.config):
                log.info("Training %s into %s", name, run_dir)
                run(flags, args.config)
            else:
                log.info("Reusing the finished run in %s (--overwrite_output_dir to train again)", run_dir)
            runs[name] = str(run_dir)
            train_time[name] = f"{Run(run_dir).metrics()['train_seconds']:.0f} s"
    model = model or cfg.get("model_name_or_path", BUNDLED_MODEL)
    bases = [] if args.no_base else [model]
    # The prompt the runs were trained with (flags may have overridden the file), for every model.
    system_prompt = Run.open(next(iter(runs.values()))).system_prompt
    rows, summaries = run_evaluation(
        runs, bases, eval_file, system_prompt, args.max_new_tokens, args.generation_batch_size
    )
    base = base_label(model) if bases else None
    if args.seeds > 1:
        for power in args.powers:
            summaries[label(power)] = over_seeds([summaries[f"{label(power)} seed={s}"] for s in seeds])
    first = next(iter(rows.values()))
    n_facts = sum(len(r["facts_found"]) + len(r["facts_missed"]) for r in first)
    text = verdict(summaries, args.powers, base, n_facts)
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
