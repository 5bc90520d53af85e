"""ChatDataset masking with the real bundled tokenizer, truncation, and the chat-log loader."""

import copy
import logging

from lenweight.dataset import ChatDataset, SyntheticGenerator
from lenweight.prompts import prompt_ids

from .conftest import RECORDS


def test_prompt_masked_eos_is_label_and_length_counts_labels(tokenizer, dataset):
    assert tokenizer.pad_token_id == tokenizer.eos_token_id  # the SmolLM2 trap
    for record, ex in zip(RECORDS, dataset.examples):
        ids, labels = ex["input_ids"].tolist(), ex["labels"].tolist()
        n_prompt = len(prompt_ids(tokenizer, record["user_message"], dataset.system_prompt))
        assert labels[:n_prompt] == [-100] * n_prompt  # every prompt token masked
        assert labels[n_prompt:] == ids[n_prompt:]  # every response token a label
        assert labels[-1] == tokenizer.eos_token_id  # the end-of-turn token is learned
        assert ex["response_length"] == sum(x != -100 for x in labels)
        assert tokenizer.decode(ids[n_prompt:-1]) == record["bot_response"]
    assert set(dataset[0]) == {"input_ids", "labels", "response_length"}


# TinyLlama-1.1B-Chat's (Zephyr) template: EOS closes *every* turn, the user's included, and the
# generation prompt has no trailing newline.
ZEPHYR = (
    "{% for message in messages %}\n{% if message['role'] == 'user' %}\n{{ '<|user|>\n' + message['content'] + "
    "eos_token }}\n{% elif message['role'] == 'system' %}\n{{ '<|system|>\n' + message['content'] + eos_token }}"
    "\n{% elif message['role'] == 'assistant' %}\n{{ '<|assistant|>\n'  + message['content'] + eos_token }}\n"
    "{% endif %}\n{% if loop.last and add_generation_prompt %}\n{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}"
)


def test_masking_with_a_zephyr_style_template(tokenizer):
    tok = copy.deepcopy(tokenizer)
    tok.chat_template = ZEPHYR
    ds = ChatDataset(RECORDS, tok, max_length=128, system_prompt="Be brief.")
    for record, ex in zip(RECORDS, ds.examples):
        labels = ex["labels"].tolist()
        n_label = ex["response_length"]
        assert labels[-1] == tok.eos_token_id and labels.count(-100) == len(labels) - n_label
        assert ex["input_ids"].tolist().count(tok.eos_token_id) == 3  # system, user, and the response's own
        assert tok.decode(ex["input_ids"][-n_label:-1]).strip() == record["bot_response"]


def test_prompt_is_cut_first_and_too_long_responses_are_dropped(tokenizer):
    long_question = "Tell me everything about Alex " * 40
    records = [
        {"user_message": long_question, "bot_response": "Data Scientist."},
        {"user_message": "Hi", "bot_response": "word " * 100},
    ]
    ds = ChatDataset(records, tokenizer, max_length=48)
    assert len(ds) == 1 and ds.dropped == 1 and ds.truncated == 1
    ex = ds[0]
    assert len(ex["input_ids"]) == 48
    n_labels = sum(x != -100 for x in ex["labels"].tolist())
    assert n_labels == ex["response_length"] > 1  # the response survived whole
    assert tokenizer.decode(ex["input_ids"][-ex["response_length"] : -1]) == "Data Scientist."
    assert tokenizer.decode(ex["input_ids"][: -ex["response_length"]]).endswith("<|im_start|>assistant\n")


def test_synthetic_generator_is_deterministic_and_uses_the_name():
    text = open("examples/alex/resume.txt").read()
    a = SyntheticGenerator(text, seed=1).generate()
    assert a == SyntheticGenerator(text, seed=1).generate()
    assert a != SyntheticGenerator(text, seed=2).generate()
    assert all(r["source"] == "resume" for r in a)
    assert {
        "user_message": "What is Alex's role at Creyon Bio?",  # a current job: asked in the present
        "bot_response": "Data Scientist",
        "source": "resume",
        "fact": "role@Creyon Bio",
    } in SyntheticGenerator(text, questions_per_fact=10).generate()
    named = SyntheticGenerator(text, name="Sam").generate()
    assert all("Alex" not in r["user_message"] for r in named) and any(
        "Sam" in r["user_message"] for r in named
    )


def test_unstructured_resume_warns_and_generates_nothing(caplog):
    text = "I like hiking and have worked at several places over the years doing many things.\nThanks!"
    with caplog.at_level(logging.WARNING):
        assert SyntheticGenerator(text, name="Sam").generate() == []
    assert "no recognisable sections" in caplog.text
