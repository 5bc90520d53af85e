"""Evaluation reports: results.jsonl, summary.json, report.md and its plots, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from .files import write_atomic, write_jsonl

COLUMNS = [  # (summary key, header, format)
    ("tokens_mean", "mean tok", "{:.1f}"),
    ("tokens_median", "median tok", "{:.0f}"),
    ("tokens_p90", "p90 tok", "{:.0f}"),
    ("words_mean", "mean words", "{:.1f}"),
    ("cut_off_share", "cut off", "{:.0%}"),
    ("fact_recall", "fact recall", "{:.1%}"),
    ("rouge_l", "ROUGE-L", "{:.3f}"),
    ("missed_data_gap", "missed: not in data", "{:.3g}"),
    ("missed_learning_gap", "missed: not learned", "{:.3g}"),
    ("missed_recalled_as_trained", "of which recalled as trained", "{:.3g}"),
]


def _fmt(value, fmt: str) -> str:
    return "n/a" if value is None else fmt.format(value)


def _range(s: dict, key: str, fmt: str) -> str:
    """' (min-max)' for a mean over seeds (compare --seeds), else ''."""
    if s.get(f"{key}_min") is None:
        return ""
    return f" ({fmt.format(s[key + '_min'])}-{fmt.format(s[key + '_max'])})"


def summary_table(summaries: dict[str, dict], extra_columns: dict[str, dict[str, str]]) -> str:
    """Markdown table, one row per model; extra_columns maps a header to {model: cell}."""
    headers = ["model"] + [h for _, h, _ in COLUMNS] + list(extra_columns)
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for name, s in summaries.items():
        cells = (
            [name]
            + [_fmt(s.get(k), f) + _range(s, k, f) for k, _, f in COLUMNS]
            + [extra_columns[h].get(name, "") for h in extra_columns]
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_report(
    out: Path,
    rows_by_model: dict[str, list[dict]],
    summaries: dict[str, dict],
    eval_file: str,
    max_new_tokens: int,
    extra_columns: dict | None = None,
    verdict: str = "",
) -> Path:
    from .plots import length_distribution, length_vs_recall  # matplotlib: only when a report is written

    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "results.jsonl", ({"model": m, **r} for m, rows in rows_by_model.items() for r in rows))
    write_atomic(out / "summary.json", json.dumps(summaries, indent=2))
    length_distribution(
        {m: [r["tokens"] for r in rows] for m, rows in rows_by_model.items()}, out / "length_distribution.png"
    )
    recall_points = {
        m: (s["tokens_mean"], s["fact_recall"]) for m, s in summaries.items() if s["fact_recall"] is not None
    }
    if recall_points:
        length_vs_recall(recall_points, out / "length_vs_recall.png")
    n = next(iter(summaries.values()))["questions"]
    parts = [
        "# lenweight evaluation\n",
        f"{n} questions from `{eval_file}`, greedy decoding, at most {max_new_tokens} new tokens. "
        "Lengths exclude the end-of-turn token; *cut off* is the share of answers that hit the cap; "
        "*fact recall* is the share of required facts found in the answers (case, punctuation and "
        "spacing ignored; any listed alternative counts). A missed fact is *not in data* when no "
        "training response contains it (a gap in the data: add it to the resume or the logs), and "
        "*not learned* when one does (a gap in the training). Each fact not learned is asked again "
        "with (up to 3 of) the training questions that taught it: *recalled as trained* counts the "
        "facts the model gives back there, memorised but lost to the held-out question's new "
        "phrasing (more angles on the fact or a larger model help, longer training does not); the "
        "rest were not memorised (train longer).\n",
        summary_table(summaries, extra_columns or {}) + "\n",
    ]
    if verdict:
        parts.append("## Verdict\n\n" + verdict + "\n")
    parts.append("![answer lengths](length_distribution.png)\n")
    if recall_points:
        parts.append("![length against fact recall](length_vs_recall.png)\n")
    parts.append("## Answers\n")
    models = list(rows_by_model)
    for i, first in enumerate(rows_by_model[models[0]]):
        parts.append(f"**Q{i + 1}. {first['question']}**\n")
        for m in models:
            r = rows_by_model[m][i]
            gaps = set(r.get("facts_missed_not_in_training") or [])
            memorised = set(r.get("facts_missed_recalled_as_trained") or [])
            missed = ", ".join(
                f + (" (not in data)" if f in gaps else " (recalled as trained)" if f in memorised else "")
                for f in r["facts_missed"]
            )
            missed = f"; missed: {missed}" if missed else ""
            answer = " ".join(r["answer"].split()) or "(empty)"
            parts.append(f"- *{m}* ({r['tokens']} tok{missed}): {answer}")
        parts.append("")
    write_atomic(out / "report.md", "\n".join(parts) + "\n")
    return out / "report.md"
