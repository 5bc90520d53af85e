"""`Run`: one `lenweight train` output directory, the only code that knows its file names.

`train` writes a run; `evaluate`, `compare`, `chat`, `export` and `demo` open it with `Run.open(dir)`
and read its typed config, system prompt, base model, metrics and training records from here.
"""

from __future__ import annotations

import dataclasses
import json
import os
from functools import cached_property
from pathlib import Path

from .errors import LenweightError

CONFIG_FILE = "lenweight_config.yaml"  # the resolved settings, loadable again with --config
METRICS_FILE = "metrics.json"
RECORDS_FILE = "records.jsonl"  # what the model was trained on
ADAPTER_FILE = "adapter_config.json"


def latest_checkpoint(output_dir: str | Path, flag: str | None = None) -> str | None:
    """The newest checkpoint-N directory in `output_dir`, or None (also when the directory is missing).

    With `flag` (the option that asked for it), a missing checkpoint is an error instead.
    """
    from transformers.trainer_utils import get_last_checkpoint

    last = get_last_checkpoint(str(output_dir)) if os.path.isdir(output_dir) else None
    if last is None and flag:
        raise LenweightError(
            f"{flag}: no checkpoint-N directory in {output_dir} to resume from; check --output_dir, "
            "or train with --save_strategy steps/epoch so that checkpoints are written"
        )
    return last


class Run:
    """A run directory: its paths, its saved settings (raw and typed), metrics and training records."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @classmethod
    def open(cls, path: str | Path, flag: str = "--run") -> Run:
        """The run in `path`, or an error naming `flag` when it is not a finished lenweight run."""
        run = cls(path)
        if not run.config_file.is_file() or not (run.path / ADAPTER_FILE).is_file():
            raise LenweightError(
                f"{flag} {run.path}: not a finished lenweight run (no {CONFIG_FILE} and adapter); "
                "give the --output_dir of a completed `lenweight train`"
            )
        return run

    @property
    def config_file(self) -> Path:
        return self.path / CONFIG_FILE

    @property
    def metrics_file(self) -> Path:
        return self.path / METRICS_FILE

    @property
    def records_file(self) -> Path:
        return self.path / RECORDS_FILE

    @property
    def finished(self) -> bool:
        """Everything written: the config is saved last, metrics before it."""
        return self.config_file.is_file() and self.metrics_file.is_file()

    @cached_property
    def settings(self) -> dict:
        """The saved configuration as a flat dict (what `--config` takes)."""
        from .config import load_yaml

        return load_yaml(self.config_file)

    def typed(self, cls):
        """One of the argument dataclasses (ModelArguments, DataArguments, LossArguments) from the settings."""
        names = {f.name for f in dataclasses.fields(cls) if f.init}
        return cls(**{k: v for k, v in self.settings.items() if k in names})

    @cached_property
    def model_args(self):
        from .config import ModelArguments

        return self.typed(ModelArguments)

    @cached_property
    def data_args(self):
        from .config import DataArguments

        return self.typed(DataArguments)

    @property
    def base_model(self) -> str:
        return self.model_args.model_name_or_path

    @property
    def system_prompt(self) -> str | None:
        """The prompt the run was trained with (train saves the resolved one)."""
        return self.data_args.system_prompt

    @property
    def eval_file(self) -> str | None:
        return self.data_args.eval_file

    def metrics(self) -> dict:
        return json.loads(self.metrics_file.read_text(encoding="utf-8"))

    def training_records(self) -> list[dict] | None:
        """The records the run was trained on, or None for a run saved without them."""
        if not self.records_file.is_file():
            return None
        return [json.loads(line) for line in self.records_file.read_text(encoding="utf-8").splitlines()]

    def load_model(self, merge: bool = True):
        """(model, tokenizer): the base model with this run's adapter, in eval mode.

        With `merge`, the LoRA weights are folded into the base weights: same outputs, and
        generation no longer pays for the extra adapter matmuls.
        """
        from peft import PeftModel

        from .config import ModelArguments
        from .models import load_model, load_tokenizer

        model_args = self.typed(ModelArguments)
        model = PeftModel.from_pretrained(
            load_model(model_args.model_name_or_path, model_args.dtype), self.path
        )
        if merge:
            model = model.merge_and_unload()
        return model.eval(), load_tokenizer(str(self.path))
