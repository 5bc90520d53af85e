"""Spec module 3: LengthWeightedTrainer, a transformers Trainer whose loss is loss.py's."""

from __future__ import annotations

from collections import defaultdict

import torch
from transformers import Trainer

from .errors import LenweightError
from .loss import LengthWeighting, label_positions, per_example_loss
from .rundir import latest_checkpoint


def example_losses(model, batch: dict, logits_at_labels_only: bool = True):
    """(per-example mean response loss, model outputs) for a collated batch.

    `labels` and `response_lengths` are not passed to the model: it would compute a second,
    unweighted loss over the full logits. With `logits_at_labels_only`, the lm_head runs only at
    the positions that predict a label (a boolean `logits_to_keep` mask), never on the full
    (batch, seq, vocab) tensor: on SmolLM2 that tensor is 49k floats per token.
    """
    labels = batch["labels"]
    inputs = {k: v for k, v in batch.items() if k not in ("labels", "response_lengths")}
    keep, targets, example_index = label_positions(labels)
    if logits_at_labels_only:
        outputs = model(**inputs, logits_to_keep=keep, use_cache=False)
        logits = outputs.logits  # (N label positions, vocab)
    else:
        outputs = model(**inputs, use_cache=False)
        logits = outputs.logits[keep]
    return per_example_loss(logits, targets, example_index, labels.shape[0]), outputs


class LengthWeightedTrainer(Trainer):
    """Trainer with the inverse response-length weighted loss.

    Gradient accumulation: Trainer divides the loss by the accumulation steps only when it thinks
    the loss was *not* already normalised by `num_items_in_batch` (a token count). For a Llama
    model it assumes it was, so the spec's compute_loss, dropped in as is, yields gradients
    `gradient_accumulation_steps` times too large. Our loss is a per-micro-batch mean, so we say so
    (`loss_is_scaled_for_ga = False`) and switch off the token count, which is the wrong
    denominator for a per-example loss anyway.
    """

    loss_is_scaled_for_ga = False

    def __init__(self, *args, weighting: LengthWeighting, logits_at_labels_only: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.model_accepts_loss_kwargs = False  # no num_items_in_batch: we never divide by token counts
        self.weighting = weighting  # required: fitted on the training set (LengthWeighting.fit)
        self.logits_at_labels_only = logits_at_labels_only
        self._stats: dict[str, list[float]] = defaultdict(list)

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        example_loss, outputs = example_losses(model, inputs, self.logits_at_labels_only)
        response_lengths = inputs["response_lengths"]
        loss, weights = self.weighting.loss(example_loss, response_lengths)
        if model.training:
            if not torch.isfinite(loss):
                raise self._non_finite(loss)
            with torch.no_grad():
                self._stats["mean_response_length"].append(response_lengths.float().mean().item())
                self._stats["weight_mean"].append(weights.mean().item())
                self._stats["weight_min"].append(weights.min().item())
                self._stats["weight_max"].append(weights.max().item())
                self._stats["unweighted_loss"].append(example_loss.mean().item())
        return (loss, outputs) if return_outputs else loss

    def _non_finite(self, loss: torch.Tensor) -> LenweightError:
        # Stop at once: an optimizer step on a NaN gradient would poison every adapter weight, and
        # the run would go on printing nan for hours.
        last = latest_checkpoint(self.args.output_dir)
        return LenweightError(
            f"Non-finite loss ({loss.item()}) at step {self.state.global_step + 1}; training stopped, nothing saved. "
            f"Last good checkpoint: {last or 'none saved yet'}. Lower --learning_rate or check the data, "
            "then train again" + (f" with --resume_from_checkpoint {last}." if last else ".")
        )

    def log(self, logs: dict[str, float], start_time: float | None = None) -> None:
        # Attach the batch statistics gathered since the last training log line.
        if "loss" in logs and self._stats:
            reduce = {"weight_min": min, "weight_max": max}
            for key, values in self._stats.items():
                logs[key] = round(reduce.get(key, lambda v: sum(v) / len(v))(values), 4)
            self._stats.clear()
        super().log(logs, start_time)
