"""The loss on tensors: the spec's formula, hand-worked values, normalisations, LengthWeighting."""

import math

import pytest
import torch
from torch.nn import CrossEntropyLoss

from lenweight.loss import LengthWeighting, label_positions, per_example_loss


def spec_reference_loss(logits, labels, response_lengths):
    """The spec's compute_loss body, written out again from its text (full logits, shift, 1/L, sum to B)."""
    batch_size, vocab_size = logits.shape[0], logits.shape[-1]
    shift_logits = logits[..., :-1, :]
    shift_labels = labels[..., 1:]
    per_token = CrossEntropyLoss(reduction="none")(
        shift_logits.reshape(-1, vocab_size), shift_labels.reshape(-1)
    )
    per_token = per_token.view(batch_size, -1)
    valid = (shift_labels != -100).sum(dim=1)
    per_example = per_token.sum(dim=1) / valid
    weights = 1.0 / response_lengths.float()
    weights = weights / weights.sum() * batch_size
    return (per_example * weights).mean()


def ours_from_full_logits(
    logits, labels, response_lengths, length_power, normalization, dataset_constant=1.0
):
    keep, targets, index = label_positions(labels)
    example = per_example_loss(logits[keep], targets, index, labels.shape[0])
    weighting = LengthWeighting(length_power, normalization, dataset_constant)
    return weighting.loss(example, response_lengths)[0]


def random_batch(seed=0, batch=4, seq=12, vocab=11):
    g = torch.Generator().manual_seed(seed)
    logits = torch.randn(batch, seq, vocab, generator=g)
    labels = torch.randint(0, vocab, (batch, seq), generator=g)
    lengths = torch.tensor([2, 5, 1, 8])[:batch]
    for i, n in enumerate(lengths):  # left-padded layout: prompt/pad first, n response tokens at the end
        labels[i, : seq - n] = -100
    return logits, labels, lengths


def test_batch_normalisation_p1_equals_spec_formula():
    logits, labels, lengths = random_batch()
    ours = ours_from_full_logits(logits, labels, lengths, length_power=1.0, normalization="batch")
    assert torch.allclose(ours, spec_reference_loss(logits, labels, lengths), atol=1e-6)


def test_hand_worked_example():
    # Two examples, vocab 2. Uniform logits give per-token loss ln 2; the second example's only
    # token is predicted with logits (0, ln 3) for target 1: p = 3/4, loss ln(4/3).
    logits = torch.zeros(2, 3, 2)
    logits[1, 1] = torch.tensor([0.0, math.log(3.0)])
    labels = torch.tensor([[-100, 0, 1], [-100, -100, 1]])
    lengths = torch.tensor([2, 1])
    l1, l2 = math.log(2.0), math.log(4 / 3)
    # batch, p=1: weights 1/2 and 1, normalised to sum to 2 -> 2/3 and 4/3.
    expected = (l1 * 2 / 3 + l2 * 4 / 3) / 2
    got = ours_from_full_logits(logits, labels, lengths, length_power=1.0, normalization="batch")
    assert got.item() == pytest.approx(expected, rel=1e-6)
    # dataset, p=1, constant c = 0.75 (mean of 1/2 and 1): weights 2/3 and 4/3 again here.
    got = ours_from_full_logits(
        logits, labels, lengths, length_power=1.0, normalization="dataset", dataset_constant=0.75
    )
    assert got.item() == pytest.approx(expected, rel=1e-6)
    # p=-1 with batch normalisation is the token-level mean: (2*l1 + l2) / 3.
    got = ours_from_full_logits(logits, labels, lengths, length_power=-1.0, normalization="batch")
    assert got.item() == pytest.approx((2 * l1 + l2) / 3, rel=1e-6)
    # p=0: plain mean of the per-example means.
    got = ours_from_full_logits(logits, labels, lengths, length_power=0.0, normalization="batch")
    assert got.item() == pytest.approx((l1 + l2) / 2, rel=1e-6)


def test_batch_of_one_loses_the_weighting_only_under_batch_normalisation():
    logits, labels, lengths = random_batch(batch=1)
    lengths = torch.tensor([4])
    labels[0, :-4] = -100
    unweighted = ours_from_full_logits(logits, labels, lengths, length_power=0.0, normalization="batch")
    batch_norm = ours_from_full_logits(logits, labels, lengths, length_power=1.0, normalization="batch")
    dataset_norm = ours_from_full_logits(
        logits, labels, lengths, length_power=1.0, normalization="dataset", dataset_constant=1.0
    )
    assert torch.allclose(batch_norm, unweighted)  # the spec's weight is always 1 here
    assert torch.allclose(dataset_norm, unweighted / 4)  # ours keeps 1/L


def test_fit_constant_is_mean_weight():
    assert LengthWeighting.fit([1, 2, 4], 1.0).constant == pytest.approx((1 + 0.5 + 0.25) / 3)
    assert LengthWeighting.fit([1, 2, 4], 0.0).constant == pytest.approx(1.0)
    assert LengthWeighting.fit([1, 2, 4], -1.0, "batch").constant == pytest.approx(7 / 3)


def test_relative_weights_mean_one_and_batch_independent():
    w = LengthWeighting.fit([1, 2, 4, 8], 1.0)
    assert w.relative_weights([1, 2, 4, 8]).mean().item() == pytest.approx(1.0)
    # dataset normalisation: an example's weight is the same alone, in any batch, and in the records
    assert w.weights(torch.tensor([2])).item() == pytest.approx(w.relative_weights([2]).item())
    assert w.weights(torch.tensor([2, 8]))[0].item() == pytest.approx(
        w.weights(torch.tensor([1, 2]))[1].item()
    )
    # batch normalisation: it depends on the batch (the spec's behaviour), mean 1 inside each batch
    b = LengthWeighting.fit([1, 2, 4, 8], 1.0, "batch")
    assert b.weights(torch.tensor([2, 8])).mean().item() == pytest.approx(1.0)
    assert b.weights(torch.tensor([2, 8]))[0].item() != pytest.approx(
        b.weights(torch.tensor([1, 2]))[1].item()
    )


def test_stats_effective_sample_size_and_histogram():
    stats = LengthWeighting.fit([1, 1, 1, 1], 1.0).stats([1, 1, 1, 1])
    assert stats["effective_sample_size"] == 4.0  # equal weights: worth every example
    stats = LengthWeighting.fit([1, 100], 1.0).stats([1, 100])
    # weights 1 and 0.01 (before scaling): (1.01)^2 / (1 + 0.0001) = 1.0199
    assert stats["effective_sample_size"] == pytest.approx(1.0, abs=0.05)
    assert (
        stats["response_tokens_histogram"]["1-5"] == 1 and stats["response_tokens_histogram"]["81-160"] == 1
    )
    assert stats["weight"]["max"] == pytest.approx(2 / 1.01, rel=1e-3)


def test_example_without_labels_is_an_error_not_nan():
    logits = torch.zeros(2, 3, 5)
    labels = torch.tensor([[-100, 1, 2], [-100, -100, -100]])
    keep, targets, index = label_positions(labels)
    with pytest.raises(ValueError, match="no label tokens"):
        per_example_loss(logits[keep], targets, index, 2)


def test_bad_weighting_settings():
    with pytest.raises(ValueError, match="constant"):
        LengthWeighting(1.0, "dataset", 0.0)
    with pytest.raises(ValueError, match="normalization"):
        LengthWeighting(1.0, "tokens", 1.0)
    with pytest.raises(
        TypeError
    ):  # no constant by default: an unfitted weighting fails when built, not later
        LengthWeighting(1.0)
