"""Spec module 2: DataCollatorWithLengths, and the one left-padding helper (training and generation)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from transformers import PreTrainedTokenizerBase

from .dataset import IGNORE_INDEX


def left_pad(sequences, pad_value: int, width: int | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """(padded (B, width) long tensor, attention mask): each sequence right-aligned, pad_value before it."""
    width = width or max(len(s) for s in sequences)
    out = torch.full((len(sequences), width), pad_value, dtype=torch.long)
    mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for i, seq in enumerate(sequences):
        n = len(seq)
        if n:
            out[i, width - n :] = torch.as_tensor(seq)
            mask[i, width - n :] = 1
    return out, mask


@dataclass
class DataCollatorWithLengths:
    """Left-pad a list of ChatDataset examples into a batch.

    Two examples, pad id 0, lengths 3 and 5 (prompt tokens `p`, response tokens `r`)::

        input_ids       = [[ 0,  0, p1, r1, r2],      attention_mask = [[0, 0, 1, 1, 1],
                           [p1, p2, p3, r1, r2]]                        [1, 1, 1, 1, 1]]
        labels          = [[-100, -100, -100, r1, r2],
                           [-100, -100, -100, r1, r2]]
        position_ids    = [[0, 0, 0, 1, 2],           response_lengths = [2, 2]
                           [0, 1, 2, 3, 4]]

    `position_ids` count real tokens only, so a left-padded example sees the same rotary positions
    as when it is alone (without them, positions would start at the pad count). Padding is placed by
    position and masked by `attention_mask` and -100 labels, never recognised by its id: the pad id
    may equal the end-of-turn id. Left padding also puts every response at the right edge, which
    is what lets the trainer compute logits for the last few positions only.

    `pad_to_multiple_of` (e.g. 8 on GPU) rounds the padded length up for tensor-core-friendly shapes.
    """

    tokenizer: PreTrainedTokenizerBase
    pad_to_multiple_of: int | None = None

    def __call__(self, features: list[dict]) -> dict[str, torch.Tensor]:
        longest = max(len(f["input_ids"]) for f in features)
        if self.pad_to_multiple_of:
            longest = -(-longest // self.pad_to_multiple_of) * self.pad_to_multiple_of
        input_ids, attention_mask = left_pad(
            [f["input_ids"] for f in features], self.tokenizer.pad_token_id, longest
        )
        labels, _ = left_pad([f["labels"] for f in features], IGNORE_INDEX, longest)
        position_ids = (attention_mask.cumsum(dim=1) - 1).clamp(min=0)
        return {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "position_ids": position_ids,
            "labels": labels,
            "response_lengths": torch.tensor([f["response_length"] for f in features], dtype=torch.long),
        }
