"""The length-weighted loss on tensors (no model, no Trainer): `LengthWeighting` and the per-example loss.

Each example's loss is the mean cross-entropy over its response tokens, weighted by w = L^-p where
L is its response length in tokens:

    p = 1    the spec: short answers count more (weight 1/L)
    p = 0    every example counts the same, whatever its length
    p = -1   weight L: each *token* counts the same, i.e. ordinary token-level SFT

Normalisation ("what do the weights sum to"):

    batch    the spec's formula: w / sum(w) * B inside each micro-batch, so the loss is the
             w-weighted mean of the batch's per-example losses. With one example per device the
             weight is always 1 and the weighting vanishes; the result also changes with batch size.
    dataset  (default) w / c with c = mean of L^-p over the training set, computed once. Each
             example keeps the same weight in every batch, so batch size, gradient accumulation and
             the number of processes do not change the objective, and the mean weight is 1, so the
             learning rate means what it means for plain SFT.

`LengthWeighting.fit(lengths, p, normalization)` holds p, the normalisation and c; the trainer,
`prepare`, metrics.json and the benchmarks take that one object.
"""

from __future__ import annotations

import statistics
import typing
from dataclasses import asdict, dataclass
from typing import Literal

import torch
import torch.nn.functional as F

from .stats import histogram, p90

Normalization = Literal["dataset", "batch"]
NORMALIZATIONS = typing.get_args(Normalization)  # one list: the config's type and the checks share it


@dataclass(frozen=True)
class LengthWeighting:
    """w = L^-p, normalised: the one place the weighting is defined.

    Built once from the training set's response lengths (`fit`) and passed whole to `prepare`,
    the trainer, metrics.json and the benchmarks, so every file gives an example the same weight.
    `constant` is the mean of L^-p over the training set: the divisor of `dataset` normalisation,
    and the scale in which `relative_weights` (records.jsonl, stats.json) are reported under
    either normalisation.
    """

    power: float
    normalization: Normalization
    constant: float  # no default: a weighting is fitted (`fit`), never half-built

    def __post_init__(self):
        if self.normalization not in NORMALIZATIONS:
            raise ValueError(f"normalization must be one of {NORMALIZATIONS}, got {self.normalization!r}")
        if not self.constant > 0:
            raise ValueError(f"the weight constant must be positive, got {self.constant}")

    @classmethod
    def fit(cls, lengths: list[int], power: float = 1.0, normalization: Normalization = "dataset"):
        raw = torch.tensor(lengths).float().pow(-power)
        return cls(power, normalization, raw.mean().item())

    def relative_weights(self, lengths) -> torch.Tensor:
        """L^-p / constant: mean 1 over the training set, the same in every batch."""
        return torch.as_tensor(lengths).float().pow(-self.power) / self.constant

    def weights(self, lengths: torch.Tensor) -> torch.Tensor:
        """The weights one micro-batch's examples get in the loss (fp32)."""
        w = torch.as_tensor(lengths).float().pow(-self.power)
        if self.normalization == "batch":
            return w / w.sum() * w.numel()
        return w / self.constant

    def loss(self, example_loss: torch.Tensor, lengths: torch.Tensor, num_examples=None):
        """(loss, weights) for one micro-batch: the weighted per-example losses, summed and divided
        by `num_examples` (the examples of the whole optimizer step, `dataset` normalisation only),
        else averaged over the micro-batch."""
        weights = self.weights(lengths).to(example_loss.device)
        if num_examples is not None and self.normalization == "dataset":
            return (example_loss * weights).sum() / num_examples, weights
        return (example_loss * weights).mean(), weights

    def stats(self, lengths: list[int]) -> dict:
        """Response lengths and their relative weights: range, histogram, effective sample size."""
        w = self.relative_weights(lengths)
        return {
            "examples": len(lengths),
            "response_tokens": {
                "min": min(lengths),
                "median": statistics.median(lengths),
                "p90": p90(lengths),
                "max": max(lengths),
                "mean": round(statistics.fmean(lengths), 2),
            },
            "response_tokens_histogram": histogram(lengths),
            "weight": {"min": round(w.min().item(), 4), "max": round(w.max().item(), 4)},
            # (sum w)^2 / sum w^2: how many equally-weighted examples the weighted set is "worth".
            "effective_sample_size": round((w.sum() ** 2 / (w**2).sum()).item(), 1),
        }

    def to_dict(self) -> dict:
        return asdict(self)


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


def label_positions(labels: torch.Tensor, example_ids: torch.Tensor | None = None, ignore_index: int = -100):
    """Which logits to compute, and their targets, for next-token prediction.

    Returns (keep, targets, example_index): `keep` (B, S) bool marks positions t whose next token
    labels[t+1] is a label; it is what `logits_to_keep` takes, so the lm_head runs at those
    positions only. targets/example_index follow keep's row-major order. The example of a position
    is its row, or, for packed rows, `example_ids` at that position.
    """
    keep = torch.zeros_like(labels, dtype=torch.bool)
    keep[:, :-1] = labels[:, 1:] != ignore_index
    targets = labels[:, 1:][keep[:, :-1]]
    example_index = keep.nonzero(as_tuple=True)[0] if example_ids is None else example_ids[keep]
    return keep, targets, example_index
