"""`lenweight prepare`: the combined training records and their statistics, nothing trained.

    lenweight prepare --chat_logs logs.jsonl --resume resume.txt --output_dir data

Writes records.jsonl (each record with its split, response tokens and weight), stats.json and,
with a resume, coverage.json. Edit records.jsonl and train on exactly it with `--records`.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

from . import models
from .config import DataArguments, LossArguments, ModelArguments, PrepareArguments, parse_args
from .coverage import format_coverage
from .coverage import summary as coverage_summary
from .data import build_datasets, build_records, system_prompt
from .files import write_atomic, write_jsonl
from .loss import LengthWeighting
from .stats import p90

log = logging.getLogger(__name__)


def prepare(argv: list[str], config: str | None = None) -> dict:
    """Write the records and statistics; return the statistics with the written file names."""
    model_args, data_args, loss_args, prep = parse_args(
        argv,
        config,
        classes=(ModelArguments, DataArguments, LossArguments, PrepareArguments),
        prog="lenweight prepare",
        not_from_file=("output_dir",),
    )
    records, info = build_records(data_args, prep.seed)
    data_args.system_prompt = system_prompt(data_args, info)
    tokenizer = models.load_tokenizer(model_args.model_name_or_path)
    train_ds, eval_ds = build_datasets(records, tokenizer, data_args, prep.seed)
    lengths = train_ds.response_lengths()
    # One weighting, fitted on the whole training set: per-source statistics and records.jsonl
    # both report weights in its scale, so a record has the same weight in every file.
    weighting = LengthWeighting.fit(lengths, loss_args.length_power, loss_args.weight_normalization)
    stats = {
        **info,
        "train": weighting.stats(lengths),
        "weighting": weighting.to_dict(),
        "eval_examples": len(eval_ds or []),
        "dropped_too_long": train_ds.dropped + (eval_ds.dropped if eval_ds else 0),
    }
    conversations = conversation_stats(train_ds.records, lengths)
    if conversations:
        stats["train"]["conversations"] = conversations
    stats["train"]["per_source"] = {
        src: weighting.stats([n for n, r in zip(lengths, train_ds.records) if r["source"] == src])
        for src in sorted({r["source"] for r in train_ds.records})
    }
    out = Path(prep.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    weights = weighting.relative_weights(lengths).tolist()
    rows = [
        {**r, "split": "train", "response_tokens": n, "weight": round(w, 4)}
        for r, n, w in zip(train_ds.records, lengths, weights)
    ]
    if eval_ds is not None:
        rows += [
            {**r, "split": "eval", "response_tokens": n}
            for r, n in zip(eval_ds.records, eval_ds.response_lengths())
        ]
    write_jsonl(out / "records.jsonl", rows)
    coverage = stats.pop("resume_coverage", None)
    if coverage:
        write_atomic(out / "coverage.json", json.dumps(coverage, indent=2, ensure_ascii=False))
        stats["resume_coverage"] = coverage_summary(coverage)
    write_atomic(out / "stats.json", json.dumps(stats, indent=2))
    stats["files"] = {
        "records": str(out / "records.jsonl"),
        "coverage": str(out / "coverage.json") if coverage else None,
    }
    return stats


def conversation_stats(records: list[dict], lengths: list[int]) -> dict | None:
    """Conversations, their turns and the turns' response lengths (None without conversations)."""
    turns = Counter(r["conversation"] for r in records if "conversation" in r)
    if not turns:
        return None
    per_turn: dict[int, list[int]] = {}
    for r, n in zip(records, lengths):
        if "conversation" in r:
            per_turn.setdefault(r["turn"], []).append(n)
    counts = list(turns.values())
    return {
        "conversations": len(turns),
        "turns": sum(counts),
        "turns_per_conversation": {
            "min": min(counts),
            "mean": round(sum(counts) / len(counts), 2),
            "max": max(counts),
        },
        "response_tokens_by_turn": {
            t: {"turns": len(v), "mean": round(sum(v) / len(v), 1), "p90": p90(v)}
            for t, v in sorted(per_turn.items())
        },
    }


def main(argv: list[str], config: str | None = None) -> dict:
    """`lenweight prepare`: prepare, then print what was made and what to do next."""
    stats = prepare(argv, config)
    files = stats["files"]
    if files["coverage"]:
        with open(files["coverage"], encoding="utf-8") as f:
            print(
                f"Resume coverage (unused lines by number in {files['coverage']}):\n{format_coverage(json.load(f))}\n"
            )
    t = stats["train"]
    print(f"records per source: {stats['records_per_source']}")
    print(
        f"train examples: {t['examples']}, eval examples: {stats['eval_examples']}, "
        f"dropped as too long: {stats['dropped_too_long']}"
    )
    print(f"response tokens: {json.dumps(t['response_tokens'])}")
    if "conversations" in t:
        c = t["conversations"]
        print(
            f"conversations: {c['conversations']} with {c['turns']} assistant turns "
            f"(per conversation: {json.dumps(c['turns_per_conversation'])}); formats: {stats['chat_logs_format']}"
        )
    print(
        f"weights (p={stats['weighting']['power']:g}, mean 1): {json.dumps(t['weight'])}, "
        f"effective sample size {t['effective_sample_size']} of {t['examples']}"
    )
    print(
        f"Read and edit {files['records']}, then train on exactly it: lenweight train --records {files['records']} ..."
    )
    return stats
