"""`make demo`: prepare + train on examples/alex with the bundled model, then answers before/after."""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path

from .config import load_yaml
from .evaluate import generate_answers, load_eval_file
from .train import prepare, run, write_text_atomic

log = logging.getLogger(__name__)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def before_after(
    adapter_dir: Path, eval_file: str, n_questions: int, max_new_tokens: int
) -> tuple[list, str]:
    """Answers of the base model (adapter disabled) and the fine-tuned one to the first questions."""
    from peft import PeftModel

    from .models import load_model, load_tokenizer

    cfg = load_yaml(adapter_dir / "lenweight_config.yaml")
    tokenizer = load_tokenizer(str(adapter_dir))
    model = PeftModel.from_pretrained(load_model(cfg["model_name_or_path"]), adapter_dir)
    items = load_eval_file(eval_file)[:n_questions]
    questions = [i["question"] for i in items]
    kwargs = {"system_prompt": cfg.get("system_prompt"), "max_new_tokens": max_new_tokens}
    with model.disable_adapter():
        before = generate_answers(model, tokenizer, questions, **kwargs)
    after = generate_answers(model, tokenizer, questions, **kwargs)
    rows = list(zip(questions, before, after))
    md = ["| question | before | tokens | after | tokens |", "|---|---|---|---|---|"]
    for q, b, a in rows:
        cell = lambda t: t.replace("|", "\\|").replace("\n", " ")  # noqa: E731
        md.append(
            f"| {cell(q)} | {cell(b['answer'])} | {b['tokens']} | {cell(a['answer'])} | {a['tokens']} |"
        )
    return rows, "\n".join(md) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="lenweight demo")
    parser.add_argument("--config", default="configs/alex.yaml")
    parser.add_argument("--out", default="runs/demo")
    parser.add_argument("--eval_file", default="examples/alex/eval.jsonl")
    parser.add_argument("--questions", type=int, default=10, help="how many eval questions to show")
    parser.add_argument("--max_new_tokens", type=int, default=96)
    args, train_flags = parser.parse_known_args(argv)
    start = time.perf_counter()
    out = Path(args.out)

    stats = prepare(["--out", str(out / "data")], args.config)
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

    rows, md = before_after(adapter_dir, args.eval_file, args.questions, args.max_new_tokens)
    mean_before = statistics.fmean(b["tokens"] for _, b, _ in rows)
    mean_after = statistics.fmean(a["tokens"] for _, _, a in rows)
    summary = (
        f"Mean answer length over {len(rows)} held-out questions: before {mean_before:.1f} tokens, "
        f"after {mean_after:.1f} tokens ({(mean_after / mean_before - 1) * 100:+.0f} %)."
    )
    write_text_atomic(out / "before_after.md", f"# Before / after\n\n{summary}\n\n{md}")
    print("[3/3] answers before and after fine-tuning (greedy, held-out questions):\n")
    for q, b, a in rows:
        print(
            f"Q: {q}\n   before ({b['tokens']:>3} tok): {_clip(b['answer'], 110)}\n"
            f"   after  ({a['tokens']:>3} tok): {_clip(a['answer'], 110)}\n"
        )
    print(summary)
    print(
        f"\nDemo finished in {time.perf_counter() - start:.0f} s. Written:\n"
        f"  {out / 'data'}/records.jsonl, stats.json   (what was trained on)\n"
        f"  {adapter_dir}/                   (adapter, tokenizer, lenweight_config.yaml, metrics.json, loss_curve.png)\n"
        f"  {out / 'before_after.md'}"
    )


if __name__ == "__main__":
    main()
