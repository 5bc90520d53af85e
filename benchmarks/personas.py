"""The multi-person benchmark: `lenweight compare` on every person in examples/, one table.

    python benchmarks/personas.py --seeds 3 --length_powers -1 1 --output_dir runs/personas --table docs/results.md

Each person (a folder with resume.*, chat_logs.jsonl and eval.jsonl) is trained with the built-in
defaults (no config file: the schedule, the question forms and the system prompt adapt to the data),
once per power and seed, and evaluated on its held-out questions. Extra flags go to every training
run (e.g. --train_examples 1600). Runs already finished in --out are reused, so an interrupted
benchmark picks up where it stopped. CI runs it at smoke size on a tiny model (tests/test_examples.py).
"""

from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

from lenweight.cli import add_flag, parser_for, setup_logging
from lenweight.compare import label, model_flag, verdict
from lenweight.compare import main as compare
from lenweight.evaluate import base_label, load_eval_file
from lenweight.models import BUNDLED_MODEL


def people(root: Path, names: list[str] | None) -> list[Path]:
    found = sorted(p for p in root.iterdir() if (p / "eval.jsonl").is_file() and any(p.glob("resume.*")))
    return [p for p in found if not names or p.name in names]


def _cell(s: dict, key: str, scale: float, fmt: str) -> str:
    if s.get(key) is None:
        return "n/a"
    text = fmt.format(s[key] * scale)
    if s.get(f"{key}_min") is not None:
        text += f" ({fmt.format(s[key + '_min'] * scale)}-{fmt.format(s[key + '_max'] * scale)})"
    return text


GAP_KEYS = ("missed_data_gap", "missed_learning_gap", "missed_recalled_as_trained")


def table(results: dict[str, dict[str, dict]], powers: list[float], base: str | None) -> str:
    lines = [
        "| person | model | mean tokens (min-max) | fact recall % (min-max) | missed: not in data "
        "| missed: not learned | of which recalled as trained |",
        "|---|---|---|---|---|---|---|",
    ]
    for person, summaries in results.items():
        rows = ([base] if base else []) + [label(p) for p in powers]
        for name in rows:
            s = summaries[name]
            gaps = [_cell(s, k, 1, "{:.3g}") for k in GAP_KEYS]
            lines.append(
                f"| {person} | {name.split(' ')[0]} | {_cell(s, 'tokens_mean', 1, '{:.1f}')} | "
                f"{_cell(s, 'fact_recall', 100, '{:.1f}')} | " + " | ".join(gaps) + " |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    p = parser_for("benchmarks/personas.py", __doc__)
    add_flag(p, "examples", default="examples", help="folder of people")
    add_flag(p, "people", nargs="+", help="only these people (folder names)")
    add_flag(p, "length_powers", dest="powers", type=float, nargs="+", default=[-1.0, 1.0])
    add_flag(p, "seeds", type=int, default=3)
    add_flag(p, "output_dir", default="runs/personas")
    add_flag(p, "table", help="write the markdown results here (e.g. docs/results.md)")
    add_flag(p, "no_base", type=bool, help="do not evaluate the base model")
    add_flag(p, "max_new_tokens", type=int, default=64)
    args, train_flags = p.parse_known_args(argv)
    base = None if args.no_base else base_label(model_flag(train_flags) or BUNDLED_MODEL)
    command = "python benchmarks/personas.py " + " ".join(sys.argv[1:] if argv is None else argv)
    setup_logging()
    start = time.perf_counter()
    results, verdicts = {}, {}
    for person in people(Path(args.examples), args.people):
        resume = next(person.glob("resume.*"))
        flags = ["--length_powers", *map(str, args.powers), "--seeds", str(args.seeds)]
        flags += [
            "--output_dir",
            str(Path(args.output_dir) / person.name),
            "--eval_file",
            str(person / "eval.jsonl"),
        ]
        flags += ["--max_new_tokens", str(args.max_new_tokens), "--no_base", str(args.no_base)]
        flags += ["--chat_logs", str(person / "chat_logs.jsonl"), "--resume", str(resume), *train_flags]
        summaries = compare(flags)
        results[person.name] = summaries
        n_facts = sum(len(item["facts"]) for item in load_eval_file(person / "eval.jsonl"))
        verdicts[person.name] = verdict(summaries, args.powers, base, n_facts)
    text = table(results, args.powers, base)
    print(text)
    if args.table:
        parts = [
            "# Results: brief and right, on every person in examples/\n",
            f"Made by `{command}` in {time.perf_counter() - start:.0f} s on {platform.processor() or platform.machine()}"
            f" ({platform.system()}). Means over {args.seeds} seed(s), min-max in brackets; greedy answers "
            f"to each person's held-out questions, at most {args.max_new_tokens} new tokens.\n",
            text + "\n",
            "How the default schedule was chosen, and where recall stops rising: docs/recipe.md.\n",
        ]
        parts += [f"## {name}\n\n{v}\n" for name, v in verdicts.items()]
        Path(args.table).write_text("\n".join(parts), encoding="utf-8")
    return results


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
