"""GGUF export: transformers reads the file back with the same tokenizer, template and logits."""

import json
import string
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from tokenizers import Tokenizer, decoders, models, normalizers
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    GPT2Config,
    GPT2LMHeadModel,
    LlamaConfig,
    LlamaForCausalLM,
    PreTrainedTokenizerFast,
)

from lenweight import gguf_export
from lenweight.errors import LenweightError
from lenweight.gguf_export import modelfile, write_gguf
from lenweight.models import BUNDLED_MODEL, add_lora, load_model
from lenweight.prompts import chat_ids

from .test_dataset import ZEPHYR

# Measured on the bundled model with a random LoRA merged in (largest |logit| about 28): f16 0.06,
# q8_0 1.19. The bounds leave room for other prompts; a missing q/k permutation is off by > 0.5.
TOLERANCE = {"f16": 0.1, "q8_0": 2.0}
PROMPTS = ["Where did Alex study?", "Tell me about Creyon Bio, in 2 sentences.", "<|im_end|> is text here."]


@pytest.fixture(scope="module")
def merged(tokenizer):
    """The bundled model with a LoRA of random, non-zero B merged in: a fine-tuned model, not the base."""
    model = add_lora(load_model(BUNDLED_MODEL, "float32"), r=8, alpha=16, dropout=0.0, target_modules=None)
    torch.manual_seed(0)
    for name, p in model.named_parameters():
        if "lora_B" in name:
            p.data.normal_(0, 0.01)
    return model.merge_and_unload().eval()


def read_back(path: Path):
    model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32)
    return model.eval(), AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)


def max_logit_difference(a, b, tokenizer) -> float:
    worst = 0.0
    with torch.no_grad():
        for prompt in PROMPTS:
            ids = torch.tensor([chat_ids(tokenizer, [{"role": "user", "content": prompt}], True)])
            worst = max(worst, (a(ids).logits - b(ids).logits).abs().max().item())
    return worst


@pytest.mark.parametrize("gguf_type", ["f16", "q8_0"])
def test_gguf_round_trip(gguf_type, merged, tokenizer, tmp_path):
    path = write_gguf(merged, tokenizer, tmp_path / f"m-{gguf_type}.gguf", gguf_type)
    back, back_tokenizer = read_back(path)
    difference = max_logit_difference(merged, back, tokenizer)
    print(f"{gguf_type}: {path.stat().st_size / 2**20:.1f} MB, max |logit difference| {difference:.3g}")
    assert difference <= TOLERANCE[gguf_type]
    # The tokenizer and the chat template come from the file, and tokenise as the run's do.
    assert back_tokenizer.chat_template == tokenizer.chat_template
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Where, 2019?"}]
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert back_tokenizer(text, add_special_tokens=False)["input_ids"] == chat_ids(tokenizer, messages, True)
    assert back_tokenizer.eos_token == tokenizer.eos_token


def test_q_and_k_must_be_permuted(merged, tokenizer, tmp_path, monkeypatch):
    # The negative control: without llama.cpp's q/k layout the file reads back as another model.
    monkeypatch.setattr(gguf_export, "_permute", lambda w, n_head: w)
    path = write_gguf(merged, tokenizer, tmp_path / "unpermuted.gguf", "f16")
    assert max_logit_difference(merged, read_back(path)[0], tokenizer) > 5 * TOLERANCE["f16"]


def test_f16_makes_the_same_greedy_choices_on_the_eval_questions(merged, tokenizer, tmp_path):
    # Greedy decoding from the GGUF must pick our model's token at every step where our model's
    # choice is clear (its top two logits further apart than F16's logit error bound). Where the
    # two best tokens are closer than that, F16 rounding may legitimately pick the other one, and
    # the answers go different ways from there: counted and printed, not hidden.
    questions = [
        json.loads(line)["question"]
        for person in sorted(Path("examples").glob("*/eval.jsonl"))
        for line in person.read_text().splitlines()[:3]
    ]
    back, _ = read_back(write_gguf(merged, tokenizer, tmp_path / "m.gguf", "f16"))
    system = "You answer questions about Alex Moreno."
    identical, clear_steps = 0, 0
    with torch.no_grad():
        for question in questions:
            prompt = torch.tensor(
                [
                    chat_ids(
                        tokenizer,
                        [{"role": "system", "content": system}, {"role": "user", "content": question}],
                        True,
                    )
                ]
            )
            ours = merged.generate(
                prompt, max_new_tokens=20, do_sample=False, pad_token_id=tokenizer.pad_token_id
            )
            theirs = back.generate(
                prompt, max_new_tokens=20, do_sample=False, pad_token_id=tokenizer.pad_token_id
            )
            identical += ours.tolist() == theirs.tolist()
            # Teacher-forced on our answer: the choice at every step, by both models.
            a = merged(ours).logits[0, prompt.shape[1] - 1 : -1]
            b = back(ours).logits[0, prompt.shape[1] - 1 : -1]
            top2 = a.topk(2, dim=-1).values
            clear = (top2[:, 0] - top2[:, 1]) > TOLERANCE["f16"]
            assert torch.equal(a.argmax(-1)[clear], b.argmax(-1)[clear]), question
            clear_steps += int(clear.sum())
    print(f"f16 greedy: {identical}/{len(questions)} answers identical; {clear_steps} clear steps all agree")
    assert len(questions) >= 12 and clear_steps > 100 and identical >= 0.75 * len(questions)


def test_modelfile_has_the_template_stop_token_and_system_prompt(tokenizer, tmp_path):
    text = modelfile(tmp_path / "m.gguf", tokenizer, "You answer questions about Alex.")
    assert text.startswith("FROM ./m.gguf\n")
    assert "<|im_start|>user\n{{ .Prompt }}<|im_end|>" in text and "{{ .System }}" in text
    assert "<|im_start|>assistant\n{{ .Response }}<|im_end|>" in text
    assert 'PARAMETER stop "<|im_end|>"' in text and 'SYSTEM """You answer questions about Alex."""' in text


def test_export_command_writes_gguf_and_modelfile(tiny_run, tmp_path):
    out = tmp_path / "export" / "bot.gguf"
    cmd = [sys.executable, "-m", "lenweight.cli", "export", "--run", str(tiny_run), "--gguf", str(out)]
    done = subprocess.run(cmd + ["--gguf_type", "q8_0"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.is_file() and (out.parent / "Modelfile").is_file()
    back, _ = read_back(out)
    assert back.config.num_hidden_layers == 2
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert (
        again.returncode == 2 and "exists; choose another name or pass --overwrite_output_dir" in again.stderr
    )


def test_other_architectures_get_a_clear_error(tokenizer, tmp_path):
    gpt2 = GPT2LMHeadModel(GPT2Config(n_layer=1, n_embd=32, n_head=2, vocab_size=len(tokenizer)))
    with pytest.raises(
        LenweightError, match="GGUF export supports plain Llama-architecture models .* 'gpt2'"
    ):
        write_gguf(gpt2, tokenizer, tmp_path / "x.gguf")
    assert not (tmp_path / "x.gguf").exists()
    with pytest.raises(LenweightError, match="--gguf_type: expected one of f16, q8_0"):
        write_gguf(gpt2, tokenizer, tmp_path / "x.gguf", "q4_k")


def sentencepiece_style_tokenizer() -> PreTrainedTokenizerFast:
    """A small tokenizer of TinyLlama's kind (Llama 2's): BPE over "▁"-joined text with byte
    fallback, <s> and </s>, and the Zephyr chat template. (No hub here: TinyLlama's own cannot be
    downloaded.)"""
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2, **{f"<0x{i:02X}>": 3 + i for i in range(256)}}
    for piece in ["▁", *string.ascii_letters, *string.digits, *".,?!'", "▁t", "he", "▁the", "in"]:
        vocab.setdefault(piece, len(vocab))
    merges = [("▁", "t"), ("h", "e"), ("▁t", "he"), ("i", "n")]
    backend = Tokenizer(models.BPE(vocab=vocab, merges=merges, unk_token="<unk>", byte_fallback=True))
    backend.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    backend.decoder = decoders.Sequence(
        [decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(), decoders.Strip(" ", 1, 0)]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, bos_token="<s>", eos_token="</s>", unk_token="<unk>"
    )
    tokenizer.chat_template = ZEPHYR
    return tokenizer


def test_tinyllama_architecture_with_a_sentencepiece_tokenizer(tmp_path):
    tokenizer = sentencepiece_style_tokenizer()
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        tie_word_embeddings=False,
    )  # TinyLlama's shape, scaled down: grouped-query attention, untied output
    torch.manual_seed(0)
    model = LlamaForCausalLM(config).eval()
    back, back_tokenizer = read_back(write_gguf(model, tokenizer, tmp_path / "tiny.gguf", "f16"))
    text = "the cat é in 2019?"  # letters, a merge, a byte-fallback character, digits
    plain = dict(add_special_tokens=False)  # (whether <s> is prepended is the file's add_bos_token)
    assert back_tokenizer(text, **plain)["input_ids"] == tokenizer(text, **plain)["input_ids"]
    assert back_tokenizer.chat_template == ZEPHYR
    ids = torch.tensor([tokenizer(text, **plain)["input_ids"]])
    with torch.no_grad():
        assert (model(ids).logits - back(ids).logits).abs().max().item() < 1e-2
