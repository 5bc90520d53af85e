"""Packed rows filled evenly (today's `pack_rows`) against next-fit in data order (the packing before
session 17): token positions and the time of a forward and backward pass on the same micro-batches;
then, counting only, the positions of three whole shuffled epochs.

python benchmarks/rows.py --max_length 256 --batches 30

Both layouts run on the same model in one process, one after the other for every micro-batch, in
alternating order: this machine's speed drifts by a third from minute to minute (other tenants), and
a ratio of two separate runs measures the drift as much as the packing. Positions (rows x width) are
exact; so is the loss, up to float summation order (the largest difference is printed).
"""

from __future__ import annotations

import json
import random
import time

from bench_train import setup  # benchmarks/ is on sys.path when this script runs

import lenweight.collator
from lenweight.cli import add_flag, parser_for
from lenweight.collator import DataCollatorWithLengths, pack_rows
from lenweight.loss import LengthWeighting
from lenweight.trainer import example_losses


def next_fit(lengths: list[int], max_row_tokens: int | None) -> tuple[list[list[int]], list[int]]:
    """The previous packing: consecutive examples, a new row when the next one does not fit."""
    rows, sizes = [[]], [0]
    for i, n in enumerate(lengths):
        if rows[-1] and max_row_tokens and sizes[-1] + n > max_row_tokens:
            rows.append([])
            sizes.append(0)
        rows[-1].append(i)
        sizes[-1] += n
    return rows, sizes


def whole_epochs(lengths: list[int], size: int, cap: int, packings: dict) -> dict:
    """Per packing, over three shuffled epochs: the share of positions that are real tokens, and the
    largest micro-batch in positions (what the peak memory follows). Counting only, no model."""
    out = {name: {"real_share": [], "largest": []} for name in packings}
    for seed in range(3):
        order = list(range(len(lengths)))
        random.Random(seed).shuffle(order)
        batches = [[lengths[i] for i in order[s : s + size]] for s in range(0, len(order), size)]
        for name, pack in packings.items():
            positions = [len(sizes) * max(sizes) for sizes in (pack(b, cap)[1] for b in batches)]
            out[name]["real_share"].append(sum(lengths) / sum(positions))
            out[name]["largest"].append(max(positions))
    return out


def main() -> None:
    parser = parser_for("benchmarks/rows.py", __doc__)
    add_flag(parser, "model_name_or_path", default="smollm2-135m-instruct")
    add_flag(parser, "max_length", type=int, default=256, help="the rows' cap, as `lenweight train` sets it")
    add_flag(parser, "per_device_train_batch_size", type=int, default=8)
    add_flag(
        parser, "batches", type=int, default=30, help="timed micro-batches (one more runs untimed first)"
    )
    add_flag(parser, "json", help="also write the result here")
    args = parser.parse_args()
    tokenizer, examples, model = setup(args.model_name_or_path, args.max_length)
    model.train()
    weighting = LengthWeighting.fit([e["response_length"] for e in examples], 1.0)
    collate = DataCollatorWithLengths(tokenizer, padding_free=True, max_row_tokens=args.max_length)
    order = list(range(len(examples)))
    random.Random(0).shuffle(order)  # random micro-batches, as training draws them
    packings = {"next-fit": next_fit, "even": pack_rows}
    seconds, positions, largest = ({name: 0 for name in packings} for _ in range(3))
    loss_difference = 0.0
    size = args.per_device_train_batch_size
    for k in range(args.batches + 1):
        features = [examples[i] for i in order[k * size : (k + 1) * size]]
        losses = {}
        for name in sorted(packings, reverse=k % 2 == 1):
            lenweight.collator.pack_rows = packings[name]  # what DataCollatorWithLengths.pack calls
            batch = collate(features)
            start = time.perf_counter()
            example_loss, _ = example_losses(model, batch)
            loss = weighting.loss(example_loss, batch["response_lengths"])[0]
            loss.backward()
            model.zero_grad()
            if k:  # the first micro-batch warms up both
                seconds[name] += time.perf_counter() - start
                positions[name] += batch["input_ids"].numel()
                largest[name] = max(largest[name], batch["input_ids"].numel())
            losses[name] = loss.item()
        loss_difference = max(loss_difference, abs(losses["even"] - losses["next-fit"]))
    lenweight.collator.pack_rows = pack_rows
    epochs = whole_epochs([len(e["input_ids"]) for e in examples], size, args.max_length, packings)
    result = {
        "max_length": args.max_length,
        "batches": args.batches,
        **{f"{name}_{what}": d[name] for name in packings for what, d in
           (("seconds", seconds), ("positions", positions), ("largest_batch", largest))},
        "time_ratio": seconds["next-fit"] / seconds["even"],
        "positions_ratio": positions["next-fit"] / positions["even"],
        "max_loss_difference": loss_difference,
        "whole_epochs": epochs,
    }  # fmt: skip
    print(
        f"max_length {args.max_length}, {args.batches} micro-batches of {size}: positions "
        f"{positions['next-fit']} next-fit, {positions['even']} even ({result['positions_ratio']:.2f}x fewer; "
        f"largest batch {largest['next-fit']} -> {largest['even']}); forward+backward "
        f"{seconds['next-fit']:.1f} s -> {seconds['even']:.1f} s ({result['time_ratio']:.2f}x faster); "
        f"largest loss difference {loss_difference:.1e}"
    )
    for name, e in epochs.items():
        print(
            f"whole epoch, shuffles 0-2, {name}: real tokens {min(e['real_share']):.1%}-{max(e['real_share']):.1%} "
            f"of the positions, largest micro-batch {min(e['largest'])}-{max(e['largest'])} positions"
        )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
