"""End to end on the real bundled SmolLM2-135M: prepare, a few training steps, save, reload with plain PEFT."""

import json
import math

import pytest
import torch
import yaml
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

from lenweight import cli
from lenweight.errors import LenweightError
from lenweight.models import BUNDLED_MODEL, load_model, resolve_model_path
from lenweight.train import run

pytestmark = pytest.mark.slow


def test_prepare_writes_records_and_stats(tmp_path):
    assert cli.main(["prepare", "--config", "configs/alex.yaml", "--output_dir", str(tmp_path)]) == 0
    stats = json.loads((tmp_path / "stats.json").read_text())
    rows = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text().splitlines()]
    train = [r for r in rows if r["split"] == "train"]
    assert {r["source"] for r in rows} == {"chat_logs", "resume"}
    assert stats["records_per_source"]["chat_logs"] == 240
    assert len(train) == stats["train"]["examples"]
    w = [r["weight"] for r in train]
    assert sum(w) / len(w) == pytest.approx(1.0, abs=1e-3)  # dataset-normalised weights average 1
    ess = sum(w) ** 2 / sum(x * x for x in w)
    assert stats["train"]["effective_sample_size"] == pytest.approx(ess, rel=1e-3)
    # the shortest answers get the largest weights (p = 1)
    shortest = min(train, key=lambda r: r["response_tokens"])
    assert shortest["weight"] == max(w)


def test_train_save_reload_generate(tmp_path):
    out = tmp_path / "run"
    flags = [
        "--output_dir",
        str(out),
        "--max_steps",
        "3",
        "--per_device_train_batch_size",
        "4",
        "--max_length",
        "128",
        "--eval_strategy",
        "no",
        "--save_strategy",
        "no",
        "--logging_steps",
        "1",
        "--disable_tqdm",
        "true",
    ]
    out_dir, trainer = run(flags, "configs/alex.yaml")
    for name in (
        "adapter_model.safetensors",
        "adapter_config.json",
        "lenweight_config.yaml",
        "metrics.json",
        "loss_curve.png",
        "tokenizer.json",
    ):
        assert (out / name).is_file(), name
    metrics = json.loads((out / "metrics.json").read_text())
    assert math.isfinite(metrics["train"]["train_loss"]) and metrics["train"]["train_loss"] > 0
    assert any("weight_mean" in h for h in metrics["log_history"])
    assert yaml.safe_load((out / "lenweight_config.yaml").read_text())["length_power"] == 1.0

    # LoRA B matrices start at zero: every one of them moved. Base weights did not.
    trained = trainer.model
    lora_b = {n: p.detach().clone() for n, p in trained.named_parameters() if "lora_B" in n}
    assert len(lora_b) == 30 * 7 and all(p.abs().sum() > 0 for p in lora_b.values())
    fresh = load_model(BUNDLED_MODEL).state_dict()
    base = {
        n.replace("base_model.model.", "").replace(".base_layer", ""): p
        for n, p in trained.named_parameters()
        if "lora_" not in n
    }
    assert set(base) <= set(fresh)
    assert all(torch.equal(p.detach(), fresh[n]) for n, p in base.items())

    # The saved adapter loads with plain transformers + PEFT and reproduces the trained weights.
    plain = AutoModelForCausalLM.from_pretrained(resolve_model_path(BUNDLED_MODEL))
    reloaded = PeftModel.from_pretrained(plain, out)
    for n, p in reloaded.named_parameters():
        if "lora_B" in n:
            assert torch.equal(p, lora_b[n.replace(".default", ".default")]), n
    tok = AutoTokenizer.from_pretrained(out)
    prompt = tok.apply_chat_template(
        [{"role": "user", "content": "Where did Alex study?"}],
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )
    gen = reloaded.generate(**prompt, max_new_tokens=8, do_sample=False)
    text = tok.decode(gen[0, prompt["input_ids"].shape[1] :], skip_special_tokens=True)
    assert text.strip()

    # A second run into the same directory is refused.
    with pytest.raises(LenweightError, match="not empty"):
        run(flags, "configs/alex.yaml")
