"""Seed module 1: records from chat logs and the resume, and the tokenised, prompt-masked ChatDataset.

A record is a plain dict {user_message, bot_response, source}; ChatDataset turns records into the
seed's {input_ids, labels, response_length}.
"""

from __future__ import annotations

import json
import logging
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch.utils.data import Dataset

from .errors import LenweightError
from .resume import extract_facts, parse_resume

log = logging.getLogger(__name__)

IGNORE_INDEX = -100  # positions with this label get no loss (PyTorch's CrossEntropyLoss default)
REQUIRED_FIELDS = ("user_message", "bot_response")


@dataclass
class LoadReport:
    """What a loader kept and what it skipped (reason -> count), for the log and `prepare`'s stats."""

    kept: int = 0
    skipped: Counter = field(default_factory=Counter)


def _check_record(obj, where: str) -> str | None:
    """None if `obj` is a valid chat-log record, else the problem in words (naming the field)."""
    if not isinstance(obj, dict):
        return f"{where}: expected a JSON object with {', '.join(REQUIRED_FIELDS)}, got {type(obj).__name__}"
    for key in REQUIRED_FIELDS:
        if key not in obj:
            return f"{where}: field '{key}' is missing"
        if not isinstance(obj[key], str):
            return f"{where}: field '{key}' must be a string, got {type(obj[key]).__name__}"
        if not obj[key].strip():
            return f"{where}: field '{key}' is empty"
    return None


def load_chat_logs(path: str | Path, skip_bad_lines: bool = False) -> tuple[list[dict], LoadReport]:
    """Read `{user_message, bot_response, ...}` JSON lines; extra fields are ignored.

    Strict by default: the first bad line raises LenweightError naming file, line and field. With
    `skip_bad_lines`, bad lines are skipped and counted by reason in the returned report.
    """
    path = Path(path)
    if not path.is_file():
        raise LenweightError(f"{path}: chat log file not found (--chat_logs)")
    records, report = [], LoadReport()
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, start=1):
            where = f"{path}, line {lineno}"
            try:
                # utf-8-sig: tolerate a byte-order mark that Windows editors put on the first line.
                text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8").strip()
            except UnicodeDecodeError as e:
                problem = (
                    f"{where}: not valid UTF-8 ({e.reason} at byte {e.start}); re-save the file as UTF-8"
                )
            else:
                if not text:
                    continue  # blank lines are harmless
                try:
                    obj = json.loads(text)
                    problem = _check_record(obj, where)
                except json.JSONDecodeError as e:
                    problem = f"{where}: malformed JSON ({e.msg} at column {e.colno})"
            if problem:
                if not skip_bad_lines:
                    raise LenweightError(
                        problem + "\nFix the line, or pass --skip_bad_lines to skip bad lines."
                    )
                report.skipped[problem.split(": ", 1)[1].split(" (")[0]] += 1
                continue
            records.append(
                {
                    "user_message": obj["user_message"].strip(),
                    "bot_response": obj["bot_response"].strip(),
                    "source": "chat_logs",
                }
            )
    report.kept = len(records)
    if report.skipped:
        log.warning("%s: skipped %d bad lines: %s", path, sum(report.skipped.values()), dict(report.skipped))
    return records, report


class SyntheticGenerator:
    """Question/answer pairs from a resume: several paraphrased questions per fact, short answers.

    Deterministic for a given seed. The persona's name comes from `name`, else the resume's first
    line (first word: "Alex Moreno" -> "Alex").
    """

    def __init__(self, resume_text: str, name: str | None = None, questions_per_fact: int = 3, seed: int = 0):
        self.resume = parse_resume(resume_text)
        full = name or self.resume.name
        self.name = full.split()[0] if full and not name else full
        self.questions_per_fact = questions_per_fact
        self.seed = seed

    @classmethod
    def from_file(cls, path: str | Path, **kwargs) -> SyntheticGenerator:
        path = Path(path)
        if not path.is_file():
            raise LenweightError(f"{path}: resume file not found (--resume)")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as e:
            raise LenweightError(
                f"{path}: not valid UTF-8 text ({e.reason}); save the resume as plain UTF-8"
            ) from e
        return cls(text, **kwargs)

    def generate(self) -> list[dict]:
        if not self.resume.sections:
            log.warning(
                "Resume: no recognisable sections (e.g. EXPERIENCE, Education:, '## Skills'); "
                "no synthetic questions generated. See README 'Your own data' for the layouts understood."
            )
            return []
        if not self.name:
            log.warning(
                "Resume: no name on its first line and none given (--persona_name); no questions generated."
            )
            return []
        rng = random.Random(self.seed)
        records = []
        for fact in extract_facts(self.resume, self.name):
            k = min(self.questions_per_fact, len(fact.questions))
            for question in rng.sample(fact.questions, k):
                records.append({"user_message": question, "bot_response": fact.answer, "source": "resume"})
        if not records:
            log.warning(
                "Resume: sections found but no facts could be extracted; no synthetic questions generated."
            )
        return records


def build_messages(user_message: str, system_prompt: str | None = None, history=()) -> list[dict]:
    """Chat messages: optional system prompt, earlier (question, answer) turns, then the question."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    for question, answer in history:
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return messages + [{"role": "user", "content": user_message}]


def prompt_ids(tokenizer, user_message: str, system_prompt: str | None = None, history=()) -> list[int]:
    """Token ids of the prompt up to and including the assistant header: what generation starts from.

    Training and inference both build prompts here, so they can never drift apart.
    """
    messages = build_messages(user_message, system_prompt, history)
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return tokenizer(text, add_special_tokens=False)["input_ids"]


class ChatDataset(Dataset):
    """Tokenised examples with the prompt masked: the seed's {input_ids, labels, response_length}.

    The text is rendered with the model's own chat template. Labels are the response tokens plus
    the end-of-turn token (the one generation stops on), chosen by *position*: SmolLM2's pad token
    is its end-of-turn token, so masking by pad id would hide the stop signal and the model would
    never learn to end its answer. Template text after the end-of-turn token (ChatML's trailing
    newline) is dropped. Examples longer than `max_length` lose prompt tokens from the left first;
    an example whose response alone cannot fit is dropped and counted in `self.dropped`.
    """

    def __init__(
        self, records: list[dict], tokenizer, max_length: int = 512, system_prompt: str | None = None
    ):
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.system_prompt = system_prompt
        self.eos_id = tokenizer.eos_token_id
        self.examples: list[dict] = []
        self.records: list[dict] = []  # the record behind each example, same order
        self.dropped = 0
        self.truncated = 0
        for record in records:
            example = self.encode(record["user_message"], record["bot_response"])
            if example is None:
                self.dropped += 1
            else:
                self.examples.append(example)
                self.records.append(record)
        if self.dropped:
            log.warning(
                "%d examples dropped: their response alone exceeds max_length=%d", self.dropped, max_length
            )
        if self.truncated:
            log.info("%d prompts truncated from the left to fit max_length=%d", self.truncated, max_length)

    def encode(self, user_message: str, bot_response: str) -> dict | None:
        prompt = prompt_ids(self.tokenizer, user_message, self.system_prompt)
        full_text = self.tokenizer.apply_chat_template(
            build_messages(user_message, self.system_prompt)
            + [{"role": "assistant", "content": bot_response}],
            tokenize=False,
        )
        full = self.tokenizer(full_text, add_special_tokens=False)["input_ids"]
        if full[: len(prompt)] != prompt:
            raise LenweightError(
                "The chat template renders the prompt differently with and without the answer, so the prompt "
                "cannot be masked reliably. Use a model whose template is prefix-stable (ChatML, Zephyr, Llama)."
            )
        response = full[len(prompt) :]
        if self.eos_id in response:
            response = response[: len(response) - response[::-1].index(self.eos_id)]  # up to the last EOS
        else:
            response = response + [self.eos_id]  # templates that do not close the turn with EOS
        # At least one prompt token must precede the response: position 0 is never a prediction target.
        room = self.max_length - len(response)
        if room < 1:
            return None
        if len(prompt) > room:
            prompt = prompt[-room:]  # keep the end: the assistant header and the end of the question
            self.truncated += 1
        return {
            "input_ids": torch.tensor(prompt + response, dtype=torch.long),
            "labels": torch.tensor([IGNORE_INDEX] * len(prompt) + response, dtype=torch.long),
            "response_length": len(response),
        }

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, i: int) -> dict:
        return self.examples[i]

    def response_lengths(self) -> list[int]:
        return [e["response_length"] for e in self.examples]


def split_records(records: list[dict], eval_fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """Shuffle deterministically and hold out `eval_fraction` of the records for the eval loss."""
    shuffled = records[:]
    random.Random(seed).shuffle(shuffled)
    n_eval = int(round(len(shuffled) * eval_fraction))
    return shuffled[n_eval:], shuffled[:n_eval]
