"""`lenweight prepare`: the combined training records and their statistics, nothing trained.

    lenweight prepare --chat_logs logs.jsonl --resume resume.txt --output_dir data

Writes records.jsonl (each record with its split, response tokens and weight), stats.json and,
with a resume, coverage.json. Edit records.jsonl and train on exactly it with `--records`.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import tempfile
from collections import Counter
from pathlib import Path

from . import models
from .config import DataArguments, LossArguments, ModelArguments, PrepareArguments, parse_args
from .coverage import format_coverage
from .coverage import summary as coverage_summary
from .data import iter_records, split_indices, system_prompt
from .dataset import encode_ids
from .errors import LenweightError
from .files import write_atomic, write_jsonl
from .loss import LengthWeighting
from .stats import p90

log = logging.getLogger(__name__)


PARALLEL_FROM = 20_000  # records; below this, starting worker processes costs more than it saves

# The records as an Arrow table: every field a record can have (absent ones are null).
RECORD_FIELDS = (
    "user_message",
    "bot_response",
    "history",
    "system",
    "conversation",
    "turn",
    "source",
    "fact",
    "split",
)


def prepare(argv: list[str], config: str | None = None) -> dict:
    """Write the records and statistics; return the statistics with the written file names.

    The records go through a `datasets` Arrow table on disk (a temporary directory inside
    --output_dir), are tokenised with `map` in several processes, and are written out as they are
    read back, so memory does not grow with the number of chat-log lines. The records, split,
    lengths and weights are exactly those `lenweight train` builds from the same flags (a test
    compares them).
    """
    model_args, data_args, loss_args, prep = parse_args(
        argv,
        config,
        classes=(ModelArguments, DataArguments, LossArguments, PrepareArguments),
        prog="lenweight prepare",
        not_from_file=("output_dir",),
    )
    out = Path(prep.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".arrow-", dir=out) as cache:
        info: dict = {}
        table = record_table(data_args, prep.seed, info, cache)
        data_args.system_prompt = system_prompt(data_args, info)
        tokenizer = models.load_tokenizer(model_args.model_name_or_path)
        tokens = response_tokens(table, tokenizer, data_args)
        train_idx, eval_idx = split_indices(
            list(table["split"]), list(table["conversation"]), data_args.eval_fraction, prep.seed
        )
        train_idx = [i for i in train_idx if tokens[i] >= 0]
        eval_idx = [i for i in eval_idx if tokens[i] >= 0]
        dropped = sum(n < 0 for n in tokens)
        if not train_idx:
            raise LenweightError(
                f"Every training example was dropped: responses exceed --max_length {data_args.max_length}"
            )
        lengths = [tokens[i] for i in train_idx]
        # One weighting, fitted on the whole training set: per-source statistics and records.jsonl
        # both report weights in its scale, so a record has the same weight in every file.
        weighting = LengthWeighting.fit(lengths, loss_args.length_power, loss_args.weight_normalization)
        stats = {
            **info,
            "train": weighting.stats(lengths),
            "weighting": weighting.to_dict(),
            "eval_examples": len(eval_idx),
            "dropped_too_long": dropped,
        }
        sources = _column(table, "source", train_idx)
        conversations = conversation_stats(
            _column(table, "conversation", train_idx), _column(table, "turn", train_idx), lengths
        )
        if conversations:
            stats["train"]["conversations"] = conversations
        stats["train"]["per_source"] = {
            src: weighting.stats([n for n, s in zip(lengths, sources) if s == src])
            for src in sorted(set(sources))
        }
        weights = weighting.relative_weights(lengths).tolist()
        rows = _rows(table, train_idx, {"split": "train"}, tokens, weights)
        write_jsonl(
            out / "records.jsonl", itertools.chain(rows, _rows(table, eval_idx, {"split": "eval"}, tokens))
        )
    coverage = stats.pop("resume_coverage", None)
    # a PDF, Word, LaTeX or RenderCV resume: the coverage report's line numbers are of the text read
    if coverage and "text_read" in coverage:
        write_atomic(out / "resume_as_read.txt", coverage["text_read"])
        coverage["text_read"] = str(out / "resume_as_read.txt")
    if coverage:
        write_atomic(out / "coverage.json", json.dumps(coverage, indent=2, ensure_ascii=False))
        stats["resume_coverage"] = coverage_summary(coverage)
    write_atomic(out / "stats.json", json.dumps(stats, indent=2))
    stats["files"] = {
        "records": str(out / "records.jsonl"),
        "coverage": str(out / "coverage.json") if coverage else None,
    }
    return stats


def record_table(data_args, seed: int, info: dict, cache: str):
    """Every record (`data.iter_records`) in an Arrow table on disk, in the order train reads them."""
    from datasets import Dataset, Features, Sequence, Value
    from datasets.exceptions import DatasetGenerationError

    text = Value("string")
    features = Features(
        {
            **{k: text for k in RECORD_FIELDS},
            "history": Sequence(Sequence(text)),
            "turn": Value("int64"),
        }
    )
    features = Features({k: features[k] for k in RECORD_FIELDS})

    def rows():
        for record in iter_records(data_args, seed, info):
            yield {k: record.get(k) for k in RECORD_FIELDS}

    try:
        table = Dataset.from_generator(rows, features=features, cache_dir=cache)
    except DatasetGenerationError as e:  # our own errors (file, line, field) come out as they are
        raise (e.__cause__ if isinstance(e.__cause__, LenweightError) else e) from None
    if len(table) == 0:
        raise LenweightError("No training records: the chat logs and the resume gave nothing to train on.")
    return table


def response_tokens(table, tokenizer, data_args) -> list[int]:
    """Each record's response length in tokens as training will see it (-1: too long, dropped)."""
    processes = min(os.cpu_count() or 1, 8) if len(table) >= PARALLEL_FROM else None
    lengths = table.map(
        _tokenise,
        batched=True,
        num_proc=processes,
        remove_columns=table.column_names,
        fn_kwargs={
            "tokenizer": tokenizer,
            "system_prompt": data_args.system_prompt,
            "max_length": data_args.max_length,
        },
        desc="tokenising",
    )
    counts = {k: sum(lengths[k]) for k in ("truncated", "turns_dropped")}
    if any(counts.values()):
        log.info("To fit max_length=%d: %s", data_args.max_length, counts)
    return list(lengths["response_tokens"])


def _tokenise(batch, tokenizer, system_prompt, max_length) -> dict:
    out = {"response_tokens": [], "truncated": [], "turns_dropped": []}
    for i, question in enumerate(batch["user_message"]):
        ids, counts = encode_ids(
            tokenizer,
            question,
            batch["bot_response"][i],
            batch["history"][i] or (),
            batch["system"][i] or system_prompt,
            max_length,
        )
        out["response_tokens"].append(len(ids[1]) if ids else -1)
        out["truncated"].append(counts["truncated"])
        out["turns_dropped"].append(counts["turns_dropped"])
    return out


def _column(table, name: str, indices: list[int]) -> list:
    column = list(table[name])
    return [column[i] for i in indices]


def _rows(table, indices: list[int], extra: dict, tokens: list[int], weights: list[float] | None = None):
    """records.jsonl's lines for `indices`, read back from the table a chunk at a time."""
    for start in range(0, len(indices), 10_000):
        chunk = indices[start : start + 10_000]
        for j, row in enumerate(table.select(chunk)):
            i = chunk[j]
            record = {k: v for k, v in row.items() if v is not None and k != "split"}
            record.update(extra, response_tokens=tokens[i])
            if weights is not None:
                record["weight"] = round(weights[start + j], 4)
            yield record


def conversation_stats(conversations: list, turns: list, lengths: list[int]) -> dict | None:
    """Conversations, their turns and the turns' response lengths (None without conversations)."""
    per_conversation = Counter(c for c in conversations if c is not None)
    if not per_conversation:
        return None
    per_turn: dict[int, list[int]] = {}
    for c, t, n in zip(conversations, turns, lengths):
        if c is not None:
            per_turn.setdefault(t, []).append(n)
    counts = list(per_conversation.values())
    return {
        "conversations": len(per_conversation),
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
            cov = json.load(f)
        where = f", of the text read, {cov['text_read']}" if cov.get("text_read") else ""
        print(
            f"Resume coverage (unused lines by number in {files['coverage']}{where}):\n{format_coverage(cov)}\n"
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
