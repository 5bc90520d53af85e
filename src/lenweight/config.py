"""Configuration: dataclasses (one help string per field), a YAML file for defaults, CLI flags override.

    lenweight train --config configs/alex.yaml --learning_rate 1e-4

Unknown keys in the YAML file or unknown flags are errors that suggest the closest valid name.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Literal

import torch
import yaml
from transformers import HfArgumentParser, TrainingArguments

from .errors import LenweightError
from .files import write_atomic
from .loss import Normalization
from .models import BUNDLED_MODEL, LLAMA_LORA_TARGETS

# Examples seen in one default training run (the schedule), chosen by measurement: docs/recipe.md.
TRAIN_EXAMPLES = 1400
# Two passes at least: with question angles Alex's 862 examples got 1.62 passes at 1,400 and lost
# recall; the smaller data sets get 2.5 or more passes from 1,400 anyway (docs/recipe.md).
MIN_EPOCHS = 2.0


@dataclass
class ModelArguments:
    model_name_or_path: str = field(
        default=BUNDLED_MODEL,
        metadata={
            "help": f"'{BUNDLED_MODEL}' (bundled, offline), a hub id such as "
            "TinyLlama/TinyLlama-1.1B-Chat-v1.0, or a local model directory."
        },
    )
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = field(
        default="auto", metadata={"help": "Weights dtype. auto: bf16 on GPUs that support it, else fp32."}
    )
    lora_r: int = field(default=16, metadata={"help": "LoRA rank."})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA scaling numerator (scale = alpha / r)."})
    lora_dropout: float = field(default=0.05, metadata={"help": "Dropout on the LoRA input."})
    lora_target_modules: list[str] = field(
        default_factory=lambda: list(LLAMA_LORA_TARGETS),
        metadata={
            "help": "Module names that get LoRA adapters. Default: every linear layer of a Llama block."
        },
    )


@dataclass
class DataArguments:
    chat_logs: list[str] | None = field(
        default=None,
        metadata={
            "help": "Chat-log files (JSON lines), each in one of three formats, detected per file: "
            "{user_message, bot_response, ...}; OpenAI {messages: [{role, content}, ...]}; ShareGPT "
            "{conversations: [{from, value}, ...]}. Each assistant turn is one example."
        },
    )
    resume: str | None = field(
        default=None,
        metadata={
            "help": "Resume to generate Q/A pairs from: plain text, markdown, a JSON Resume (.json or .yaml), "
            "a RenderCV cv.yaml, LaTeX source (.tex), or a PDF, Word (.docx) or OpenDocument (.odt) file."
        },
    )
    records: str | None = field(
        default=None,
        metadata={
            "help": "Train on this records file (as written, and perhaps edited, by `lenweight prepare`) "
            "instead of reading --chat_logs and --resume."
        },
    )
    persona_name: str | None = field(
        default=None,
        metadata={"help": "Name used in synthetic questions. Default: first word of the resume's name line."},
    )
    questions_per_fact: int = field(
        default=8,
        metadata={"help": "Question forms sampled per resume fact (each kind of fact has at least 8)."},
    )
    system_prompt: str | None = field(
        default=None,
        metadata={
            "help": "System prompt used in training and at inference. Default: 'You answer questions "
            "about <the name on the resume>.' (the chat template's own default when there is no resume)."
        },
    )
    max_length: int = field(
        default=512, metadata={"help": "Maximum tokens per example (prompt is cut first)."}
    )
    eval_fraction: float = field(
        default=0.1, metadata={"help": "Share of records held out for the eval loss."}
    )
    eval_file: str | None = field(
        default=None,
        metadata={
            "help": "Held-out questions {question, reference, facts} for evaluate/compare/demo (not trained on)."
        },
    )
    skip_bad_lines: bool = field(
        default=False, metadata={"help": "Skip (and count) malformed chat-log lines instead of stopping."}
    )

    def __post_init__(self):
        if isinstance(self.chat_logs, str):  # one file, from Python or an older run's config
            self.chat_logs = [self.chat_logs]


@dataclass
class LossArguments:
    length_power: float = field(
        default=1.0,
        metadata={"help": "p in weight = L^-p. 1: the spec (1/L); 0: per-example mean; -1: token-level SFT."},
    )
    weight_normalization: Normalization = field(
        default="dataset",
        metadata={
            "help": "dataset: divide by the training set's mean weight (invariant to batch size, "
            "accumulation, processes). batch: the spec's per-micro-batch normalisation."
        },
    )
    logits_at_labels_only: bool = field(
        default=True,
        metadata={"help": "Run the lm_head only where a label is predicted (same loss, less compute)."},
    )
    padding_free: bool = field(
        default=True,
        metadata={
            "help": "Pack each micro-batch into one row with no padding (position_ids restart per example; "
            "attention stays within each example, so the loss is the padded one's). Models where that is "
            "not exact (checked at start) fall back to padded batches with a warning."
        },
    )


@dataclass
class LenweightTrainingArguments(TrainingArguments):
    """transformers' TrainingArguments with defaults suited to this task."""

    output_dir: str | None = field(
        default="runs/lenweight", metadata={"help": "Where the adapter and reports go."}
    )
    overwrite_output_dir: bool = field(
        default=False, metadata={"help": "Allow writing into a non-empty output directory."}
    )
    learning_rate: float = field(
        default=1e-3, metadata={"help": "Peak learning rate (LoRA tolerates ~10x SFT's)."}
    )
    num_train_epochs: float = field(
        default=0.0, metadata={"help": "Passes over the training data. 0: as many as --train_examples asks."}
    )
    train_examples: int = field(
        default=TRAIN_EXAMPLES,
        metadata={
            "help": "The schedule when --num_train_epochs is 0 (the default): how many examples the model "
            "sees in all, at least --min_epochs passes. A 90-example and a 900-example data set both get enough "
            "steps to learn their facts (docs/recipe.md has the measurement)."
        },
    )
    min_epochs: float = field(
        default=MIN_EPOCHS,
        metadata={
            "help": "With --train_examples: at least this many passes, so that a resume with many facts "
            "still shows each one often enough (docs/recipe.md)."
        },
    )
    per_device_train_batch_size: int = field(
        default=8, metadata={"help": "Examples per device per micro-batch."}
    )
    max_tokens_per_batch: int | None = field(
        default=None,
        metadata={
            "help": "Build micro-batches by tokens instead: as many examples (in the shuffled order, "
            "nothing sorted) as fit in this many token positions, pad positions included. Bounds memory "
            "by tokens; --per_device_train_batch_size is then not used for training. At least --max_length."
        },
    )
    per_device_eval_batch_size: int = field(
        default=16, metadata={"help": "Examples per device in evaluation."}
    )
    lr_scheduler_type: str = field(default="cosine", metadata={"help": "Learning-rate schedule."})
    warmup_steps: float = field(
        default=0.05, metadata={"help": "Warm-up: steps, or a fraction of all steps if < 1."}
    )
    logging_steps: float = field(default=5, metadata={"help": "Log every N optimizer steps."})
    eval_strategy: str = field(
        default="epoch", metadata={"help": "When to compute the eval loss: no, steps, epoch."}
    )
    save_strategy: str = field(
        default="epoch", metadata={"help": "When to write checkpoints: no, steps, epoch."}
    )
    save_total_limit: int | None = field(
        default=2, metadata={"help": "Keep at most this many checkpoints while training."}
    )
    keep_checkpoints: bool = field(
        default=False,
        metadata={
            "help": "Keep the checkpoints (optimizer state included) after a successful run. By default they "
            "are removed once the final adapter is saved; an interrupted run keeps them for "
            "--resume_from_checkpoint latest."
        },
    )
    report_to: None | str | list[str] = field(
        default="none", metadata={"help": "Experiment trackers (none, wandb...)."}
    )
    # Required by our batches: the collator's extra key must reach compute_loss, and evaluation must
    # know that "labels" holds the labels (a PeftModel's forward signature does not say so).
    remove_unused_columns: bool = field(
        default=False, metadata={"help": "Keep False: response_lengths is needed."}
    )
    label_names: list[str] | None = field(
        default_factory=lambda: ["labels"], metadata={"help": "Keep ['labels']."}
    )
    prediction_loss_only: bool = field(default=True, metadata={"help": "Evaluation computes the loss only."})

    def __post_init__(self):
        # Set here, not as field defaults: HfArgumentParser ignores a bool field's default_factory.
        if not (torch.cuda.is_available() or torch.backends.mps.is_available()):
            # accelerate joins several CPU processes (torchrun, gloo) into one job only with
            # use_cpu; without it each process trains alone on its share of the data, and rank 0
            # saves a model that saw half of it.
            self.use_cpu = True
            self.dataloader_pin_memory = False  # pinning only helps host-to-GPU copies; torch warns
        super().__post_init__()


# --resume_from_checkpoint values that mean "the newest checkpoint in --output_dir" (HF's own "true" too).
LATEST_CHECKPOINT = ("latest", "true", "True")


@dataclass
class PrepareArguments:
    output_dir: str = field(
        default="data", metadata={"help": "Directory for records.jsonl, stats.json and coverage.json."}
    )
    seed: int = field(
        default=42, metadata={"help": "Seed for synthetic question sampling and the eval split."}
    )


def resolve_epochs(args: TrainingArguments, n_train: int) -> float:
    """The epochs to train: --num_train_epochs if set, else --train_examples spread over the data."""
    if args.num_train_epochs > 0 or args.max_steps > 0:
        return args.num_train_epochs
    return max(args.min_epochs, round(args.train_examples / n_train, 2))


ARG_CLASSES = (ModelArguments, DataArguments, LossArguments, LenweightTrainingArguments)


class _Parser(HfArgumentParser):
    """argparse exits the process on a bad value; we raise instead, so callers can name the source."""

    def error(self, message):
        if "--resume" in message and "expected one argument" in message:
            message += (
                " (--resume is the resume file; to continue an interrupted run, pass "
                "--resume_from_checkpoint latest)"
            )
        raise LenweightError(message)


def field_names(classes=ARG_CLASSES) -> list[str]:
    return [f.name for cls in classes for f in dataclasses.fields(cls) if f.init]


def _unknown(names: list[str], where: str) -> LenweightError:
    valid = field_names()
    lines = []
    for name in names:
        close = difflib.get_close_matches(name, valid, n=1)
        lines.append(
            f"{where}: unknown option '{name}'" + (f" (did you mean '{close[0]}'?)" if close else "")
        )
    return LenweightError("\n".join(lines) + "\nRun `lenweight train --help` for the full list.")


def _yaml_to_argv(values: dict) -> list[str]:
    argv = []
    for key, value in values.items():
        if value is None:
            continue
        argv.append(f"--{key}")
        if isinstance(value, list):
            argv.extend(str(v) for v in value)
        elif isinstance(value, dict):
            argv.append(json.dumps(value))
        else:
            argv.append(str(value))
    return argv


def load_yaml(path: str | Path) -> dict:
    path = Path(path)
    if not path.is_file():
        raise LenweightError(f"{path}: config file not found (--config)")
    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise LenweightError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(values, dict):
        raise LenweightError(f"{path}: expected a mapping of option: value at the top level")
    unknown = [k for k in values if k not in field_names()]
    if unknown:
        raise _unknown(unknown, str(path))
    return values


def parse_args(
    argv: list[str],
    config: str | None = None,
    classes=ARG_CLASSES,
    prog: str = "lenweight train",
    not_from_file: tuple[str, ...] = (),
):
    """Instances of `classes` from a YAML file plus CLI flags (flags win), validated all at once.

    The YAML file may hold keys of any command (training keys are ignored by `prepare`); keys in
    `not_from_file` are taken from the command line only (a run's saved output_dir is no place
    for `prepare` to write).
    """
    parser = _Parser(classes, prog=prog)
    names = set(field_names(classes)) - set(not_from_file)
    yaml_argv = _yaml_to_argv({k: v for k, v in load_yaml(config).items() if k in names}) if config else []
    if config:
        try:  # parse the file alone first so that a bad value is reported against the file
            parser.parse_args_into_dataclasses(args=yaml_argv, return_remaining_strings=True)
        except (LenweightError, ValueError) as e:
            raise LenweightError(f"{config}: {e}") from None
    _, remaining = parser.parse_known_args(yaml_argv + argv)
    if remaining:
        flags = [r.lstrip("-").split("=")[0] for r in remaining if r.startswith("-")]
        raise _unknown(flags or remaining, "command line")
    try:
        outputs = parser.parse_args_into_dataclasses(args=yaml_argv + argv)
    except ValueError as e:  # raised by TrainingArguments.__post_init__ for inconsistent settings
        raise LenweightError(f"invalid training arguments: {e}") from e
    validate(outputs)
    return outputs


def validate(objs) -> None:
    """Check everything at once and raise one error listing every problem, each naming its flag."""
    problems = []
    for obj in objs:
        if isinstance(obj, DataArguments):
            if not obj.chat_logs and not obj.resume and not obj.records:
                problems.append("--chat_logs / --resume / --records: give at least one data source")
            for flag in ("chat_logs", "resume", "records", "eval_file"):
                paths = getattr(obj, flag) or []
                for path in [paths] if isinstance(paths, str) else paths:
                    if not Path(path).is_file():
                        problems.append(f"--{flag}: file not found: {path}")
            if obj.max_length < 16:
                problems.append(f"--max_length: must be at least 16, got {obj.max_length}")
            if not 0 <= obj.eval_fraction < 0.9:
                problems.append(f"--eval_fraction: must be in [0, 0.9), got {obj.eval_fraction}")
            if obj.questions_per_fact < 1:
                problems.append(f"--questions_per_fact: must be at least 1, got {obj.questions_per_fact}")
        elif isinstance(obj, LossArguments):
            if not math.isfinite(obj.length_power) or abs(obj.length_power) > 4:
                problems.append(f"--length_power: expected a number in [-4, 4], got {obj.length_power}")
        elif isinstance(obj, ModelArguments):
            if obj.lora_r < 1:
                problems.append(f"--lora_r: must be at least 1, got {obj.lora_r}")
            if not 0 <= obj.lora_dropout < 1:
                problems.append(f"--lora_dropout: must be in [0, 1), got {obj.lora_dropout}")
        elif isinstance(obj, LenweightTrainingArguments):
            if obj.learning_rate <= 0:
                problems.append(f"--learning_rate: must be positive, got {obj.learning_rate}")
            if obj.num_train_epochs < 0:
                problems.append(
                    f"--num_train_epochs: must be 0 (auto) or positive, got {obj.num_train_epochs}"
                )
            if obj.num_train_epochs == 0 and obj.max_steps <= 0 and obj.train_examples < 1:
                problems.append(f"--train_examples: must be at least 1, got {obj.train_examples}")
            if obj.min_epochs <= 0:
                problems.append(f"--min_epochs: must be above 0, got {obj.min_epochs}")
            out = Path(obj.output_dir)
            if out.exists() and not out.is_dir():
                problems.append(f"--output_dir: {out} is a file; give a directory")
            ckpt = obj.resume_from_checkpoint
            if ckpt and ckpt not in LATEST_CHECKPOINT and not Path(ckpt).is_dir():
                problems.append(
                    f"--resume_from_checkpoint: {ckpt} is not a checkpoint directory; give one, "
                    "or 'latest' for the newest in --output_dir"
                )
            if (
                out.is_dir()
                and any(out.iterdir())
                and not (obj.overwrite_output_dir or obj.resume_from_checkpoint)
            ):
                problems.append(
                    f"--output_dir: {out} is not empty; choose another or pass --overwrite_output_dir"
                )
    loss = next((o for o in objs if isinstance(o, LossArguments)), None)
    training = next((o for o in objs if isinstance(o, TrainingArguments)), None)
    data = next((o for o in objs if isinstance(o, DataArguments)), None)
    budget = getattr(training, "max_tokens_per_batch", None)
    if budget is not None and data and budget < data.max_length:
        problems.append(
            f"--max_tokens_per_batch: must be at least --max_length ({data.max_length}) so that every "
            f"example fits in a micro-batch, got {budget}"
        )
    if budget is not None and training.train_sampling_strategy == "group_by_length":
        problems.append(
            "--max_tokens_per_batch cannot be combined with --train_sampling_strategy group_by_length "
            "(it builds its own micro-batches, in the random order)"
        )
    if (
        loss
        and training
        and loss.weight_normalization == "batch"
        and training.train_sampling_strategy == "group_by_length"
    ):
        # Length-grouped micro-batches hold answers of similar length, so weights normalised inside
        # each batch are all about 1: the length weighting would silently vanish.
        problems.append(
            "--weight_normalization batch cannot be combined with --train_sampling_strategy "
            "group_by_length (the per-batch weights would all be ~1); use --weight_normalization dataset"
        )
    if problems:
        raise LenweightError("Invalid configuration:\n  " + "\n  ".join(problems))


def to_dict(*args_objects) -> dict:
    """The resolved configuration as one flat dict, loadable again with --config.

    Our own dataclasses are saved whole; of TrainingArguments' ~150 fields, those that differ from
    our defaults plus the ones that define the optimisation (_SAVED_TRAINING_KEYS).
    """
    out = {}
    for obj in args_objects:
        for f in dataclasses.fields(obj):
            if not f.init:
                continue
            value = getattr(obj, f.name)
            value = value.value if isinstance(value, Enum) else value
            if isinstance(obj, TrainingArguments):
                default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
                if not _plain(value) or (value == default and f.name not in _SAVED_TRAINING_KEYS):
                    continue
            out[f.name] = value
    return out


def _plain(value) -> bool:
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


# Training settings always written to the run's config, even at their defaults, so a run is reproducible.
_SAVED_TRAINING_KEYS = {
    "output_dir",
    "learning_rate",
    "num_train_epochs",
    "train_examples",
    "min_epochs",
    "max_steps",
    "per_device_train_batch_size",
    "gradient_accumulation_steps",
    "lr_scheduler_type",
    "warmup_steps",
    "seed",
    "weight_decay",
    "optim",
}


def save_yaml(values: dict, path: Path) -> None:
    write_atomic(path, yaml.safe_dump(values, sort_keys=False, allow_unicode=True))
