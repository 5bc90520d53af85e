"""Seed module 4: setup -> data -> model -> train -> save, one function each.

lenweight train --config configs/alex.yaml [--flag value ...]
python -m lenweight.train --config ...          (also under torchrun / accelerate launch)
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import statistics
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import torch
import transformers

from . import models
from .collator import DataCollatorWithLengths
from .config import (
    LATEST_CHECKPOINT,
    DataArguments,
    LossArguments,
    ModelArguments,
    PrepareArguments,
    parse_args,
    resolve_epochs,
    save_yaml,
    to_dict,
)
from .coverage import summary as coverage_summary
from .dataset import ChatDataset, SyntheticGenerator, load_chat_logs, load_records, split_records
from .errors import LenweightError
from .evaluate import RECORDS_FILE
from .loss import dataset_weight_constant, length_weights
from .report import write_atomic
from .trainer import LengthWeightedTrainer, last_checkpoint

log = logging.getLogger(__name__)
CONFIG_FILE = "lenweight_config.yaml"
METRICS_FILE = "metrics.json"


def setup_logging(level: int = logging.INFO) -> None:
    # Under torchrun/accelerate every process runs this: only rank 0 tells the story, the others
    # speak up for warnings and errors.
    if int(os.environ.get("RANK", "0")) != 0:
        level = max(level, logging.WARNING)
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S", level=level
    )
    transformers.utils.logging.set_verbosity_warning()
    # Raised inside PEFT on every forward with transformers 5.x; nothing the user can act on.
    warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)


def build_records(data_args, seed: int) -> tuple[list[dict], dict]:
    """All training records (chat logs + synthetic) and what was kept or skipped."""
    records, info = [], {}
    if data_args.records:
        if data_args.chat_logs or data_args.resume:
            log.info("--records %s: training on it; --chat_logs and --resume are not read", data_args.records)
        records = load_records(data_args.records)
        info["records_per_source"] = dict(Counter(r["source"] for r in records))
        return records, info
    if data_args.chat_logs:
        logs, report = load_chat_logs(data_args.chat_logs, skip_bad_lines=data_args.skip_bad_lines)
        records += logs
        info["chat_logs_skipped"] = dict(report.skipped)
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


def _histogram(lengths: list[int], edges=(5, 10, 20, 40, 80, 160)) -> dict[str, int]:
    """Counts per response-length bucket, e.g. {"1-5": 40, "6-10": 61, ..., ">160": 0}."""
    counts, low = {}, 1
    for high in edges:
        counts[f"{low}-{high}"] = sum(low <= n <= high for n in lengths)
        low = high + 1
    counts[f">{edges[-1]}"] = sum(n > edges[-1] for n in lengths)
    return counts


def length_stats(lengths: list[int], length_power: float) -> dict:
    """Response-length and weight distribution, with the effective sample size of the weights."""
    w = length_weights(torch.tensor(lengths), length_power)
    w = w / w.mean()
    q = statistics.quantiles(lengths, n=10) if len(lengths) > 1 else [lengths[0]] * 9
    return {
        "examples": len(lengths),
        "response_tokens": {
            "min": min(lengths),
            "median": statistics.median(lengths),
            "p90": q[8],
            "max": max(lengths),
            "mean": round(statistics.fmean(lengths), 2),
        },
        "response_tokens_histogram": _histogram(lengths),
        "weight": {"min": round(w.min().item(), 4), "max": round(w.max().item(), 4)},
        # (sum w)^2 / sum w^2: how many equally-weighted examples the weighted set is "worth".
        "effective_sample_size": round((w.sum() ** 2 / (w**2).sum()).item(), 1),
    }


def prepare(argv: list[str], config: str | None = None) -> dict:
    """`lenweight prepare`: write the combined records and their statistics, train nothing."""
    model_args, data_args, loss_args, prep = parse_args(
        argv,
        config,
        classes=(ModelArguments, DataArguments, LossArguments, PrepareArguments),
        prog="lenweight prepare",
    )
    records, info = build_records(data_args, prep.seed)
    data_args.system_prompt = system_prompt(data_args, info)
    tokenizer = models.load_tokenizer(model_args.model_name_or_path)
    train_ds, eval_ds = build_datasets(records, tokenizer, data_args, prep.seed)
    lengths = train_ds.response_lengths()
    stats = {
        **info,
        "train": length_stats(lengths, loss_args.length_power),
        "length_power": loss_args.length_power,
        "eval_examples": len(eval_ds or []),
        "dropped_too_long": train_ds.dropped + (eval_ds.dropped if eval_ds else 0),
    }
    stats["train"]["per_source"] = {
        src: length_stats(
            [n for n, r in zip(lengths, train_ds.records) if r["source"] == src], loss_args.length_power
        )
        for src in sorted({r["source"] for r in train_ds.records})
    }
    out = Path(prep.out)
    out.mkdir(parents=True, exist_ok=True)
    constant = dataset_weight_constant(lengths, loss_args.length_power)
    rows = [
        {
            **r,
            "split": "train",
            "response_tokens": n,
            "weight": round(n**-loss_args.length_power / constant, 4),
        }
        for r, n in zip(train_ds.records, lengths)
    ]
    if eval_ds is not None:
        rows += [
            {**r, "split": "eval", "response_tokens": n}
            for r, n in zip(eval_ds.records, eval_ds.response_lengths())
        ]
    write_atomic(out / "records.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
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


def build_model(model_args):
    model = models.load_model(model_args.model_name_or_path, model_args.dtype)
    model = models.add_lora(
        model,
        model_args.lora_r,
        model_args.lora_alpha,
        model_args.lora_dropout,
        model_args.lora_target_modules,
    )
    return model


def train(
    model, tokenizer, train_ds, eval_ds, loss_args, training_args
) -> tuple[LengthWeightedTrainer, dict]:
    constant = dataset_weight_constant(train_ds.response_lengths(), loss_args.length_power)
    trainer = LengthWeightedTrainer(
        model=model,
        args=training_args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=DataCollatorWithLengths(
            tokenizer, pad_to_multiple_of=8 if torch.cuda.is_available() else None
        ),
        processing_class=tokenizer,
        length_power=loss_args.length_power,
        weight_normalization=loss_args.weight_normalization,
        dataset_constant=constant,
        logits_at_labels_only=loss_args.logits_at_labels_only,
    )
    start = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=training_args.resume_from_checkpoint)
    seconds = time.perf_counter() - start
    label_tokens = sum(train_ds.response_lengths()) * training_args.num_train_epochs
    all_tokens = sum(len(e["input_ids"]) for e in train_ds.examples) * training_args.num_train_epochs
    metrics = {
        "train": {k: round(v, 6) if isinstance(v, float) else v for k, v in result.metrics.items()},
        "dataset_weight_constant": constant,
        "train_seconds": round(seconds, 1),
        "tokens_per_second": round(all_tokens / seconds, 1) if training_args.max_steps <= 0 else None,
        "label_tokens_per_second": round(label_tokens / seconds, 1) if training_args.max_steps <= 0 else None,
        "peak_memory_mb": peak_memory_mb(),
    }
    if eval_ds is not None:
        # Reuse the last scheduled evaluation when it ran at the final step; else evaluate now.
        last = [h for h in trainer.state.log_history if "eval_loss" in h]
        done = last and last[-1]["step"] == trainer.state.global_step
        metrics["eval"] = last[-1] if done else trainer.evaluate()
    return trainer, metrics


def peak_memory_mb() -> float:
    if torch.cuda.is_available():
        return round(torch.cuda.max_memory_allocated() / 2**20, 1)
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux reports KiB


def save(trainer, out: Path, config: dict, metrics: dict, records: list[dict]) -> None:
    """Adapter + tokenizer + resolved config + metrics + loss curve + the training records.

    Every process calls this: under FSDP or DeepSpeed, gathering the adapter's weights is a
    collective operation (`Trainer.save_model` does it). Only the main process writes. The
    adapter goes to a staging directory first and each file is renamed into place: the output
    directory also holds checkpoints, so it cannot be swapped whole.
    """
    staging = out / ".saving"
    if trainer.is_world_process_zero():
        shutil.rmtree(staging, ignore_errors=True)
    trainer.accelerator.wait_for_everyone()
    trainer.save_model(str(staging))  # the adapter, and the tokenizer (the trainer's processing_class)
    if not trainer.is_world_process_zero():
        return
    for f in staging.iterdir():
        os.replace(f, out / f.name)
    staging.rmdir()
    metrics["log_history"] = trainer.state.log_history
    write_atomic(out / METRICS_FILE, json.dumps(metrics, indent=2, default=str))
    # What the model was taught: `evaluate` tells a fact missing from it from one not learned.
    write_atomic(out / RECORDS_FILE, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    from .plots import loss_curve

    loss_curve(trainer.state.log_history, out / "loss_curve.png")
    save_yaml(config, out / CONFIG_FILE)  # last: load_run takes a directory with its config as complete
    log.info("Saved adapter, tokenizer, %s, %s and loss_curve.png to %s", CONFIG_FILE, METRICS_FILE, out)


def bare_resume_flag(argv: list[str]) -> list[str]:
    """`--resume` with no value means "continue the run in --output_dir from its latest checkpoint".

    With a value, `--resume` stays the resume file (the spec's flag), so only a bare one, last or
    followed by another flag, is rewritten to `--resume_from_checkpoint latest`.
    """
    out = list(argv)
    for i, arg in enumerate(out):
        if arg == "--resume" and (i + 1 == len(out) or out[i + 1].startswith("--")):
            out[i : i + 1] = ["--resume_from_checkpoint", "latest"]
    return out


def latest_checkpoint(output_dir: str) -> str:
    last = last_checkpoint(output_dir)
    if last is None:
        raise LenweightError(
            f"--resume: no checkpoint-N directory in {output_dir} to resume from; check --output_dir, "
            "or train with --save_strategy steps/epoch so that checkpoints are written"
        )
    return last


def run(argv: list[str], config: str | None = None) -> tuple[Path, LengthWeightedTrainer]:
    """The whole `lenweight train`: returns the output directory and the trainer (its model in memory)."""
    model_args, data_args, loss_args, training_args = parse_args(bare_resume_flag(argv), config)
    if training_args.resume_from_checkpoint in LATEST_CHECKPOINT:
        training_args.resume_from_checkpoint = latest_checkpoint(training_args.output_dir)
        log.info("Resuming from %s", training_args.resume_from_checkpoint)
    if int(os.environ.get("WORLD_SIZE", "1")) > 1 and training_args.parallel_mode.value != "distributed":
        raise LenweightError(
            f"Started as {os.environ['WORLD_SIZE']} processes, but they would train separately "
            f"({training_args.parallel_mode.value}); on a CPU keep --use_cpu true"
        )
    out = Path(training_args.output_dir)
    transformers.set_seed(training_args.seed)
    records, data_info = build_records(data_args, training_args.seed)
    data_args.system_prompt = system_prompt(data_args, data_info)
    tokenizer = models.load_tokenizer(model_args.model_name_or_path)
    train_ds, eval_ds = build_datasets(records, tokenizer, data_args, training_args.seed)
    config = to_dict(model_args, data_args, loss_args, training_args)  # as asked, before resolving
    training_args.num_train_epochs = resolve_epochs(training_args, len(train_ds))
    if config["num_train_epochs"] == 0 and training_args.max_steps <= 0:
        log.info(
            "Schedule: %g epochs over %d examples (--train_examples %d)",
            training_args.num_train_epochs, len(train_ds), training_args.train_examples,
        )  # fmt: skip
    stats = length_stats(train_ds.response_lengths(), loss_args.length_power)
    log.info(
        "Data: %s; %d train / %d eval examples; %d dropped as too long; effective sample size %.1f",
        data_info["records_per_source"],
        len(train_ds),
        len(eval_ds or []),
        train_ds.dropped + (eval_ds.dropped if eval_ds else 0),
        stats["effective_sample_size"],
    )
    model = build_model(model_args)
    trainer, metrics = train(model, tokenizer, train_ds, eval_ds, loss_args, training_args)
    data_info["resume_coverage"] = coverage_summary(data_info.get("resume_coverage") or {})
    metrics["data"] = {**data_info, **stats, "dropped_too_long": train_ds.dropped}
    metrics["epochs"] = training_args.num_train_epochs
    save(trainer, out, config, metrics, train_ds.records)
    return out, trainer


def main(argv: list[str] | None = None) -> int:
    import argparse

    setup_logging()
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--config")
    known, rest = pre.parse_known_args(sys.argv[1:] if argv is None else argv)
    try:
        run(rest, known.config)
    except LenweightError as e:
        log.error("%s", e)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
