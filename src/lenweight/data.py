"""From the data flags to datasets: read the sources, name the persona, split, tokenise.

`train` and `prepare` both start here, so they always see the same records in the same split.
"""

from __future__ import annotations

import logging
import random
from collections import Counter

from .dataset import ChatDataset
from .errors import LenweightError
from .records import FORMAT_NAMES, LoadReport, iter_chat_logs, load_records
from .synthetic import SyntheticGenerator

log = logging.getLogger(__name__)


def build_records(data_args, seed: int) -> tuple[list[dict], dict]:
    """All training records (chat logs + synthetic) and what was kept or skipped."""
    info: dict = {}
    records = list(iter_records(data_args, seed, info))
    if not records:
        raise LenweightError("No training records: the chat logs and the resume gave nothing to train on.")
    return records, info


def iter_records(data_args, seed: int, info: dict):
    """The training records one at a time (a chat log may be larger than memory); `info` is filled
    with what was kept or skipped, per source, once the records have all been read."""
    per_source: Counter = Counter()
    if data_args.records:
        if data_args.chat_logs or data_args.resume:
            log.info("--records %s: training on it; --chat_logs and --resume are not read", data_args.records)
        for record in load_records(data_args.records):
            per_source[record["source"]] += 1
            yield record
        info["records_per_source"] = dict(per_source)
        return
    info["chat_logs_skipped"] = {}
    for path in data_args.chat_logs or []:
        report = LoadReport()
        for record in iter_chat_logs(path, data_args.skip_bad_lines, report):
            per_source[record["source"]] += 1
            yield record
        info.setdefault("chat_logs_format", {})[path] = FORMAT_NAMES[report.format]
        skipped = info["chat_logs_skipped"]
        for reason, n in report.skipped.items():
            skipped[reason] = skipped.get(reason, 0) + n
    if data_args.resume:
        gen = SyntheticGenerator.from_file(
            data_args.resume,
            name=data_args.persona_name,
            questions_per_fact=data_args.questions_per_fact,
            seed=seed,
        )
        for record in gen.generate():
            per_source[record["source"]] += 1
            yield record
        info["persona_name"] = gen.name
        info["persona"] = gen.resume.name or gen.name
        info["resume_coverage"] = gen.coverage
    info["records_per_source"] = dict(per_source)


def system_prompt(data_args, info: dict) -> str | None:
    """The configured prompt, else one that names the person on the resume (None: the template's)."""
    if data_args.system_prompt is not None or not info.get("persona"):
        return data_args.system_prompt
    return f"You answer questions about {info['persona']}."


def choose_split(records: list[dict], eval_fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """The split a records file from `prepare` carries, else a fresh deterministic one."""
    train, evald = split_indices(
        [r.get("split") for r in records], [r.get("conversation") for r in records], eval_fraction, seed
    )
    return [records[i] for i in train], [records[i] for i in evald]


def build_datasets(records, tokenizer, data_args, seed: int) -> tuple[ChatDataset, ChatDataset | None]:
    train_records, eval_records = choose_split(records, data_args.eval_fraction, seed)
    train = ChatDataset(train_records, tokenizer, data_args.max_length, data_args.system_prompt)
    evald = (
        ChatDataset(eval_records, tokenizer, data_args.max_length, data_args.system_prompt)
        if eval_records
        else None
    )
    if len(train) == 0:
        raise LenweightError(
            f"Every training example was dropped: responses exceed --max_length {data_args.max_length}"
        )
    return train, evald


def split_indices(
    splits: list, conversations: list, eval_fraction: float, seed: int
) -> tuple[list[int], list[int]]:
    """(train indices, eval indices), each in its training order.

    A split given with every record (a records file from `prepare`) is kept. Else the records are
    shuffled with `seed` (the same permutation `random.shuffle` gives the records themselves) and
    `eval_fraction` of them held out; the turns of one conversation stay together (each turn's
    answer is the next turns' context), so a held-out answer is never seen in training.
    """
    n = len(splits)
    if n and all(s is not None for s in splits):
        return [i for i in range(n) if splits[i] == "train"], [i for i in range(n) if splits[i] == "eval"]
    n_eval = int(round(n * eval_fraction))
    if all(c is None for c in conversations):
        order = list(range(n))
        random.Random(seed).shuffle(order)
        return order[n_eval:], order[:n_eval]
    groups: dict[object, list[int]] = {}
    for i, c in enumerate(conversations):
        groups.setdefault(i if c is None else c, []).append(i)
    units = list(groups.values())
    random.Random(seed).shuffle(units)
    train, evald = [], []
    for unit in units:
        (evald if len(evald) < n_eval else train).extend(unit)
    return train, evald
