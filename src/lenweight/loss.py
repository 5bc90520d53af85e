"""The length-weighted loss as pure functions on tensors (no model, no Trainer).

Each example's loss is the mean cross-entropy over its response tokens, weighted by w = L^-p where
L is its response length in tokens:

    p = 1    the seed: short answers count more (weight 1/L)
    p = 0    every example counts the same, whatever its length
    p = -1   weight L: each *token* counts the same, i.e. ordinary token-level SFT

Normalisation ("what do the weights sum to"):

    batch    the seed's formula: w / sum(w) * B inside each micro-batch, so the loss is the
             w-weighted mean of the batch's per-example losses. With one example per device the
             weight is always 1 and the weighting vanishes; the result also changes with batch size.
    dataset  (default) w / c with c = mean of L^-p over the training set, computed once. Each
             example keeps the same weight in every batch, so batch size, gradient accumulation and
             the number of processes do not change the objective, and the mean weight is 1, so the
             learning rate means what it means for plain SFT.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

NORMALIZATIONS = ("batch", "dataset")


def length_weights(response_lengths: torch.Tensor, length_power: float) -> torch.Tensor:
    """w = L^-p, in fp32."""
    return response_lengths.float().pow(-length_power)


def dataset_weight_constant(response_lengths: list[int], length_power: float) -> float:
    """Mean of L^-p over the training set: the `dataset` normaliser."""
    return length_weights(torch.tensor(response_lengths), length_power).mean().item()


def per_example_loss(
    logits: torch.Tensor, targets: torch.Tensor, example_index: torch.Tensor, batch_size: int
):
    """Mean token cross-entropy per example, from logits at label positions only.

    logits (N, vocab) and targets (N,) are the N positions that carry a label, flattened over the
    batch; example_index (N,) says which example each belongs to. Cross-entropy runs in fp32
    whatever the model's dtype (bf16 log-softmax over 49k classes loses ~2 digits).
    """
    token_loss = F.cross_entropy(logits.float(), targets, reduction="none")
    sums = token_loss.new_zeros(batch_size).index_add_(0, example_index, token_loss)
    counts = torch.bincount(example_index, minlength=batch_size)
    if (counts == 0).any():
        # ChatDataset never yields such examples; a hand-made batch could, and 0/0 would be NaN.
        raise ValueError("an example in the batch has no label tokens; its mean loss is undefined")
    return sums / counts


def length_weighted_loss(
    example_loss: torch.Tensor,
    response_lengths: torch.Tensor,
    length_power: float = 1.0,
    normalization: str = "dataset",
    dataset_constant: float | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """(loss, normalised weights) for one micro-batch; see the module docstring for the maths."""
    weights = length_weights(response_lengths, length_power).to(example_loss.device)
    if normalization == "batch":
        weights = weights / weights.sum() * weights.numel()
    elif normalization == "dataset":
        if not dataset_constant or dataset_constant <= 0:
            raise ValueError(
                "dataset normalisation needs the training set's mean weight (dataset_constant > 0)"
            )
        weights = weights / dataset_constant
    else:
        raise ValueError(f"normalization must be one of {NORMALIZATIONS}, got {normalization!r}")
    return (example_loss * weights).mean(), weights


def label_positions(labels: torch.Tensor, ignore_index: int = -100):
    """Which logits to compute, and their targets, for next-token prediction.

    Returns (keep, targets, example_index): `keep` (B, S) bool marks positions t whose next token
    labels[t+1] is a label; it is what `logits_to_keep` takes, so the lm_head runs at those
    positions only. targets/example_index follow keep's row-major order.
    """
    keep = torch.zeros_like(labels, dtype=torch.bool)
    keep[:, :-1] = labels[:, 1:] != ignore_index
    targets = labels[:, 1:][keep[:, :-1]]
    example_index = keep.nonzero(as_tuple=True)[0]
    return keep, targets, example_index
