"""What PEFT's LoRA dropout (nn.Dropout, the CLI's default p=0.05) costs on this CPU, per layer of
SmolLM2-135M, against the random draws any dropout needs and against the layer's own matmuls.

    python benchmarks/dropout_cost.py [--tokens 400] [--reps 20]

With LoRA on all seven projections, PEFT draws a mask for each projection's input: six of width 576
(q, k, v, o, gate, up) and one of 1,536 (down), so 4,992 draws a token a layer. Timed on random
inputs, in this process, each variant `reps` times after one untimed call."""

from __future__ import annotations

import argparse
import time

import torch


def per_call_ms(f, reps: int) -> float:
    f()
    t0 = time.perf_counter()
    for _ in range(reps):
        f()
    return (time.perf_counter() - t0) / reps * 1e3


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument(
        "--tokens", type=int, default=400, help="tokens in a step (a packed batch of 8 Alex examples: ~400)"
    )
    p.add_argument("--reps", type=int, default=20)
    args = p.parse_args(argv)
    torch.manual_seed(0)
    xs = [torch.randn(args.tokens, w) for w in [576] * 6 + [1536]]
    dropout = torch.nn.Dropout(0.05).train()
    weight = torch.randn(1536, 576)
    rows = {
        "nn.Dropout(0.05) on the 7 inputs (what PEFT runs)": lambda: [dropout(x) for x in xs],
        "bernoulli_ into bool masks only": lambda: [
            torch.empty_like(x, dtype=torch.bool).bernoulli_(0.95) for x in xs
        ],
        "torch.rand_like only": lambda: [torch.rand_like(x) for x in xs],
        "torch.randint uint8 only (a p of 13/256)": lambda: [
            torch.randint(0, 256, x.shape, dtype=torch.uint8) for x in xs
        ],
        "x * mask * scale, the mask ready": lambda: [x * (x > 0) * 1.05 for x in xs],
        "one 576 -> 1536 matmul (for scale)": lambda: xs[0] @ weight.T,
    }
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {args.tokens} tokens, ms a layer:")
    for name, f in rows.items():
        print(f"  {per_call_ms(f, args.reps):7.2f}  {name}")


if __name__ == "__main__":
    main()
