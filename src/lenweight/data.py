"""From the data flags to datasets: read the sources, name the persona, split, tokenise.

`train` and `prepare` both start here, so they always see the same records in the same split.
"""

from __future__ import annotations

import logging
import random
from collections import Counter

from .dataset import ChatDataset
from .errors import LenweightError
from .records import FORMAT_NAMES, load_chat_logs, load_records
from .synthetic import SyntheticGenerator

log = logging.getLogger(__name__)


def build_records(data_args, seed: int) -> tuple[list[dict], dict]:
    """All training records (chat logs + synthetic) and what was kept or skipped."""
    records, info = [], {}
    if data_args.records:
        if data_args.chat_logs or data_args.resume:
            log.info("--records %s: training on it; --chat_logs and --resume are not read", data_args.records)
        records = load_records(data_args.records)
        info["records_per_source"] = dict(Counter(r["source"] for r in records))
        return records, info
    for path in data_args.chat_logs or []:
        logs, report = load_chat_logs(path, skip_bad_lines=data_args.skip_bad_lines)
        records += logs
        info.setdefault("chat_logs_format", {})[path] = FORMAT_NAMES[report.format]
        skipped = info.setdefault("chat_logs_skipped", {})
        for reason, n in report.skipped.items():
            skipped[reason] = skipped.get(reason, 0) + n
    if data_args.resume:
        gen = SyntheticGenerator.from_file(
            data_args.resume,
            name=data_args.persona_name,
            questions_per_fact=data_args.questions_per_fact,
            seed=seed,
        )
        records += gen.generate()
        info["persona_name"] = gen.name
        info["persona"] = gen.resume.name or gen.name
        info["resume_coverage"] = gen.coverage
    info["records_per_source"] = dict(Counter(r["source"] for r in records))
    if not records:
        raise LenweightError("No training records: the chat logs and the resume gave nothing to train on.")
    return records, info


def system_prompt(data_args, info: dict) -> str | None:
    """The configured prompt, else one that names the person on the resume (None: the template's)."""
    if data_args.system_prompt is not None or not info.get("persona"):
        return data_args.system_prompt
    return f"You answer questions about {info['persona']}."


def choose_split(records: list[dict], eval_fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """The split a records file from `prepare` carries, else a fresh deterministic one."""
    if records and all("split" in r for r in records):
        return [r for r in records if r["split"] == "train"], [r for r in records if r["split"] == "eval"]
    return split_records(records, eval_fraction, seed)


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


def split_records(records: list[dict], eval_fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """Shuffle deterministically and hold out `eval_fraction` of the records for the eval loss.

    The turns of one conversation stay together (each turn's answer is the next turns' context),
    so a held-out turn's answer was never seen in training, not even as context.
    """
    if not any("conversation" in r for r in records):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        n_eval = int(round(len(shuffled) * eval_fraction))
        return shuffled[n_eval:], shuffled[:n_eval]
    groups: dict[object, list[dict]] = {}
    for i, r in enumerate(records):
        groups.setdefault(r.get("conversation", i), []).append(r)
    units = list(groups.values())
    random.Random(seed).shuffle(units)
    n_eval, held = int(round(len(records) * eval_fraction)), 0
    train, evald = [], []
    for unit in units:
        target = evald if held < n_eval else train
        target += unit
        held += len(unit) if target is evald else 0
    return train, evald
