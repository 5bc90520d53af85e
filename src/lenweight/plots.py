"""Matplotlib figures, written as PNG.

`matplotlib.figure.Figure` draws without pyplot: no backend is chosen or switched (a notebook
that imports lenweight keeps its own) and no display is needed.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from .files import atomic_path


def loss_curve(log_history: list[dict], path: Path) -> None:
    """Training loss per logged step, and eval loss where it was computed."""
    train = [(h["step"], h["loss"]) for h in log_history if "loss" in h]
    evals = [(h["step"], h["eval_loss"]) for h in log_history if "eval_loss" in h]
    fig, ax = _figure(figsize=(6, 3.5))
    if train:
        ax.plot(*zip(*train), label="train (weighted)")
    if evals:
        ax.plot(*zip(*evals), "o-", label="eval (weighted)")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("length-weighted loss")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    savefig(fig, path)


def length_distribution(tokens_by_model: dict[str, list[int]], path: Path) -> None:
    """Histogram of answer lengths, one outline per model, on shared bins."""
    fig, ax = _figure(figsize=(6.5, 3.8))
    longest = max(max(v) for v in tokens_by_model.values())
    bins = list(range(0, longest + 6, max(1, (longest + 5) // 30)))
    for name, tokens in tokens_by_model.items():
        ax.hist(tokens, bins=bins, histtype="step", linewidth=1.6, label=name)
    ax.set_xlabel("answer length (tokens)")
    ax.set_ylabel("questions")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    savefig(fig, path)


def length_vs_recall(points: dict[str, tuple[float, float]], path: Path) -> None:
    """One point per model: mean answer length against fact recall (up and to the left is better)."""
    fig, ax = _figure(figsize=(6, 3.8))
    for name, (length, recall) in points.items():
        ax.scatter([length], [recall * 100], s=50)
        ax.annotate(name, (length, recall * 100), textcoords="offset points", xytext=(6, 4), fontsize=8)
    ax.set_xlabel("mean answer length (tokens)")
    ax.set_ylabel("fact recall (%)")
    ax.set_ylim(-5, 105)
    ax.set_xlim(left=0)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    savefig(fig, path)


def _figure(figsize):
    fig = Figure(figsize=figsize)
    return fig, fig.add_subplot()


def savefig(fig: Figure, path) -> None:
    """Save as PNG (via a temporary sibling, renamed into place: never a truncated image)."""
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110)
