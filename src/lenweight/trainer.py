"""Spec module 3: LengthWeightedTrainer, a transformers Trainer whose loss is loss.py's."""

from __future__ import annotations

from collections import defaultdict

import torch
from torch.utils.data import DataLoader
from transformers import Trainer

from .collator import TokenBudgetBatchSampler
from .errors import LenweightError
from .loss import LengthWeighting, label_positions, per_example_loss
from .rundir import latest_checkpoint


def example_losses(model, batch: dict, logits_at_labels_only: bool = True):
    """(per-example mean response loss, model outputs) for a collated batch.

    `labels`, `response_lengths` and `example_ids` are not passed to the model: it would compute a
    second, unweighted loss over the full logits. With `logits_at_labels_only`, the lm_head runs
    only at the positions that predict a label (a boolean `logits_to_keep` mask), never on the full
    (batch, seq, vocab) tensor: on SmolLM2 that tensor is 49k floats per token. A packed batch (one
    row, no attention_mask) is passed as it is: transformers masks it block-diagonally.
    """
    labels = batch["labels"]
    inputs = {k: v for k, v in batch.items() if k not in ("labels", "response_lengths", "example_ids")}
    keep, targets, example_index = label_positions(labels, batch.get("example_ids"))
    if logits_at_labels_only:
        outputs = model(**inputs, logits_to_keep=keep, use_cache=False)
        logits = outputs.logits  # (N label positions, vocab)
    else:
        outputs = model(**inputs, use_cache=False)
        logits = outputs.logits[keep]
    return per_example_loss(logits, targets, example_index, len(batch["response_lengths"])), outputs


class LengthWeightedTrainer(Trainer):
    """Trainer with the inverse response-length weighted loss, normalised over the optimizer step.

    `dataset` normalisation: the loss of a micro-batch is sum_i w_i l_i / N, where N counts the
    examples of the whole optimizer step, over every accumulation micro-batch and every process.
    Trainer asks `_get_num_items_in_batch` for that count (it counts label tokens for its own
    losses; here it counts examples) and then sums the micro-batch gradients without dividing by
    the accumulation steps; DDP averages over processes, so each process scales its loss by the
    number of processes. Every example then weighs exactly w_i / N in its update, whatever the
    micro-batch sizes: the smaller last step of an epoch, uneven shards, packed or padded batches.
    (A per-micro-batch mean would weigh the examples of a 1-example micro-batch more than those of
    a 3-example one in the same step.)

    `batch` normalisation, the spec's, stays a mean per micro-batch: no count is given, and Trainer
    divides by the accumulation steps. The spec's compute_loss dropped in as is would instead be
    taken for a token-normalised loss on a Llama model, and its gradients would come out
    `gradient_accumulation_steps` times too large (tests/test_trainer.py).
    """

    def __init__(
        self,
        *args,
        weighting: LengthWeighting,
        logits_at_labels_only: bool = True,
        max_tokens_per_batch: int | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        # Trainer's rule: a loss normalised by num_items_in_batch is already scaled for accumulation.
        self.model_accepts_loss_kwargs = True
        self.weighting = weighting  # required: fitted on the training set (LengthWeighting.fit)
        self.logits_at_labels_only = logits_at_labels_only
        self.max_tokens_per_batch = max_tokens_per_batch  # None: per_device_train_batch_size examples
        self._stats: dict[str, list[float]] = defaultdict(list)

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        example_loss, outputs = example_losses(model, inputs, self.logits_at_labels_only)
        response_lengths = inputs["response_lengths"]
        loss, weights = self.weighting.loss(example_loss, response_lengths, num_items_in_batch)
        if model.training and num_items_in_batch is not None:
            loss = loss * self.accelerator.num_processes  # DDP averages the processes' gradients
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

    def get_train_dataloader(self) -> DataLoader:
        """Trainer's loader, or with --max_tokens_per_batch one whose micro-batches fill a token budget."""
        if not self.max_tokens_per_batch:
            return super().get_train_dataloader()
        data = self.train_dataset
        batches = TokenBudgetBatchSampler(
            [len(data[i]["input_ids"]) for i in range(len(data))],
            self.max_tokens_per_batch,
            self.data_collator.positions,
            seed=self.args.data_seed if self.args.data_seed is not None else self.args.seed,
        )
        loader = DataLoader(
            data,
            batch_sampler=batches,
            collate_fn=self.data_collator,
            num_workers=self.args.dataloader_num_workers,
            pin_memory=self.args.dataloader_pin_memory,
        )
        return self.accelerator.prepare(loader)  # shards whole micro-batches over processes

    def _get_num_items_in_batch(self, batch_samples: list, device) -> torch.Tensor | None:
        """The examples in these micro-batches (`dataset` normalisation), None for `batch`."""
        if self.weighting.normalization != "dataset" or not batch_samples:
            return None
        return torch.tensor(sum(len(b["response_lengths"]) for b in batch_samples), device=device)

    def get_batch_samples(self, epoch_iterator, num_batches: int, device):
        """An optimizer step's micro-batches and its example count, summed over the processes."""
        batch_samples, count = super().get_batch_samples(epoch_iterator, num_batches, device)
        if count is not None and self.args.world_size > 1:
            count = self.accelerator.gather(count).sum()
        return batch_samples, count

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
