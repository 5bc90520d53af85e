"""DataCollatorWithLengths: shapes, left padding, values; padding does not change an example's loss."""

import torch

from lenweight.collator import DataCollatorWithLengths
from lenweight.trainer import example_losses


class FakeTokenizer:
    pad_token_id = 0


def feature(n_prompt, n_response, start=1):
    ids = list(range(start, start + n_prompt + n_response))
    return {
        "input_ids": torch.tensor(ids),
        "labels": torch.tensor([-100] * n_prompt + ids[n_prompt:]),
        "response_length": n_response,
    }


def test_left_padding_values_and_positions():
    batch = DataCollatorWithLengths(FakeTokenizer())([feature(1, 2, start=11), feature(3, 2, start=21)])
    assert batch["input_ids"].tolist() == [[0, 0, 11, 12, 13], [21, 22, 23, 24, 25]]
    assert batch["attention_mask"].tolist() == [[0, 0, 1, 1, 1], [1, 1, 1, 1, 1]]
    assert batch["labels"].tolist() == [[-100, -100, -100, 12, 13], [-100, -100, -100, 24, 25]]
    assert batch["position_ids"].tolist() == [[0, 0, 0, 1, 2], [0, 1, 2, 3, 4]]
    assert batch["response_lengths"].tolist() == [2, 2]
    assert set(batch) == {"input_ids", "attention_mask", "position_ids", "labels", "response_lengths"}


def test_pad_to_multiple_of():
    batch = DataCollatorWithLengths(FakeTokenizer(), pad_to_multiple_of=8)([feature(2, 3)])
    assert batch["input_ids"].shape == (1, 8)
    assert batch["attention_mask"][0].tolist() == [0, 0, 0, 1, 1, 1, 1, 1]


def test_pad_id_equal_to_eos_is_still_a_label(tokenizer, dataset, collator):
    # SmolLM2: pad == eos == <|im_end|>. The padded batch must keep the final eos as a label.
    assert tokenizer.pad_token_id == tokenizer.eos_token_id
    batch = collator([dataset[0], dataset[4]])
    for row in batch["labels"]:
        assert row[-1].item() == tokenizer.eos_token_id


def test_example_loss_alone_equals_loss_inside_left_padded_batch(tiny_llama, dataset, collator):
    short, long = dataset[3], dataset[4]
    assert len(short["input_ids"]) < len(long["input_ids"])
    alone, _ = example_losses(tiny_llama, collator([short]))
    padded, _ = example_losses(tiny_llama, collator([short, long]))
    assert torch.allclose(alone[0], padded[0], atol=1e-5), (alone, padded)


def test_attending_to_pads_changes_the_loss(tiny_llama, dataset, collator):
    # Shows that the test above can fail: let the short example attend to its pads and its loss moves.
    # (Dropping position_ids would not: Llama's rotary embedding is invariant to a constant shift.)
    short, long = dataset[3], dataset[4]
    alone, _ = example_losses(tiny_llama, collator([short]))
    batch = collator([short, long])
    batch["attention_mask"] = torch.ones_like(batch["attention_mask"])
    padded, _ = example_losses(tiny_llama, batch)
    assert not torch.allclose(alone[0], padded[0], atol=1e-5)


def test_logits_at_label_positions_only_gives_the_same_losses(tiny_llama, dataset, collator):
    batch = collator([dataset[i] for i in range(len(dataset))])
    sliced, out = example_losses(tiny_llama, batch, logits_at_labels_only=True)
    full, _ = example_losses(tiny_llama, batch, logits_at_labels_only=False)
    assert torch.allclose(sliced, full, atol=1e-6)
    assert out.logits.shape[0] == sum(e["response_length"] for e in dataset.examples)
