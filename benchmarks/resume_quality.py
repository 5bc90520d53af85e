"""Score the resume generator on a corpus of resumes with gold files (docs/data-quality.md).

    python benchmarks/resume_quality.py [--corpus tests/data/resumes] [--out docs/data-quality.json]

Each resume `X.txt|.md|.json|.tex` has `X.gold.json`: {"name", "facts": [{"ask": [...], "answer": "..."}],
"never": [...]}. A gold fact is recalled *with attribution* when some generated pair's question
contains every `ask` string and its answer contains `answer` (case-insensitive, spacing folded): the
role must be asked about the right employer. An `ask` entry or the `answer` may be a list of
alternatives (a language the resume names in its own language, which the questions and answers name
in English: ["Spanisch", "Spanish"]). Garbage: a pair holding a `never` string (case-sensitive)
or formatting residue. Contradiction: one question with two different answers.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lenweight.cli import add_flag, parser_for
from lenweight.dataset import SyntheticGenerator

RESIDUE = re.compile(r"\*\*|__|\]\(|^\s*[-*•➢#|>]|\s\|\s|={2,}|\t")


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _alternatives(ask: str | list[str]) -> list[str]:
    return ask if isinstance(ask, list) else [ask]


def score(path: Path, gold: dict) -> dict:
    # Every question form the generator can make, not a sample: recall of what it can teach.
    gen = SyntheticGenerator.from_file(path, questions_per_fact=99, seed=0)
    pairs = gen.generate()
    sampled = len(SyntheticGenerator.from_file(path, seed=0).generate())
    found, missed = 0, []
    for fact in gold["facts"]:
        ok = any(
            all(any(fold(x) in fold(p["user_message"]) for x in _alternatives(a)) for a in fact["ask"])
            and any(fold(x) in fold(p["bot_response"]) for x in _alternatives(fact["answer"]))
            for p in pairs
        )
        found += ok
        if not ok:
            missed.append(fact)
    garbage = [
        p for p in pairs
        if any(s in p["bot_response"] or s in p["user_message"] for s in gold.get("never", []))
        or RESIDUE.search(p["bot_response"]) or RESIDUE.search(p["user_message"])
    ]  # fmt: skip
    answers = defaultdict(set)
    for p in pairs:
        answers[fold(p["user_message"])].add(fold(p["bot_response"]))
    return {
        "resume": path.name,
        "name_ok": gen.resume.name == gold["name"],
        "pairs": sampled,
        "facts": gen.coverage.get("facts", 0),
        "gold": len(gold["facts"]),
        "recalled": found,
        "recall": round(found / len(gold["facts"]), 3),
        "dropped": gen.coverage.get("dropped_by_gate", {}),
        "garbage": len(garbage),
        "contradictions": sum(len(a) > 1 for a in answers.values()),
        "unused_lines": gen.coverage.get("unused_lines", 0),
        "missed": missed,
        "garbage_pairs": garbage[:10],
    }


def main(argv=None) -> int:
    ap = parser_for("benchmarks/resume_quality.py", __doc__.split("\n")[0])
    add_flag(ap, "corpus", default="tests/data/resumes")
    add_flag(ap, "json", default=None, help="Write the full results (misses included) as JSON here.")
    args = ap.parse_args(argv)
    rows = []
    for gold_path in sorted(Path(args.corpus).glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        resume = next(p for p in gold_path.parent.glob(stem + ".*") if p != gold_path)
        rows.append(score(resume, json.loads(gold_path.read_text())))
    print(
        "| resume | name | pairs | facts | gold recalled | recall | dropped by gate | garbage | contradictions | unused lines |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        dropped = ", ".join(f"{k} {v}" for k, v in sorted(r["dropped"].items())) or "0"
        print(f"| {r['resume']} | {'ok' if r['name_ok'] else 'WRONG'} | {r['pairs']} | {r['facts']} | {r['recalled']}/{r['gold']} "
              f"| {r['recall']:.2f} | {dropped} | {r['garbage']} | {r['contradictions']} | {r['unused_lines']} |")  # fmt: skip
    total = Counter()
    for r in rows:
        total.update(
            {
                "recalled": r["recalled"],
                "gold": r["gold"],
                "garbage": r["garbage"],
                "contradictions": r["contradictions"],
            }
        )
    print(f"\nall: {total['recalled']}/{total['gold']} gold facts recalled with attribution "
          f"({total['recalled'] / max(total['gold'], 1):.3f}), min recall {min(r['recall'] for r in rows):.2f}, "
          f"garbage {total['garbage']}, contradictions {total['contradictions']}")  # fmt: skip
    for r in rows:
        for m in r["missed"]:
            print(f"  missed {r['resume']}: ask {m['ask']} -> {m['answer']!r}")
        for p in r["garbage_pairs"]:
            print(f"  garbage {r['resume']}: {p['user_message']!r} -> {p['bot_response']!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
