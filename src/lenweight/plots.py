"""Matplotlib figures, written as PNG (Agg backend: no display needed)."""

from __future__ import annotations

import os
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
    savefig_atomic(fig, path)
    plt.close(fig)


def length_distribution(tokens_by_model: dict[str, list[int]], path: Path) -> None:
    """Histogram of answer lengths, one outline per model, on shared bins."""
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    longest = max(max(v) for v in tokens_by_model.values())
    bins = list(range(0, longest + 6, max(1, (longest + 5) // 30)))
    for name, tokens in tokens_by_model.items():
        ax.hist(tokens, bins=bins, histtype="step", linewidth=1.6, label=name)
    ax.set_xlabel("answer length (tokens)")
    ax.set_ylabel("questions")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    savefig_atomic(fig, path)
    plt.close(fig)


def length_vs_recall(points: dict[str, tuple[float, float]], path: Path) -> None:
    """One point per model: mean answer length against fact recall (up and to the left is better)."""
    fig, ax = plt.subplots(figsize=(6, 3.8))
    for name, (length, recall) in points.items():
        ax.scatter([length], [recall * 100], s=50)
        ax.annotate(name, (length, recall * 100), textcoords="offset points", xytext=(6, 4), fontsize=8)
    ax.set_xlabel("mean answer length (tokens)")
    ax.set_ylabel("fact recall (%)")
    ax.set_ylim(-5, 105)
    ax.set_xlim(left=0)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    savefig_atomic(fig, path)
    plt.close(fig)


def savefig_atomic(fig, path) -> None:
    """Render to a temporary sibling, then rename: an interrupted save leaves no truncated image."""
    path = Path(path)
    tmp = path.with_name(path.stem + ".tmp" + path.suffix)  # the suffix tells matplotlib the format
    fig.savefig(tmp, dpi=110)
    os.replace(tmp, path)
