"""Padding-free (packed) batches: the layout, and the loss and every LoRA gradient equal the padded ones."""

import sys

import pytest
import torch

from lenweight.collator import DataCollatorWithLengths, TokenBudgetBatchSampler, pack_rows
from lenweight.loss import LengthWeighting
from lenweight.models import BUNDLED_MODEL, add_lora, load_model, packing_is_exact
from lenweight.trainer import example_losses

from .conftest import make_tiny_llama

sys.path.insert(0, "benchmarks")
from rows import next_fit  # noqa: E402  the packing before session 17, kept where it is measured


def test_pack_layout(tokenizer):
    features = [
        {"input_ids": [11, 12, 13], "labels": [-100, 12, 13], "response_length": 2},
        {"input_ids": [21, 22, 23, 24, 25], "labels": [-100, -100, -100, 24, 25], "response_length": 2},
    ]
    batch = DataCollatorWithLengths(tokenizer, padding_free=True)(features)
    assert "attention_mask" not in batch
    assert batch["input_ids"].tolist() == [[11, 12, 13, 21, 22, 23, 24, 25]]
    assert batch["position_ids"].tolist() == [[0, 1, 2, 0, 1, 2, 3, 4]]
    assert batch["example_ids"].tolist() == [[0, 0, 0, 1, 1, 1, 1, 1]]
    assert batch["labels"].tolist() == [[-100, 12, 13, -100, -100, -100, 24, 25]]
    assert batch["response_lengths"].tolist() == [2, 2]
    # At most 6 tokens a row: two rows, the shorter filled by a pad block of its own (positions from 0).
    batch = DataCollatorWithLengths(tokenizer, padding_free=True, max_row_tokens=6)(features)
    pad = tokenizer.pad_token_id
    assert "attention_mask" not in batch
    assert batch["input_ids"].tolist() == [[11, 12, 13, pad, pad], [21, 22, 23, 24, 25]]
    assert batch["position_ids"].tolist() == [[0, 1, 2, 0, 1], [0, 1, 2, 3, 4]]
    assert batch["labels"].tolist() == [[-100, 12, 13, -100, -100], [-100, -100, -100, 24, 25]]
    assert batch["example_ids"].tolist()[1] == [1, 1, 1, 1, 1]


def test_rows_are_few_and_even():
    # 200 | 100 150 | 60 in data order: three rows padded to 250; evened out, three rows of 200.
    rows, sizes = pack_rows([200, 100, 150, 60], 256)
    assert rows == [[0], [1, 3], [2]] and sizes == [200, 160, 150]
    assert pack_rows([3, 5], None) == ([[0, 1]], [8]) == pack_rows([3, 5], 8)
    assert pack_rows([300, 10], 256) == ([[0], [1]], [300, 10])  # too long for any row: a row of its own
    # Answer-like lengths (a few long, most short), batches of 8: every example once, no row over the
    # cap, never more rows than next-fit, and far fewer padded positions than next-fit's.
    g = torch.Generator().manual_seed(0)
    positions = {"even": 0, "next-fit": 0}
    for _ in range(300):
        lengths = [int(n) for n in (torch.rand(8, generator=g) ** 3 * 230 + 20).round()]
        rows, sizes = pack_rows(lengths, 256)
        assert sorted(i for r in rows for i in r) == list(range(8))
        assert all(r == sorted(r) for r in rows) and all(
            sum(lengths[i] for i in r) == n for r, n in zip(rows, sizes)
        )
        before = next_fit(lengths, 256)[1]  # the previous packing's rows
        assert max(sizes) <= 256 and len(sizes) <= len(before)
        positions["even"] += len(sizes) * max(sizes)
        positions["next-fit"] += len(before) * max(before)
    assert positions["even"] < 0.9 * positions["next-fit"], positions


@pytest.mark.parametrize("padding_free", [False, True])
def test_token_budget_batches_keep_the_random_order_and_the_budget(tokenizer, padding_free):
    collator = DataCollatorWithLengths(tokenizer, padding_free=padding_free, max_row_tokens=64)
    lengths = [int(n) for n in torch.randint(8, 64, (200,), generator=torch.Generator().manual_seed(0))]
    sampler = TokenBudgetBatchSampler(lengths, 256, collator.positions, seed=3)
    epochs = []
    for epoch in range(2):
        sampler.sampler.set_epoch(epoch)  # what accelerate does at each epoch
        batches = list(sampler)
        assert len(sampler) == len(batches)
        assert all(collator.positions([lengths[i] for i in b]) <= 256 for b in batches)
        # Not sorted or grouped: the batches, joined, are exactly the seeded random permutation.
        assert [i for b in batches for i in b] == list(sampler.sampler)
        # Greedy: each batch is full, the next example would not have fitted.
        for b, nxt in zip(batches, batches[1:]):
            assert collator.positions([lengths[i] for i in b + nxt[:1]]) > 256
        epochs.append(batches)
    assert epochs[0] != epochs[1]  # a new order each epoch
    sampler.sampler.set_epoch(0)
    assert list(sampler) == epochs[0]  # and the same one again for the same seed and epoch
    # Short examples make bigger batches: the budget bounds tokens, not examples.
    short = TokenBudgetBatchSampler([10] * 50, 256, collator.positions, seed=0)
    long = TokenBudgetBatchSampler([60] * 50, 256, collator.positions, seed=0)
    assert len(next(iter(short))) > 3 * len(next(iter(long)))


def _loss_and_grads(model, batch, weighting, leak: str | None = None):
    """The weighted loss and every LoRA gradient; `leak` breaks packing on purpose (negative controls)."""
    model.zero_grad()
    if leak == "attention_mask":  # an all-ones mask: transformers no longer sees the packed rows
        batch = {**batch, "attention_mask": torch.ones_like(batch["input_ids"])}
    if leak == "cache":  # a cache: the packed-sequence detection is skipped
        original = model.forward

        def forward(*args, **kwargs):
            return original(*args, **{**kwargs, "use_cache": True})

        model.forward = forward
    try:
        losses, _ = example_losses(model, batch)
    finally:
        if leak == "cache":
            model.forward = original
    loss, _ = weighting.loss(losses, batch["response_lengths"])
    loss.backward()
    grads = {n: p.grad.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
    return loss.detach(), grads


def _relative_difference(a: dict, b: dict) -> float:
    """|a - b| / |b| over every LoRA gradient as one vector.

    On the bundled model, fp32 padded batches differ from one-example-at-a-time forwards by
    2.7e-6 (6e-6 for the worst single tensor) and packed batches by 3.0e-6 (5e-6): packing is
    as exact as padding; both differ only in summation order."""
    diff = torch.cat([(a[n] - b[n]).flatten() for n in a]).norm()
    return (diff / torch.cat([b[n].flatten() for n in a]).norm()).item()


def _compare(model, dataset, tokenizer):
    features = [dataset[i] for i in range(len(dataset))]
    weighting = LengthWeighting.fit(dataset.response_lengths())
    padded = DataCollatorWithLengths(tokenizer)(features)
    packed = DataCollatorWithLengths(tokenizer, padding_free=True)(features)
    assert packed["input_ids"].numel() < padded["input_ids"].numel()  # the padding is gone
    longest = max(len(f["input_ids"]) for f in features)
    rows = DataCollatorWithLengths(tokenizer, padding_free=True, max_row_tokens=longest + 10)(features)
    assert rows["input_ids"].shape[0] > 2  # several rows, some ending in a pad block
    loss_padded, grads_padded = _loss_and_grads(model, padded, weighting)
    for name, batch in (("one row", packed), ("rows", rows)):
        loss_packed, grads_packed = _loss_and_grads(model, batch, weighting)
        assert loss_packed.item() == pytest.approx(loss_padded.item(), rel=1e-5), name
        difference = _relative_difference(grads_packed, grads_padded)
        print(
            f"packed ({name}) vs padded: loss {loss_packed.item():.7g} vs {loss_padded.item():.7g}, grads {difference:.2g}"
        )
        assert len(grads_packed) > 0 and difference <= 1e-5, name
    for leak in ("attention_mask", "cache"):
        loss_leak, grads_leak = _loss_and_grads(model, packed, weighting, leak)
        assert _relative_difference(grads_leak, grads_padded) > 1e-3, leak
        # the tolerance that the packed loss meets, the leaking one fails
        assert loss_leak.item() != pytest.approx(loss_padded.item(), rel=1e-5), leak


def test_packed_equals_padded_on_the_tiny_model(tokenizer, dataset):
    model = add_lora(make_tiny_llama(len(tokenizer)), 4, 8, 0.0, None)
    _compare(model, dataset, tokenizer)


@pytest.mark.slow
def test_packed_equals_padded_on_the_bundled_model(tokenizer, dataset):
    model = add_lora(load_model(BUNDLED_MODEL, "float32"), 8, 16, 0.0, None)
    torch.manual_seed(0)
    with torch.no_grad():  # LoRA B starts at zero; move it so that every adapter matrix has a gradient
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.01)
    _compare(model, dataset, tokenizer)


def test_packing_check_catches_a_model_that_leaks(tokenizer):
    model = make_tiny_llama(len(tokenizer))
    assert packing_is_exact(model)[0]
    original = model.forward

    def leaky(*args, **kwargs):  # a model that does not build the block-diagonal mask
        kwargs.setdefault("attention_mask", torch.ones_like(kwargs["input_ids"]))
        return original(*args, **kwargs)

    model.forward = leaky
    exact, why = packing_is_exact(model)
    assert not exact and "see each other" in why
