"""One table from many single runs of benchmarks/personas.py (e.g. the jobs of gpu_personas.sh).

    python benchmarks/runs_table.py runs/gpu --variants m1 p1 lr2 --pair m1 p1

Each run folder is named VARIANT-sSEED-PERSON (gpu_personas.sh's job names) and holds
PERSON/summary.json. Prints, per person and variant, the mean over seeds with each seed's value in
brackets, then the mean over people of the per-person means, and, with --pair A B, how much shorter
B's answers are than A's and what B's recall is against A's (the issue's length target).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from statistics import mean

NAME = re.compile(r"^(?P<variant>[\w.]+)-s(?P<seed>\d+)-(?P<person>[\w-]+)$")


def load(root: Path) -> dict[tuple[str, str], dict[int, dict]]:
    runs: dict[tuple[str, str], dict[int, dict]] = defaultdict(dict)
    for folder in sorted(root.iterdir()):
        if (
            not (m := NAME.match(folder.name))
            or not (summary := folder / m["person"] / "summary.json").is_file()
        ):
            continue  # not a job's folder, or a run that did not finish
        (model,) = json.loads(summary.read_text()).values()
        runs[m["variant"], m["person"]][int(m["seed"])] = model
    return runs


def average(seeds: dict[int, dict], key: str, scale: float = 1) -> float:
    return mean(scale * s[key] for s in seeds.values())


def cell(values: list[float], fmt: str) -> str:
    each = ", ".join(fmt.format(v) for v in values)
    return fmt.format(mean(values)) + (f" ({each})" if len(values) > 1 else "")


def main(argv: list[str] | None = None) -> str:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("runs", type=Path)
    p.add_argument("--variants", nargs="+", required=True, help="run-name prefixes, in table order")
    p.add_argument("--pair", nargs=2, metavar=("A", "B"), help="compare B's length and recall with A's")
    args = p.parse_args(argv)
    runs = load(args.runs)
    people = sorted({person for _, person in runs})
    lines = [
        "| person | variant | seeds | mean tokens (per seed) | fact recall % (per seed) | not in data (all seeds) | not learned (all seeds) |",
        "|---|---|---|---|---|---|---|",
    ]
    means: dict[str, list[float]] = defaultdict(list)
    for person in people:
        for variant in args.variants:
            seeds = runs.get((variant, person), {})
            if not seeds:
                continue
            ss = [seeds[s] for s in sorted(seeds)]
            recall = [100 * s["fact_recall"] for s in ss]
            means[variant].append(average(seeds, "fact_recall", 100))
            lines.append(
                f"| {person} | {variant} | {', '.join(map(str, sorted(seeds)))} | "
                f"{cell([s['tokens_mean'] for s in ss], '{:.1f}')} | {cell(recall, '{:.1f}')} | "
                f"{sum(s['missed_data_gap'] for s in ss)} | {sum(s['missed_learning_gap'] for s in ss)} |"
            )
    lines.append("")
    for variant in args.variants:
        if means[variant]:
            lines.append(
                f"{variant}: mean recall over {len(means[variant])} people {mean(means[variant]):.1f} %, "
                f"{sum(v >= 80 for v in means[variant])} at or above 80 %"
            )
    if args.pair:
        a, b = args.pair
        lines += ["", f"| person | {a} tokens | {b} tokens | length | {a} recall % | {b} recall % | recall |"]
        lines.append("|---|---|---|---|---|---|---|")
        for person in people:
            ra, rb = runs.get((a, person)), runs.get((b, person))
            if not ra or not rb:
                continue
            ta, tb = (average(r, "tokens_mean") for r in (ra, rb))
            fa, fb = (average(r, "fact_recall", 100) for r in (ra, rb))
            lines.append(
                f"| {person} | {ta:.1f} | {tb:.1f} | {100 * (tb - ta) / ta:+.0f} % | {fa:.1f} | {fb:.1f} | {fb - fa:+.1f} |"
            )
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    main()
