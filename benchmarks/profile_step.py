"""Where a lenweight training step spends its time: torch.profiler over a few steps, top ops by CPU time.

python benchmarks/profile_step.py --steps 3 --batch-size 8
"""

from __future__ import annotations

import argparse

import torch
from bench_train import setup  # benchmarks/ is on sys.path when this script runs
from torch.profiler import ProfilerActivity, profile

from lenweight.collator import DataCollatorWithLengths
from lenweight.loss import dataset_weight_constant
from lenweight.trainer import example_losses


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--rows", type=int, default=15)
    args = parser.parse_args()
    tokenizer, dataset, model = setup(args.model, args.max_length)
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    collate = DataCollatorWithLengths(tokenizer)
    constant = dataset_weight_constant(dataset.response_lengths(), 1.0)
    batches = [
        collate([dataset[i] for i in range(s, s + args.batch_size)])
        for s in range(0, 8 * args.batch_size, args.batch_size)
    ]

    def step(batch):
        losses, _ = example_losses(model, batch)
        weights = batch["response_lengths"].float().pow(-1.0) / constant
        (losses * weights).mean().backward()
        optimizer.step()
        optimizer.zero_grad()

    step(batches[0])  # warm-up
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for batch in batches[1 : args.steps + 1]:
            step(batch)
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=args.rows))


if __name__ == "__main__":
    main()
