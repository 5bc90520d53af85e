"""Shared fixtures: the bundled tokenizer (real chat template, pad == eos) and a tiny Llama."""

from __future__ import annotations

import logging

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from lenweight.collator import DataCollatorWithLengths
from lenweight.dataset import ChatDataset
from lenweight.models import BUNDLED_MODEL, load_tokenizer

# Varied response lengths, so that the weights differ between examples.
RECORDS = [
    {"user_message": "Where did Alex study?", "bot_response": "Johns Hopkins."},
    {
        "user_message": "What is Alex's job?",
        "bot_response": "Data Scientist at Creyon Bio, building sequence models.",
    },
    {
        "user_message": "Any awards?",
        "bot_response": "Kaggle Vesuvius 1st place and NeurIPS LatinX Best Poster.",
    },
    {"user_message": "Where is Alex based?", "bot_response": "San Diego."},
    {
        "user_message": "Tell me about Alex's research at Johns Hopkins in some detail please.",
        "bot_response": "Graph neural networks for predicting protein-protein interactions, in the Gray Lab, "
        "with two co-authored papers on geometric deep learning.",
    },
    {"user_message": "Languages?", "bot_response": "Python, SQL, R and C++."},
    {"user_message": "Did Alex intern?", "bot_response": "Yes, at Zillow in 2018 as a data analyst."},
    {"user_message": "Email?", "bot_response": "alex.moreno@example.com"},
]


@pytest.fixture(scope="session")
def tokenizer():
    logging.getLogger("lenweight").setLevel(logging.WARNING)
    return load_tokenizer(BUNDLED_MODEL)


def make_tiny_llama(vocab_size: int, seed: int = 0, tie: bool = True) -> LlamaForCausalLM:
    """A 2-layer Llama with hidden size 32: the real architecture, fast on a CPU."""
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        tie_word_embeddings=tie,
    )
    return LlamaForCausalLM(config).float().eval()


@pytest.fixture
def tiny_llama(tokenizer):
    return make_tiny_llama(len(tokenizer))


@pytest.fixture
def dataset(tokenizer):
    return ChatDataset(RECORDS, tokenizer, max_length=128, system_prompt="You answer questions about Alex.")


@pytest.fixture
def collator(tokenizer):
    return DataCollatorWithLengths(tokenizer)


EVAL_LINES = [
    '{"question": "Where did Alex study?", "reference": "Johns Hopkins.", "facts": [["Johns Hopkins", "JHU"]]}',
    '{"question": "What is Alex\'s job?", "reference": "Data Scientist.", "facts": ["data scientist", "Creyon"]}',
    '{"question": "Any awards?", "facts": ["Kaggle"]}',
    '{"question": "Where is Alex based?", "reference": "San Diego."}',
    '{"question": "Email?", "reference": "alex.moreno@example.com", "facts": ["alex.moreno@example.com"]}',
]


@pytest.fixture(scope="session")
def tiny_setup(tokenizer, tmp_path_factory):
    """A tiny Llama saved as a local model dir, a config training it for 2 steps, and a 5-line eval file."""
    root = tmp_path_factory.mktemp("tiny")
    base = root / "base"
    make_tiny_llama(len(tokenizer)).save_pretrained(base)
    tokenizer.save_pretrained(base)
    eval_file = root / "eval.jsonl"
    eval_file.write_text("\n".join(EVAL_LINES) + "\n")
    config = root / "tiny.yaml"
    config.write_text(
        f"model_name_or_path: {base}\nresume: examples/alex/resume.txt\neval_file: {eval_file}\n"
        "system_prompt: You answer questions about Alex.\nmax_length: 96\nquestions_per_fact: 1\n"
        "eval_fraction: 0\nmax_steps: 2\nper_device_train_batch_size: 4\nlearning_rate: 0.05\n"
        "eval_strategy: 'no'\nsave_strategy: 'no'\ndisable_tqdm: true\nlogging_steps: 1\n"
    )
    return {"root": root, "base": base, "config": config, "eval_file": eval_file}


@pytest.fixture(scope="session")
def tiny_run(tiny_setup):
    from lenweight.train import run

    out, _ = run(["--output_dir", str(tiny_setup["root"] / "run")], str(tiny_setup["config"]))
    return out
