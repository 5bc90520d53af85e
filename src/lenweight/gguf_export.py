"""A merged Llama-architecture model as one GGUF file (llama.cpp, Ollama, LM Studio, the `llm` CLI).

Written with the `gguf` package (llama.cpp's own Python writer), with no llama.cpp checkout and
no network: the weights under llama.cpp's tensor names (q and k permuted as its
convert_hf_to_gguf.py does, which transformers' GGUF reader undoes), the hyper-parameters, the
tokenizer built from the HF tokenizer (byte-level BPE as `gpt2`, SentencePiece-style BPE as
`llama`) and the chat template. F16 or Q8_0; norms stay F32, as llama.cpp keeps them.
"""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

import numpy as np
import torch

from .errors import LenweightError
from .files import atomic_path

log = logging.getLogger(__name__)

GGUF_TYPES = ("f16", "q8_0")
# What llama.cpp calls the pre-tokenizer (how text is split before BPE), by the HF tokenizer's own.
_GPT2_SPLIT = {"type": "ByteLevel", "use_regex": True}


def _permute(w: torch.Tensor, n_head: int) -> torch.Tensor:
    """llama.cpp's q/k layout: rotary halves interleaved per head (convert_hf_to_gguf.py's permute)."""
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _check_architecture(config) -> None:
    rope = getattr(config, "rope_parameters", None) or {}
    problems = []
    if config.model_type != "llama":
        problems.append(f"the model is {config.model_type!r}, not a Llama-architecture model")
    if rope.get("rope_type", "default") != "default":
        problems.append(f"rope scaling {rope['rope_type']!r} is not written")
    if getattr(config, "attention_bias", False) or getattr(config, "mlp_bias", False):
        problems.append("bias terms in attention or MLP are not written")
    if problems:
        raise LenweightError(
            "--gguf: GGUF export supports plain Llama-architecture models (SmolLM2, TinyLlama, Llama 2): "
            + "; ".join(problems)
            + ". Export with --output_dir instead and convert that with llama.cpp's convert_hf_to_gguf.py."
        )


def _pre_tokenizer(tokenizer_json: dict) -> str:
    pre = tokenizer_json.get("pre_tokenizer") or {}
    if pre.get("type") == "ByteLevel" and pre.get("use_regex", True):
        return "gpt-2"
    steps = pre.get("pretokenizers", [])
    kinds = [p.get("type") for p in steps]
    if kinds == ["Digits", "ByteLevel"] and steps[0].get("individual_digits"):
        return "smollm"
    log.warning(
        "GGUF: this tokenizer's pre-tokenizer is not one lenweight can name for llama.cpp; writing 'default'"
    )
    return "default"


def add_tokenizer(writer, tokenizer) -> None:
    """The tokenizer as llama.cpp metadata, built from the HF tokenizer itself (not copied from a file)."""
    import gguf

    tokenizer_json = json.loads(tokenizer.backend_tokenizer.to_str())
    model = tokenizer_json["model"]
    n_vocab = len(tokenizer)
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer.save_pretrained(tmp)
        if model["type"] == "BPE" and not model.get("byte_fallback"):
            added = tokenizer.added_tokens_decoder
            reverse = {i: t for t, i in tokenizer.get_vocab().items()}
            tokens, types = [], []
            for i in range(n_vocab):
                if i in added:
                    tokens.append(added[i].content)
                    types.append(gguf.TokenType.CONTROL if added[i].special else gguf.TokenType.USER_DEFINED)
                else:
                    tokens.append(reverse.get(i, f"[PAD{i}]"))
                    types.append(gguf.TokenType.NORMAL if i in reverse else gguf.TokenType.UNUSED)
            writer.add_tokenizer_model("gpt2")
            writer.add_tokenizer_pre(_pre_tokenizer(tokenizer_json))
            writer.add_token_list(tokens)
            writer.add_token_types(types)
            special = gguf.SpecialVocab(tmp, load_merges=True, n_vocab=n_vocab)
        elif model["type"] == "BPE":  # SentencePiece-style BPE with byte fallback (Llama 2, TinyLlama)
            vocab = gguf.LlamaHfVocab(Path(tmp))
            tokens, scores, types = zip(*vocab.all_tokens())
            writer.add_tokenizer_model("llama")
            writer.add_tokenizer_pre("default")
            writer.add_token_list(list(tokens))
            writer.add_token_scores(list(scores))
            writer.add_token_types(list(types))
            special = gguf.SpecialVocab(tmp, n_vocab=len(tokens))
        else:
            raise LenweightError(f"--gguf: a {model['type']} tokenizer is not supported (BPE tokenizers are)")
        special.chat_template = tokenizer.chat_template
        special.add_to_gguf(writer, quiet=True)


def write_gguf(model, tokenizer, path: str | Path, gguf_type: str = "f16", name: str = "lenweight") -> Path:
    """Write `model` (a plain, merged LlamaForCausalLM) and its tokenizer as one GGUF file."""
    import gguf

    if gguf_type not in GGUF_TYPES:
        raise LenweightError(f"--gguf_type: expected one of {', '.join(GGUF_TYPES)}, got {gguf_type!r}")
    config = model.config
    _check_architecture(config)
    n_head, n_kv = config.num_attention_heads, config.num_key_value_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // n_head
    qtype = gguf.GGMLQuantizationType.Q8_0 if gguf_type == "q8_0" else gguf.GGMLQuantizationType.F16
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, config.num_hidden_layers)
    path = Path(path)
    with atomic_path(path) as tmp:
        writer = gguf.GGUFWriter(tmp, "llama")
        writer.add_name(name)
        writer.add_context_length(config.max_position_embeddings)
        writer.add_embedding_length(config.hidden_size)
        writer.add_block_count(config.num_hidden_layers)
        writer.add_feed_forward_length(config.intermediate_size)
        writer.add_head_count(n_head)
        writer.add_head_count_kv(n_kv)
        writer.add_rope_dimension_count(head_dim)
        writer.add_rope_freq_base(float(config.rope_parameters["rope_theta"]))
        writer.add_layer_norm_rms_eps(config.rms_norm_eps)
        writer.add_vocab_size(config.vocab_size)
        writer.add_file_type(
            gguf.LlamaFileType.MOSTLY_Q8_0 if gguf_type == "q8_0" else gguf.LlamaFileType.MOSTLY_F16
        )
        add_tokenizer(writer, tokenizer)
        for hf_name, tensor in model.state_dict().items():
            if hf_name == "lm_head.weight" and config.tie_word_embeddings:
                continue  # llama.cpp reuses token_embd
            if "rotary_emb" in hf_name:
                continue
            gguf_name = names.get_name(hf_name, try_suffixes=(".weight", ".bias"))
            if gguf_name is None:
                raise LenweightError(f"--gguf: no llama.cpp name for the tensor {hf_name}")
            data = tensor.detach().float()
            if hf_name.endswith("q_proj.weight"):
                data = _permute(data, n_head)
            elif hf_name.endswith("k_proj.weight"):
                data = _permute(data, n_kv)
            data = data.numpy()
            if data.ndim == 1:
                writer.add_tensor(gguf_name, data.astype(np.float32))
            elif qtype == gguf.GGMLQuantizationType.Q8_0 and data.shape[-1] % 32 == 0:
                writer.add_tensor(gguf_name, gguf.quants.quantize(data, qtype), raw_dtype=qtype)
            else:  # F16 (and Q8_0's fallback for rows that are not whole 32-value blocks)
                writer.add_tensor(gguf_name, data.astype(np.float16))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
    return path


def modelfile(gguf_path: Path, tokenizer, system_prompt: str | None) -> str:
    """An Ollama Modelfile for the GGUF: its chat template as Ollama's Go template, the stop token
    and the run's system prompt (Ollama reads the template from here, not from the GGUF's Jinja)."""
    marks = {"system": "\ue000S\ue001", "user": "\ue000P\ue001", "assistant": "\ue000R\ue001"}
    rendered = tokenizer.apply_chat_template(
        [{"role": role, "content": mark} for role, mark in marks.items()], tokenize=False
    )
    template = rendered
    for mark, go in zip(marks.values(), ("{{ .System }}", "{{ .Prompt }}", "{{ .Response }}")):
        template = template.replace(mark, go)
    lines = [
        f"FROM ./{gguf_path.name}",
        f'TEMPLATE """{template}"""',
        f'PARAMETER stop "{tokenizer.eos_token}"',
    ]
    if system_prompt:
        lines.append(f'SYSTEM """{system_prompt}"""')
    return "\n".join(lines) + "\n"
