"""Spec module 2: DataCollatorWithLengths, micro-batches by token budget, and the one left-padding helper."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import torch
from torch.utils.data.distributed import DistributedSampler
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


def pack_rows(lengths: list[int], max_row_tokens: int | None) -> tuple[list[list[int]], list[int]]:
    """(example indices per row, tokens per row): the fewest rows of at most `max_row_tokens`, evenly filled.

    Every row is padded to the longest, so uneven rows waste positions: next-fit in data order left
    a quarter of them padding on Alex's batches at max_length 256. Longest example first into the
    emptiest row (LPT) evens them out, with a row added when they do not fit; which row an example
    sits in changes no loss or gradient (each example attends only to itself). Rows and the
    indices in them are in data order.
    """
    total = sum(lengths)
    if not max_row_tokens or total <= max_row_tokens:
        return [list(range(len(lengths)))], [total]
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    k = -(-total // max_row_tokens)  # no fewer rows can hold them
    while True:
        rows, sizes = [[] for _ in range(k)], [0] * k
        for i in order:
            j = sizes.index(min(sizes))
            rows[j].append(i)
            sizes[j] += lengths[i]
        if max(sizes) <= max_row_tokens or k >= len(lengths):  # one example a row always fits
            rows, sizes = zip(*sorted((sorted(r), n) for r, n in zip(rows, sizes)))
            return list(rows), list(sizes)
        k += 1


@dataclass
class DataCollatorWithLengths:
    """A list of ChatDataset examples as one batch: packed (default in training) or left-padded.

    **Packed** (`padding_free=True`): the examples are concatenated into a row with no pad token
    between them (into several rows of at most `max_row_tokens`, see `pack`); `position_ids` restart
    at 0 for each example and there is no `attention_mask`.
    From exactly that (no mask, no cache) transformers builds a block-diagonal causal mask, so
    each example attends only to itself and its logits equal those of a separate forward.
    `example_ids` says which example each token belongs to (the loss is per example)::

        input_ids    = [[p1, r1, r2, p1, p2, p3, r1, r2]]     response_lengths = [2, 2]
        position_ids = [[ 0,  1,  2,  0,  1,  2,  3,  4]]
        example_ids  = [[ 0,  0,  0,  1,  1,  1,  1,  1]]
        labels       = [[-100, r1, r2, -100, -100, -100, r1, r2]]

    Every example starts with a prompt token (label -100), so no label ever asks one example to
    predict the next example's first token.

    **Padded** (`padding_free=False`), the spec's layout:

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
    padding_free: bool = False
    max_row_tokens: int | None = None  # packed rows: at most this many tokens (None: one row)

    def __call__(self, features: list[dict]) -> dict[str, torch.Tensor]:
        if self.padding_free:
            return self.pack(features)
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

    def positions(self, lengths: list[int]) -> int:
        """Token positions (rows x width) of the batch these example lengths collate to: what its
        activations' memory grows with, pad positions included."""
        if self.padding_free:
            sizes = pack_rows(lengths, self.max_row_tokens)[1]
            return len(sizes) * max(sizes)
        longest = max(lengths)
        if self.pad_to_multiple_of:
            longest = -(-longest // self.pad_to_multiple_of) * self.pad_to_multiple_of
        return len(lengths) * longest

    def pack(self, features: list[dict]) -> dict[str, torch.Tensor]:
        """The examples into rows of at most `max_row_tokens` (one row when they fit; `pack_rows`).

        A row's attention is one (tokens x tokens) product however it is masked, so an unbounded
        row of long examples costs more than padding them (2.1x a step, measured); capped at the
        longest example allowed (max_length), no row costs more than one padded example. Shorter rows are
        filled at the end by a block of pad tokens: a sequence of its own (position_ids from 0,
        no labels) that nothing real attends to.
        """
        rows, sizes = pack_rows([len(f["input_ids"]) for f in features], self.max_row_tokens)
        width = max(sizes)
        out = {k: [] for k in ("input_ids", "position_ids", "labels", "example_ids")}
        for row, size in zip(rows, sizes):
            seqs, ids = [features[i] for i in row], list(row)
            if size < width:  # the pad block: a sequence of its own, with no labels
                fill = width - size
                seqs.append(
                    {"input_ids": [self.tokenizer.pad_token_id] * fill, "labels": [IGNORE_INDEX] * fill}
                )
                ids.append(0)
            lengths = torch.tensor([len(f["input_ids"]) for f in seqs])
            out["input_ids"].append(torch.cat([torch.as_tensor(f["input_ids"]) for f in seqs]))
            out["labels"].append(torch.cat([torch.as_tensor(f["labels"]) for f in seqs]))
            out["position_ids"].append(torch.cat([torch.arange(n) for n in lengths.tolist()]))
            out["example_ids"].append(torch.repeat_interleave(torch.tensor(ids), lengths))
        batch = {k: torch.stack(v) for k, v in out.items()}
        batch["response_lengths"] = torch.tensor([f["response_length"] for f in features], dtype=torch.long)
        return batch


class TokenBudgetBatchSampler:
    """Micro-batches of consecutive examples, in a shuffled order, that collate to at most
    `max_tokens` positions (`positions`, e.g. DataCollatorWithLengths.positions).

    The data keep their random order (nothing is sorted or grouped by length): each micro-batch
    takes examples until the next one would overflow the budget, so a batch of short answers holds
    many examples and one of long answers few, and memory is bounded by tokens rather than by the
    longest example times the batch size. The number of micro-batches therefore varies a little from
    epoch to epoch; the loss is exact anyway (examples are counted per optimizer step).

    The order is `DistributedSampler`'s with one replica: a permutation drawn from seed + epoch.
    accelerate sets the epoch through `.sampler` (also when it shards the batches over processes).
    """

    def __init__(self, lengths: list[int], max_tokens: int, positions: Callable[[list[int]], int], seed: int):
        self.lengths = lengths
        self.max_tokens = max_tokens
        self.positions = positions
        self.sampler = DistributedSampler(
            range(len(lengths)), num_replicas=1, rank=0, shuffle=True, seed=seed
        )

    def __iter__(self) -> Iterator[list[int]]:
        batch: list[int] = []
        for i in self.sampler:
            if batch and self.positions([self.lengths[j] for j in batch + [i]]) > self.max_tokens:
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def __len__(self) -> int:
        return sum(1 for _ in self)  # this epoch's count (the order decides it)
