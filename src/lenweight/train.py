"""Spec module 4: `lenweight train`: data -> model -> LengthWeightedTrainer -> a saved run.

lenweight train --chat_logs logs.jsonl --resume resume.txt --output_dir runs/me [--flag value ...]
torchrun --nproc_per_node 2 -m lenweight.cli train ...        (several processes; docs/distributed.md)
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path

import torch
import transformers

from . import models
from .card import fix_adapter_base, write_card
from .collator import DataCollatorWithLengths
from .config import LATEST_CHECKPOINT, parse_args, resolve_epochs, save_yaml, to_dict
from .coverage import summary as coverage_summary
from .data import build_datasets, build_records, system_prompt
from .errors import LenweightError
from .files import write_atomic, write_jsonl
from .loss import LengthWeighting
from .rundir import Run, latest_checkpoint
from .trainer import LengthWeightedTrainer

log = logging.getLogger(__name__)


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


def use_padding_free(model, loss_args) -> bool:
    """--padding_free unless the model cannot keep packed examples apart (then say so, and pad)."""
    if not loss_args.padding_free:
        return False
    exact, why = models.packing_is_exact(model)
    if exact:
        log.info("Padding-free batches: %s", why)
    else:
        log.warning("Padding-free batches are not exact for this model (%s): training on padded batches", why)
    return exact


def train(model, tokenizer, train_ds, eval_ds, weighting: LengthWeighting, loss_args, training_args):
    """(trainer, metrics): train to the end of the schedule and measure it."""
    padding_free = use_padding_free(model, loss_args)
    trainer = LengthWeightedTrainer(
        model=model,
        args=training_args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=DataCollatorWithLengths(
            tokenizer,
            pad_to_multiple_of=8 if torch.cuda.is_available() else None,
            padding_free=padding_free,
            # Rows no longer than the longest example allowed: attention over a packed row costs
            # (row tokens)^2 with a masked kernel, so one long row is slower than padding
            # (measured: docs/performance.md, "Rows are capped").
            max_row_tokens=train_ds.max_length,
        ),
        processing_class=tokenizer,
        weighting=weighting,
        logits_at_labels_only=loss_args.logits_at_labels_only,
        max_tokens_per_batch=training_args.max_tokens_per_batch,
    )
    start = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=training_args.resume_from_checkpoint)
    seconds = time.perf_counter() - start
    label_tokens = sum(train_ds.response_lengths()) * training_args.num_train_epochs
    all_tokens = sum(len(e["input_ids"]) for e in train_ds.examples) * training_args.num_train_epochs
    metrics = {
        "train": {k: round(v, 6) if isinstance(v, float) else v for k, v in result.metrics.items()},
        "weighting": weighting.to_dict(),
        "padding_free": padding_free,
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


def save(trainer, run: Run, config: dict, metrics: dict, records: list[dict]) -> None:
    """Adapter + tokenizer + metrics + loss curve + the training records, then the resolved config.

    Every process calls this: under FSDP or DeepSpeed, gathering the adapter's weights is a
    collective operation (`Trainer.save_model` does it). Only the main process writes. The
    adapter goes to a staging directory first and each file is renamed into place: the output
    directory also holds checkpoints, so it cannot be swapped whole.
    """
    staging = run.path / ".saving"
    if trainer.is_world_process_zero():
        shutil.rmtree(staging, ignore_errors=True)
    trainer.accelerator.wait_for_everyone()
    trainer.save_model(str(staging))  # the adapter, and the tokenizer (the trainer's processing_class)
    if not trainer.is_world_process_zero():
        return
    for f in staging.iterdir():
        os.replace(f, run.path / f.name)
    staging.rmdir()
    metrics["log_history"] = trainer.state.log_history
    write_atomic(run.metrics_file, json.dumps(metrics, indent=2, default=str))
    # What the model was taught: `evaluate` tells a fact missing from it from one not learned.
    write_jsonl(run.records_file, records)
    from .plots import loss_curve

    loss_curve(trainer.state.log_history, run.path / "loss_curve.png")
    save_yaml(config, run.config_file)  # last: a directory with its config is a finished run
    log.info("Saved adapter, tokenizer, config, metrics and loss_curve.png to %s", run.path)


def run(argv: list[str], config: str | None = None) -> tuple[Path, LengthWeightedTrainer]:
    """The whole `lenweight train`: returns the output directory and the trainer (its model in memory)."""
    model_args, data_args, loss_args, training_args = parse_args(argv, config)
    if training_args.resume_from_checkpoint in LATEST_CHECKPOINT:
        training_args.resume_from_checkpoint = latest_checkpoint(
            training_args.output_dir, flag="--resume_from_checkpoint"
        )
        log.info("Resuming from %s", training_args.resume_from_checkpoint)
    if int(os.environ.get("WORLD_SIZE", "1")) > 1 and training_args.parallel_mode.value != "distributed":
        raise LenweightError(
            f"Started as {os.environ['WORLD_SIZE']} processes, but they would train separately "
            f"({training_args.parallel_mode.value}); on a CPU keep --use_cpu true"
        )
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
    lengths = train_ds.response_lengths()
    weighting = LengthWeighting.fit(lengths, loss_args.length_power, loss_args.weight_normalization)
    stats = weighting.stats(lengths)
    log.info(
        "Data: %s; %d train / %d eval examples; %d dropped as too long; effective sample size %.1f",
        data_info["records_per_source"],
        len(train_ds),
        len(eval_ds or []),
        train_ds.dropped + (eval_ds.dropped if eval_ds else 0),
        stats["effective_sample_size"],
    )
    model = build_model(model_args)
    trainer, metrics = train(model, tokenizer, train_ds, eval_ds, weighting, loss_args, training_args)
    data_info["resume_coverage"] = coverage_summary(data_info.get("resume_coverage") or {})
    metrics["data"] = {**data_info, **stats, "dropped_too_long": train_ds.dropped}
    metrics["epochs"] = training_args.num_train_epochs
    out = Run(training_args.output_dir)
    save(trainer, out, config, metrics, train_ds.records)
    if trainer.is_world_process_zero():
        fix_adapter_base(out.path, model_args.model_name_or_path)
        write_card(out)
        if not training_args.keep_checkpoints:
            remove_checkpoints(out.path)
    return out.path, trainer


def remove_checkpoints(run_dir: Path) -> None:
    """Delete checkpoint-N directories: called only once the final adapter and config are saved."""
    found = [p for p in run_dir.glob("checkpoint-*") if p.is_dir()]
    if not found:
        return
    size = sum(f.stat().st_size for p in found for f in p.rglob("*") if f.is_file())
    for p in found:
        shutil.rmtree(p)
    log.info(
        "Removed %d checkpoints (%.1f MB; the final adapter is saved). --keep_checkpoints true keeps them",
        len(found), size / 2**20,
    )  # fmt: skip
