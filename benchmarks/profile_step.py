"""Where a lenweight training step spends its time: torch.profiler over a few steps, top ops by CPU time.

python benchmarks/profile_step.py --steps 3 --per_device_train_batch_size 8
"""

from __future__ import annotations

import torch
from bench_train import setup  # benchmarks/ is on sys.path when this script runs
from torch.profiler import ProfilerActivity, profile

from lenweight.cli import add_flag, parser_for
from lenweight.collator import DataCollatorWithLengths
from lenweight.loss import LengthWeighting
from lenweight.trainer import example_losses


def main() -> None:
    parser = parser_for("benchmarks/profile_step.py", __doc__)
    add_flag(parser, "model_name_or_path", default="smollm2-135m-instruct")
    add_flag(parser, "steps", type=int, default=3)
    add_flag(parser, "per_device_train_batch_size", type=int, default=8)
    add_flag(parser, "max_length", type=int, default=256)
    add_flag(parser, "rows", type=int, default=15)
    args = parser.parse_args()
    tokenizer, dataset, model = setup(args.model_name_or_path, args.max_length)
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    collate = DataCollatorWithLengths(tokenizer)
    weighting = LengthWeighting.fit([e["response_length"] for e in dataset], 1.0)
    batches = [
        collate([dataset[i] for i in range(s, s + args.per_device_train_batch_size)])
        for s in range(0, 8 * args.per_device_train_batch_size, args.per_device_train_batch_size)
    ]

    def step(batch):
        losses, _ = example_losses(model, batch)
        weighting.loss(losses, batch["response_lengths"])[0].backward()
        optimizer.step()
        optimizer.zero_grad()

    step(batches[0])  # warm-up
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for batch in batches[1 : args.steps + 1]:
            step(batch)
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=args.rows))


if __name__ == "__main__":
    main()
