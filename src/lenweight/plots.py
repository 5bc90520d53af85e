"""Matplotlib figures, written as PNG (Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def loss_curve(log_history: list[dict], path: Path) -> None:
    """Training loss per logged step, and eval loss where it was computed."""
    train = [(h["step"], h["loss"]) for h in log_history if "loss" in h]
    evals = [(h["step"], h["eval_loss"]) for h in log_history if "eval_loss" in h]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    if train:
        ax.plot(*zip(*train), label="train (weighted)")
    if evals:
        ax.plot(*zip(*evals), "o-", label="eval (weighted)")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("length-weighted loss")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
