"""`make demo`: prepare + train on examples/alex with the bundled model, then evaluate base vs tuned."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from .card import write_card
from .cli import add_flag, parser_for
from .compare import change
from .config import load_yaml
from .errors import LenweightError
from .evaluate import base_label, run_evaluation
from .prepare import prepare
from .report import summary_table, write_report
from .rundir import CONFIG_FILE, Run
from .train import run

log = logging.getLogger(__name__)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> None:
    parser = parser_for("lenweight demo", __doc__)
    parser.add_argument("--config", default="configs/alex.yaml")
    add_flag(parser, "output_dir", default="runs/demo", help="data/, model/ and the report go here")
    add_flag(parser, "show", type=int, default=10, help="how many answers to print before/after")
    add_flag(parser, "max_new_tokens", type=int, default=128)
    args, train_flags = parser.parse_known_args(argv)
    start = time.perf_counter()
    out = Path(args.output_dir)
    cfg = load_yaml(args.config)
    if not cfg.get("eval_file"):
        raise LenweightError(f"{args.config}: the demo needs an eval_file")

    stats = prepare(["--output_dir", str(out / "data")], args.config)
    t = stats["train"]
    print(
        f"\n[1/3] data: {stats['records_per_source']} -> {t['examples']} train examples; response tokens "
        f"median {t['response_tokens']['median']}, max {t['response_tokens']['max']}; "
        f"effective sample size {t['effective_sample_size']}\n"
    )

    adapter_dir, _ = run(
        ["--output_dir", str(out / "model"), "--overwrite_output_dir", "true", *train_flags], args.config
    )
    print(f"\n[2/3] trained: adapter in {adapter_dir}\n")

    tuned = Run.open(adapter_dir)
    rows, summaries = run_evaluation(
        {"fine-tuned": str(adapter_dir)},
        [tuned.base_model],
        cfg["eval_file"],
        tuned.system_prompt,
        args.max_new_tokens,
    )
    before_label = base_label(tuned.base_model)
    verdict = "- " + change(summaries["fine-tuned"], summaries[before_label], "fine-tuned", "base")
    report = write_report(out, rows, summaries, cfg["eval_file"], args.max_new_tokens, verdict=verdict)
    write_card(tuned, evaluation=summaries, eval_file=cfg["eval_file"])  # the model card gets the table

    print(
        f"[3/3] answers before and after fine-tuning (greedy, {len(rows['fine-tuned'])} held-out questions; "
        f"first {args.show} shown):\n"
    )
    for b, a in list(zip(rows[before_label], rows["fine-tuned"]))[: args.show]:
        print(
            f"Q: {b['question']}\n   before ({b['tokens']:>3} tok): {_clip(b['answer'], 110)}\n"
            f"   after  ({a['tokens']:>3} tok): {_clip(a['answer'], 110)}\n"
        )
    print(summary_table(summaries, {}) + "\n\n" + verdict)
    print(
        f"\nDemo finished in {time.perf_counter() - start:.0f} s. Written:\n"
        f"  {out / 'data'}/records.jsonl, stats.json   what was trained on\n"
        f"  {adapter_dir}/    adapter, tokenizer, {CONFIG_FILE}, metrics.json, loss_curve.png\n"
        f"  {report}          evaluation report, with results.jsonl, summary.json and plots beside it"
    )
