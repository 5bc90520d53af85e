"""Batched greedy generation and the eval-file loader.

The full evaluation (fact recall, ROUGE-L, reports) builds on these.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from tqdm.auto import tqdm

from .dataset import prompt_ids
from .errors import LenweightError


def load_eval_file(path: str | Path) -> list[dict]:
    """Read `{"question", "reference"?, "facts"?}` lines; facts are strings or lists of alternatives."""
    path = Path(path)
    if not path.is_file():
        raise LenweightError(f"{path}: eval file not found (--eval-file)")
    items = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise LenweightError(f"{where}: malformed JSON ({e.msg} at column {e.colno})") from None
        if (
            not isinstance(obj, dict)
            or not isinstance(obj.get("question"), str)
            or not obj["question"].strip()
        ):
            raise LenweightError(f"{where}: field 'question' must be a non-empty string")
        facts = obj.get("facts", [])
        ok = isinstance(facts, list) and all(
            isinstance(f, str) or (isinstance(f, list) and f and all(isinstance(a, str) for a in f))
            for f in facts
        )
        if not ok:
            raise LenweightError(f"{where}: field 'facts' must be a list of strings or of lists of strings")
        items.append({"question": obj["question"], "reference": obj.get("reference"), "facts": facts})
    if not items:
        raise LenweightError(f"{path}: no questions found")
    return items


@torch.no_grad()
def generate_answers(
    model,
    tokenizer,
    questions: list[str],
    system_prompt: str | None = None,
    max_new_tokens: int = 96,
    batch_size: int = 8,
    progress: bool = True,
) -> list[dict]:
    """Greedy answers, batched with left padding. Each result: answer text, its token count, cut_off."""
    was_training = model.training
    model.eval()
    eos = tokenizer.eos_token_id
    results = []
    batches = range(0, len(questions), batch_size)
    for start in tqdm(batches, desc="generating", disable=not progress):
        prompts = [prompt_ids(tokenizer, q, system_prompt) for q in questions[start : start + batch_size]]
        width = max(map(len, prompts))
        input_ids = torch.full((len(prompts), width), tokenizer.pad_token_id, dtype=torch.long)
        attention_mask = torch.zeros_like(input_ids)
        for i, p in enumerate(prompts):
            input_ids[i, width - len(p) :] = torch.tensor(p)
            attention_mask[i, width - len(p) :] = 1
        device = next(model.parameters()).device
        out = model.generate(
            input_ids=input_ids.to(device),
            attention_mask=attention_mask.to(device),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=eos,
        )
        for row in out[:, width:].tolist():
            stop = row.index(eos) if eos in row else len(row)
            results.append(
                {
                    "answer": tokenizer.decode(row[:stop], skip_special_tokens=True).strip(),
                    "tokens": stop,
                    "cut_off": eos not in row,
                }
            )
    model.train(was_training)
    return results
