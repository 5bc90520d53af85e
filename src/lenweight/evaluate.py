"""Evaluation: batched greedy answers to held-out questions, length and fact-recall metrics, reports.

    lenweight evaluate --run runs/me --model_name_or_path smollm2-135m-instruct --eval_file eval.jsonl

Eval file: one JSON object a line, {"question", "reference"?, "facts"?, "history"?}; each fact is a
string or a list of accepted alternatives (["6", "six"]); `history` is the conversation before the
question (alternating user and assistant messages, OpenAI style), given to the model as context.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
from pathlib import Path

import torch
from tqdm.auto import tqdm

from .cli import add_flag, parser_for
from .collator import left_pad
from .errors import LenweightError
from .prompts import prompt_ids
from .records import is_encodable, json_lines, parse_json
from .report import write_report
from .rundir import Run
from .stats import p90

log = logging.getLogger(__name__)
# Questions answered at once. Greedy decoding on a CPU reads every weight once per new token, for a
# batch as for one question, so larger batches are faster (Alex's 42 base-model answers, 128 new
# tokens: 86 s at 8, 45 s at 32, 31 s at 44, the same answers); 64 holds every eval set in examples/.
GENERATION_BATCH = 64


def load_eval_file(path: str | Path) -> list[dict]:
    """Read and validate the eval file; errors name the file, line and field."""
    path = Path(path)
    items = []
    for lineno, text, problem in json_lines(path, "eval", "--eval_file"):
        obj, problem = (None, problem) if problem else parse_json(text)
        problem = problem or _eval_item_problem(obj)
        if problem:
            raise LenweightError(f"{path}, line {lineno}: {problem}")
        for fact in obj.get("facts", []):
            if isinstance(fact, str) and _OR in fact:  # alternatives written as fact_label shows them
                listed = json.dumps([alt.strip() for alt in fact.split(_OR)], ensure_ascii=False)
                log.warning(
                    f"{path}, line {lineno}: fact {fact!r} is matched whole, {_OR!r} included; if those "
                    f"are alternatives, write them as a list: {listed}"
                )
        # a reference that fails its own facts scores a right answer worded like it as wrong
        # ("£120m." against the fact "120": "120m" is one word once normalised)
        if ref := obj.get("reference"):
            if failed := [fact_label(f) for f in obj.get("facts", []) if not fact_found(ref, f)]:
                log.warning(
                    f"{path}, line {lineno}: the reference {ref!r} does not contain the fact(s) "
                    f"{', '.join(map(repr, failed))} as whole words, so an answer worded like it would be "
                    f"scored wrong; add the words it uses as an alternative, e.g. [{failed[0]!r}, ...]"
                )
        items.append(
            {
                "question": obj["question"],
                "reference": obj.get("reference"),
                "facts": obj.get("facts", []),
                "history": _history_pairs(obj.get("history", [])),
            }
        )
    if not items:
        raise LenweightError(f"{path}: no questions found; one JSON object a line, e.g. " + EVAL_EXAMPLE)
    return items


def _history_pairs(history: list[dict]) -> list[tuple[str, str]]:
    return [(q["content"].strip(), a["content"].strip()) for q, a in zip(history[::2], history[1::2])]


EVAL_EXAMPLE = '{"question": "Where did Alex study?", "facts": ["Johns Hopkins", ["M.S.", "master"]]}'


def _eval_item_problem(obj) -> str | None:
    if not isinstance(obj, dict):
        return f"expected a JSON object like {EVAL_EXAMPLE}, got {type(obj).__name__}"
    question = obj.get("question")
    if not isinstance(question, str) or not question.strip() or not is_encodable(question):
        return "field 'question' must be a non-empty string"
    if obj.get("reference") is not None and not (
        isinstance(obj["reference"], str) and is_encodable(obj["reference"])
    ):
        return "field 'reference' must be a string"

    def usable(s) -> bool:  # a string that still says something once normalised
        return isinstance(s, str) and bool(normalize(s))

    history = obj.get("history", [])
    roles = ["user", "assistant"] * (len(history) // 2)
    if not (
        isinstance(history, list)
        and len(history) % 2 == 0
        and all(
            isinstance(m, dict) and isinstance(m.get("content"), str) and m["content"].strip()
            for m in history
        )
        and [m["role"] for m in history] == roles
    ):
        return (
            "field 'history' must be the earlier turns, alternating user and assistant messages, "
            'e.g. [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."}]'
        )
    facts = obj.get("facts", [])
    if not isinstance(facts, list) or not all(
        usable(f) or (isinstance(f, list) and f and all(usable(a) for a in f)) for f in facts
    ):
        return (
            "field 'facts' must be a list whose items are non-empty strings or lists of "
            'alternative strings, e.g. ["Johns Hopkins", ["6", "six"]]'
        )
    return None


# ---- metrics -------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """Lower case, punctuation to spaces (keeping + and #, for C++ and C#), single spaces."""
    return " ".join(re.sub(r"[^0-9a-z+#]+", " ", text.lower()).split())


def fact_found(answer: str, fact: str | list[str]) -> bool:
    """Whether any alternative of `fact` appears in `answer` as whole words, after normalising both."""
    padded = f" {normalize(answer)} "
    return any(f" {normalize(alt)} " in padded for alt in ([fact] if isinstance(fact, str) else fact))


def fact_label(fact: str | list[str]) -> str:
    return fact if isinstance(fact, str) else _OR.join(fact)


_OR = " / "  # between a fact's alternatives in reports


_ROUGE = None


def rouge_l(answer: str, reference: str) -> float:
    """ROUGE-L F1 (Google's rouge-score package, stemming on)."""
    global _ROUGE
    if _ROUGE is None:
        from rouge_score import rouge_scorer

        _ROUGE = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return _ROUGE.score(reference, answer)["rougeL"].fmeasure


def score(item: dict, generated: dict, trained: list[str] | None = None) -> dict:
    """One result row: the answer, its lengths, facts found and missed, ROUGE-L.

    With `trained` (the responses the model was trained on), each missed fact is also classed: a
    *data gap* if no training response contains it (no training could have taught it), else a
    *learning gap* (it was taught and not recalled).
    """
    found = [f for f in item["facts"] if fact_found(generated["answer"], f)]
    missed = [f for f in item["facts"] if f not in found]
    gaps = None if trained is None else [f for f in missed if not any(fact_found(t, f) for t in trained)]
    return {
        "question": item["question"],
        "answer": generated["answer"],
        "tokens": generated["tokens"],
        "words": len(generated["answer"].split()),
        "cut_off": generated["cut_off"],
        "facts_found": [fact_label(f) for f in found],
        "facts_missed": [fact_label(f) for f in missed],
        "facts_missed_not_in_training": None if gaps is None else [fact_label(f) for f in gaps],
        "rouge_l": rouge_l(generated["answer"], item["reference"]) if item.get("reference") else None,
    }


def probes(rows: list[dict], items: list[dict], trained: list[dict], per_fact: int = 3) -> list[tuple]:
    """(row index, fact label, training record) for each learning-gap fact: up to `per_fact` records
    whose response holds the fact, those closest to the item's reference answer first (the same
    words can answer another question: "Data Journalism" is a degree and an award), then the
    shortest (the most direct way it was taught)."""
    out = []
    for i, (row, item) in enumerate(zip(rows, items)):
        gaps = set(row["facts_missed_not_in_training"] or [])
        for fact in item["facts"]:
            label = fact_label(fact)
            if label in row["facts_missed"] and label not in gaps:
                holding = [r for r in trained if fact_found(r["bot_response"], fact)]
                ref = item.get("reference")
                # Stable sort: ties keep file order, so the choice is deterministic.
                holding.sort(
                    key=lambda r: (-rouge_l(r["bot_response"], ref) if ref else 0, len(r["bot_response"]))
                )
                out += [(i, label, r) for r in holding[:per_fact]]
    return out


def apply_probes(rows: list[dict], items: list[dict], found: list[tuple]) -> None:
    """Record the probes' outcome on each row: `asked_as_trained` (question, answer, recalled per
    probe) and `facts_missed_recalled_as_trained` (the learning-gap facts some probe recalled)."""
    facts = {(i, fact_label(f)): f for i, item in enumerate(items) for f in item["facts"]}
    for row in rows:
        row["asked_as_trained"] = []
        row["facts_missed_recalled_as_trained"] = []
    for (i, label, record), answer in found:
        recalled = fact_found(answer, facts[i, label])
        rows[i]["asked_as_trained"].append(
            {"fact": label, "question": record["user_message"], "answer": answer, "recalled": recalled}
        )
        if recalled and label not in rows[i]["facts_missed_recalled_as_trained"]:
            rows[i]["facts_missed_recalled_as_trained"].append(label)


def ask_as_trained(model, tokenizer, rows, items, trained, system_prompt, max_new_tokens, batch_size, name):
    """Ask every learning-gap fact again the way training taught it, to tell two learning gaps apart.

    A fact the model gives back to a training question (with that record's own context) was
    memorised and is lost only to the held-out question's new phrasing: more examples seen will
    not fix it, more angles on the fact or a larger model may. A fact missed on every training
    question it was taught with was not memorised: train longer. Greedy, like the evaluation.
    """
    asked = probes(rows, items, trained)
    answers: list[str | None] = [None] * len(asked)
    by_system: dict[str | None, list[int]] = {}  # a conversation's own system message replaced the prompt
    for k, (_, _, record) in enumerate(asked):
        by_system.setdefault(record.get("system") or system_prompt, []).append(k)
    for system, ks in by_system.items():
        generated = generate_answers(
            model,
            tokenizer,
            [asked[k][2]["user_message"] for k in ks],
            system,
            max_new_tokens,
            batch_size,
            desc=f"asking as trained ({name})",
            histories=[asked[k][2].get("history", ()) for k in ks],
        )
        for k, g in zip(ks, generated):
            answers[k] = g["answer"]
    apply_probes(rows, items, list(zip(asked, answers)))


def summarize(rows: list[dict]) -> dict:
    tokens, words = [r["tokens"] for r in rows], [r["words"] for r in rows]
    n_facts = sum(len(r["facts_found"]) + len(r["facts_missed"]) for r in rows)
    rouge = [r["rouge_l"] for r in rows if r["rouge_l"] is not None]
    return {
        "questions": len(rows),
        "tokens_mean": statistics.fmean(tokens),
        "tokens_median": statistics.median(tokens),
        "tokens_p90": p90(tokens),
        "words_mean": statistics.fmean(words),
        "words_median": statistics.median(words),
        "words_p90": p90(words),
        "cut_off_share": sum(r["cut_off"] for r in rows) / len(rows),
        # Micro-average: every required fact counts once, whichever question it belongs to.
        "fact_recall": sum(len(r["facts_found"]) for r in rows) / n_facts if n_facts else None,
        "rouge_l": statistics.fmean(rouge) if rouge else None,
        "facts": n_facts,
        **gap_totals(rows, n_facts),
    }


def gap_totals(rows: list[dict], n_facts: int) -> dict:
    """Missed facts split into data gaps and learning gaps, and the learning gaps that were memorised
    (recalled when asked as trained): None where the training data is unknown or was not asked."""
    if any(r.get("facts_missed_not_in_training") is None for r in rows):
        return dict.fromkeys(
            ("missed_data_gap", "missed_learning_gap", "missed_recalled_as_trained", "fact_memorised")
        )
    data = sum(len(r["facts_missed_not_in_training"]) for r in rows)
    asked = all("facts_missed_recalled_as_trained" in r for r in rows)
    memorised = sum(len(r["facts_missed_recalled_as_trained"]) for r in rows) if asked else None
    return {
        "missed_data_gap": data,
        "missed_learning_gap": sum(len(r["facts_missed"]) for r in rows) - data,
        "missed_recalled_as_trained": memorised,
        # The share of facts the model holds: recalled on the held-out question or as trained.
        "fact_memorised": (
            (sum(len(r["facts_found"]) for r in rows) + memorised) / n_facts if asked and n_facts else None
        ),
    }


# ---- generation ----------------------------------------------------------------------------


@torch.no_grad()
def generate_answers(
    model,
    tokenizer,
    questions: list[str],
    system_prompt: str | None = None,
    max_new_tokens: int = 128,
    batch_size: int = GENERATION_BATCH,
    progress: bool = True,
    desc: str = "generating",
    histories: list | None = None,
) -> list[dict]:
    """Greedy answers, batched with left padding. Each result: answer text, its token count, cut_off.
    `histories` gives each question its earlier (question, answer) turns, if any.

    Questions are sorted by prompt length before batching, so that batches need little padding;
    results come back in the original order.
    """
    was_training = model.training
    model.eval()
    eos = tokenizer.eos_token_id
    device = next(model.parameters()).device
    histories = histories or [()] * len(questions)
    prompts = [prompt_ids(tokenizer, q, system_prompt, h) for q, h in zip(questions, histories)]
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
    results: list[dict | None] = [None] * len(prompts)
    for start in tqdm(range(0, len(order), batch_size), desc=desc, disable=not progress):
        idx = order[start : start + batch_size]
        input_ids, attention_mask = left_pad([prompts[i] for i in idx], tokenizer.pad_token_id)
        width = input_ids.shape[1]
        out = model.generate(
            input_ids=input_ids.to(device),
            attention_mask=attention_mask.to(device),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=eos,
        )
        for row, i in enumerate(idx):
            new = out[row, width:].tolist()
            stop = new.index(eos) if eos in new else len(new)
            results[i] = {
                "answer": tokenizer.decode(new[:stop], skip_special_tokens=True).strip(),
                "tokens": stop,
                "cut_off": eos not in new,
            }
    model.train(was_training)
    return results


# ---- whole evaluations and reports ---------------------------------------------------------


def evaluate_model(
    model, tokenizer, items, system_prompt, max_new_tokens, batch_size, name, trained=None
) -> list[dict]:
    """Result rows for `items`; with `trained` (the run's training records) each missed fact is
    classed as a data or learning gap, and each learning gap asked again as it was trained."""
    generated = generate_answers(
        model,
        tokenizer,
        [i["question"] for i in items],
        system_prompt,
        max_new_tokens,
        batch_size,
        desc=f"answering ({name})",
        histories=[i.get("history", ()) for i in items],
    )
    responses = None if trained is None else [r["bot_response"] for r in trained]
    rows = [score(item, g, responses) for item, g in zip(items, generated)]
    if trained is not None:
        ask_as_trained(
            model, tokenizer, rows, items, trained, system_prompt, max_new_tokens, batch_size, name
        )
    return rows


def base_label(model: str) -> str:
    """The report's name for an untouched base model."""
    return f"base {model}"


def load_models(runs: dict[str, str], bases: list[str]):
    """Yield (label, model, tokenizer, training records) one at a time: one model in memory at once."""
    from .models import inference_device, load_model, load_tokenizer

    for base in bases:
        yield base_label(base), load_model(base).to(inference_device()), load_tokenizer(base), None
    for label, path in runs.items():
        run = Run.open(path)
        model, tokenizer = run.load_model()
        yield label, model.to(inference_device()), tokenizer, run.training_records()


def run_evaluation(runs, bases, eval_file, system_prompt, max_new_tokens=128, batch_size=GENERATION_BATCH):
    """Answer the same questions with every model: ({model: result rows}, {model: summary}).

    Every model, base models included, gets the same `system_prompt` (usually the runs' own:
    `Run.system_prompt`), so differences come from the weights alone.
    """
    items = load_eval_file(eval_file)
    all_rows, summaries = {}, {}
    for label, model, tokenizer, trained in load_models(runs, bases):
        rows = evaluate_model(
            model, tokenizer, items, system_prompt, max_new_tokens, batch_size, label, trained
        )
        all_rows[label], summaries[label] = rows, summarize(rows)
        s = summaries[label]
        gaps = (
            f" (missed: {s['missed_data_gap']} never in the training data, {s['missed_learning_gap']} taught "
            f"but not recalled, {s['missed_recalled_as_trained']} of them recalled when asked as trained)"
            if s["missed_data_gap"] is not None
            else ""
        )
        log.info("%s: mean %.1f tokens, fact recall %s%s", label, s["tokens_mean"], s["fact_recall"], gaps)
        del model
    return all_rows, summaries


def main(argv: list[str] | None = None) -> dict:
    parser = parser_for("lenweight evaluate", __doc__)
    add_flag(
        parser, "run", action="append", default=[], help="a `lenweight train` output directory (repeatable)"
    )
    add_flag(
        parser,
        "model_name_or_path",
        action="append",
        default=[],
        help="an untouched base model to answer too, e.g. smollm2-135m-instruct (repeatable)",
    )
    add_flag(parser, "eval_file", help="held-out questions; default: the first run's eval_file setting")
    add_flag(parser, "output_dir", help="report directory; default: RUN/eval for a single --run")
    add_flag(
        parser,
        "system_prompt",
        help="default: the first run's system prompt, so base and tuned models see the same prompt",
    )
    add_flag(parser, "max_new_tokens", type=int, default=128)
    add_flag(
        parser, "generation_batch_size", type=int, default=GENERATION_BATCH, help="questions answered at once"
    )
    args = parser.parse_args(argv)
    if not args.run and not args.model_name_or_path:
        raise LenweightError("evaluate: give --run DIR and/or --model_name_or_path NAME")
    first = Run.open(args.run[0]) if args.run else None
    eval_file = args.eval_file or (first and first.eval_file)
    if not eval_file:
        raise LenweightError("evaluate: give --eval_file (the run's config names none)")
    out = args.output_dir or (str(Path(args.run[0]) / "eval") if len(args.run) == 1 else None)
    if not out:
        raise LenweightError("evaluate: give --output_dir DIR for the report")
    system_prompt = args.system_prompt if args.system_prompt is not None else first and first.system_prompt
    rows, summaries = run_evaluation(
        {Path(r).name: r for r in args.run},
        args.model_name_or_path,
        eval_file,
        system_prompt,
        args.max_new_tokens,
        args.generation_batch_size,
    )
    report = write_report(Path(out), rows, summaries, eval_file, args.max_new_tokens)
    log.info("Wrote %s, results.jsonl, summary.json and plots", report)
    if len(args.run) == 1:  # the run's model card gets the table (the base models, if any, beside it)
        from .card import write_card

        write_card(first, evaluation=summaries, eval_file=eval_file)
    return summaries
