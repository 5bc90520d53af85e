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

from .coverage import coverage, log_coverage
from .entries import build_profile
from .errors import LenweightError
from .facts import extract_facts, gate
from .jsonresume import is_json_resume, load_json_resume
from .resume import parse_resume

log = logging.getLogger(__name__)

IGNORE_INDEX = -100  # positions with this label get no loss (PyTorch's CrossEntropyLoss default)
REQUIRED_FIELDS = ("user_message", "bot_response")
# More than any real resume (a 20-page academic CV is about 60,000): a file pasted many times over.
MAX_RESUME_CHARS = 100_000


@dataclass
class LoadReport:
    """What a loader kept and what it skipped (reason -> count), for the log and `prepare`'s stats."""

    kept: int = 0
    skipped: Counter = field(default_factory=Counter)


def _check_record(obj) -> str | None:
    """None if `obj` is a valid chat-log record, else the problem in words (naming the field)."""
    if not isinstance(obj, dict):
        return f"expected a JSON object with {', '.join(REQUIRED_FIELDS)}, got {type(obj).__name__}"
    for key in REQUIRED_FIELDS:
        if key not in obj:
            return f"field '{key}' is missing"
        if not isinstance(obj[key], str):
            return f"field '{key}' must be a string, got {type(obj[key]).__name__}"
        if not obj[key].strip():
            return f"field '{key}' is empty"
        if not is_encodable(obj[key]):
            return f"field '{key}' holds an invalid unicode escape (a lone surrogate such as \\ud800)"
    return None


def is_encodable(text: str) -> bool:
    """False for strings with lone surrogates (valid JSON escapes that no tokenizer can encode)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_bytes(path: Path, what: str, flag: str) -> bytes:
    """The file's bytes, or a LenweightError that names it, the flag, and what to do."""
    if path.is_dir():
        raise LenweightError(f"{path}: is a directory; {flag} takes the {what} file itself")
    if not path.is_file():
        raise LenweightError(f"{path}: {what} file not found ({flag})")
    try:
        return path.read_bytes()
    except OSError as e:
        raise LenweightError(f"{path}: cannot read the {what} file ({e.strerror}); check {flag}") from None


def decode_line(raw: bytes, first: bool) -> tuple[str | None, str | None]:
    """(text, None) or (None, problem) for one line of a JSON-lines file."""
    try:
        # utf-8-sig: tolerate a byte-order mark that Windows editors put on the first line.
        return raw.decode("utf-8-sig" if first else "utf-8").strip(), None
    except UnicodeDecodeError as e:
        return None, f"not valid UTF-8 ({e.reason} at byte {e.start}); re-save the file as UTF-8"


def parse_json(text: str) -> tuple[object, str | None]:
    """(value, None) or (None, problem): json.loads with every failure, even absurd nesting, in words."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as e:
        return None, f"malformed JSON ({e.msg} at column {e.colno})"
    except RecursionError:
        return None, "malformed JSON (nested too deeply)"


def json_lines(path: Path, what: str, flag: str):
    """(line number, text, problem) for each non-blank line; CRLF, a BOM and blank lines are harmless.

    Split on "\n" only: str.splitlines would also split inside JSON strings holding U+2028 etc.
    """
    for lineno, raw in enumerate(read_bytes(path, what, flag).split(b"\n"), start=1):
        text, problem = decode_line(raw, lineno == 1)
        if problem or text:
            yield lineno, text, problem


def checked_records(path: Path, what: str, flag: str):
    """(line number, text, record, problem) for each non-blank line: the record checks both loaders share."""
    for lineno, text, problem in json_lines(path, what, flag):
        obj = None
        if not problem:
            obj, problem = parse_json(text)
            problem = problem or _check_record(obj)
        yield lineno, text, obj, problem


def load_chat_logs(path: str | Path, skip_bad_lines: bool = False) -> tuple[list[dict], LoadReport]:
    """Read `{user_message, bot_response, ...}` JSON lines; extra fields are ignored.

    Strict by default: the first bad line raises LenweightError naming file, line and field. With
    `skip_bad_lines`, bad lines are skipped and counted by reason in the returned report. A line
    repeated verbatim (timestamps and all) is a logging artefact: skipped and counted in both modes.
    The same question asked twice at different times is a real repeat, and is kept.
    """
    path = Path(path)
    records, report, seen = [], LoadReport(), set()
    for lineno, text, obj, problem in checked_records(path, "chat log", "--chat_logs"):
        if text in seen:
            report.skipped["duplicate line"] += 1
            continue
        if problem:
            if not skip_bad_lines:
                raise LenweightError(
                    f"{path}, line {lineno}: {problem}\n"
                    "Fix the line, or pass --skip_bad_lines to skip bad lines."
                )
            report.skipped[problem.split(" (")[0]] += 1
            continue
        seen.add(text)
        records.append(
            {
                "user_message": obj["user_message"].strip(),
                "bot_response": obj["bot_response"].strip(),
                "source": "chat_logs",
            }
        )
    report.kept = len(records)
    if report.skipped:
        log.warning("%s: skipped %d lines: %s", path, sum(report.skipped.values()), dict(report.skipped))
    return records, report


def load_records(path: str | Path) -> list[dict]:
    """Records written by `lenweight prepare` (and perhaps edited by hand): the pairs to train on.

    Each line needs user_message and bot_response; `source` is kept (default "records"), `split`
    ("train" or "eval") is kept when present; other fields (tokens, weight) are recomputed. Every
    line is one example, repeats included: the same question asked twice in the chat logs is two
    records, and was trained as two.
    """
    path = Path(path)
    records = []
    for lineno, _, obj, problem in checked_records(path, "records", "--records"):
        if not problem and obj.get("split", "train") not in ("train", "eval"):
            problem = f'field \'split\' must be "train" or "eval", got {obj["split"]!r}'
        if problem:
            raise LenweightError(
                f"{path}, line {lineno}: {problem}\nFix the line (or delete it) and run again."
            )
        record = {k: obj[k].strip() for k in REQUIRED_FIELDS}
        record["source"] = obj["source"] if isinstance(obj.get("source"), str) else "records"
        if "split" in obj:
            record["split"] = obj["split"]
        records.append(record)
    if not records:
        raise LenweightError(f"{path}: no records in the file (--records)")
    return records


class SyntheticGenerator:
    """Question/answer pairs from a resume: several paraphrased questions per fact, short answers.

    Text resumes are parsed (resume.py -> entries.py); a JSON Resume (`.json`) is read exactly
    (jsonresume.py). Every fact passes the quality gate (facts.gate) first; `self.coverage` then
    says, per section, what was found, produced and left unused. Deterministic for a given seed.
    The persona's name comes from `name`, else the resume's name line ("Anna-Lena Weber" -> "Anna-Lena").
    """

    def __init__(
        self,
        resume_text: str,
        name: str | None = None,
        questions_per_fact: int = 3,
        seed: int = 0,
        path: str | Path = "resume",
    ):
        self.path = Path(path)
        if len(resume_text) > MAX_RESUME_CHARS:
            log.warning(
                "%s: %d characters, more than any real resume (%d): only the first %d are read",
                self.path, len(resume_text), MAX_RESUME_CHARS, MAX_RESUME_CHARS,
            )  # fmt: skip
            resume_text = resume_text[:MAX_RESUME_CHARS].rsplit("\n", 1)[0]  # whole lines only
        if self.path.suffix.lower() == ".json" or is_json_resume(resume_text):
            self.resume, self.profile = load_json_resume(resume_text, self.path)
        else:
            self.resume = parse_resume(resume_text)
            self.profile = build_profile(self.resume)
        full = name or self.resume.name
        self.name = full.split()[0] if full and not name else full
        self.questions_per_fact = questions_per_fact
        self.seed = seed
        self.coverage: dict = {}

    @classmethod
    def from_file(cls, path: str | Path, **kwargs) -> SyntheticGenerator:
        path = Path(path)
        data = read_bytes(path, "resume", "--resume")
        # A PDF or Word resume is the usual mistake: say so rather than "no sections found".
        if b"\x00" in data or data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            raise LenweightError(
                f"{path}: looks like a binary file (PDF, Word?), not text; export the resume as plain text"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise LenweightError(
                f"{path}: not valid UTF-8 text ({e.reason} at byte {e.start}); save the resume as plain UTF-8"
            ) from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as read_text's universal newlines
        return cls(text, path=path, **kwargs)

    def generate(self) -> list[dict]:
        if not self.resume.sections:
            log.warning(
                "%s: no recognisable sections (e.g. EXPERIENCE, Education:, '## Skills'); "
                "no synthetic questions generated. See README 'Your own data' for the layouts understood.",
                self.path,
            )
            return []
        if not self.name:
            log.warning(
                "%s: no name found in its first lines and none given (--persona_name); no questions generated.",
                self.path,
            )
            return []
        facts, dropped = gate(extract_facts(self.profile, self.name))
        rng = random.Random(self.seed)
        records = []
        for fact in facts:
            pairs = fact.pairs()
            for question, reply in rng.sample(pairs, min(self.questions_per_fact, len(pairs))):
                records.append(
                    {
                        "user_message": question,
                        "bot_response": reply,
                        "source": "resume",
                        "fact": fact.key,
                    }
                )
        self.coverage = coverage(self.resume, facts, records, dropped)
        log_coverage(self.coverage, self.path)
        if not records:
            log.warning(
                "%s: sections found but no facts could be extracted; no synthetic questions generated.",
                self.path,
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
