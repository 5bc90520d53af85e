"""Reading JSON-lines inputs: chat logs and records files, every error naming file, line and field.

A record is a plain dict {user_message, bot_response, source}; `dataset.ChatDataset` tokenises records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LenweightError

log = logging.getLogger(__name__)

REQUIRED_FIELDS = ("user_message", "bot_response")


@dataclass
class LoadReport:
    """What a loader kept and what it skipped (reason -> count), for the log and `prepare`'s stats."""

    kept: int = 0
    skipped: Counter = field(default_factory=Counter)
    format: str = "flat"  # the chat-log format detected (FORMAT_NAMES)


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


def check_file(path: Path, what: str, flag: str) -> None:
    """A LenweightError that names the file, the flag, and what to do, unless `path` is a file."""
    if path.is_dir():
        raise LenweightError(f"{path}: is a directory; {flag} takes the {what} file itself")
    if not path.is_file():
        raise LenweightError(f"{path}: {what} file not found ({flag})")


def read_bytes(path: Path, what: str, flag: str) -> bytes:
    """The file's bytes, or a LenweightError that names it, the flag, and what to do."""
    check_file(path, what, flag)
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

    Read line by line (a file larger than memory streams); split on "\n" only, as binary files
    iterate: str.splitlines would also split inside JSON strings holding U+2028 etc.
    """
    check_file(path, what, flag)
    try:
        with path.open("rb") as f:
            for lineno, raw in enumerate(f, start=1):
                text, problem = decode_line(raw.removesuffix(b"\n"), lineno == 1)
                if problem or text:
                    yield lineno, text, problem
    except OSError as e:
        raise LenweightError(f"{path}: cannot read the {what} file ({e.strerror}); check {flag}") from None


def checked_records(path: Path, what: str, flag: str):
    """(line number, text, record, problem) for each non-blank line: the record checks both loaders share."""
    for lineno, text, problem in json_lines(path, what, flag):
        obj = None
        if not problem:
            obj, problem = parse_json(text)
            problem = problem or _check_record(obj)
        yield lineno, text, obj, problem


# Chat-log formats, detected per file: the flat one, OpenAI's `messages`, ShareGPT's `conversations`.
# For each conversation format: (its field, the role key, the text key, its roles -> ours).
CONVERSATION_FORMATS = {
    "messages": (
        "messages",
        "role",
        "content",
        {"system": "system", "user": "user", "assistant": "assistant"},
    ),
    "sharegpt": ("conversations", "from", "value", {"system": "system", "human": "user", "gpt": "assistant"}),
}
FORMAT_NAMES = {"flat": "user_message/bot_response", "messages": "OpenAI messages", "sharegpt": "ShareGPT"}


def detect_format(obj) -> str | None:
    """The chat-log format a parsed line is in, or None when it names none."""
    if isinstance(obj, dict):
        for name, (key, *_) in CONVERSATION_FORMATS.items():
            if key in obj:
                return name
        if any(k in obj for k in REQUIRED_FIELDS):
            return "flat"
    return None


def conversation_records(obj: dict, fmt: str) -> tuple[list[dict], str | None]:
    """(one record per assistant turn, None) or ([], the problem naming the message and field).

    Each record is the turn's question and answer, the turns before it as `history` ([question,
    answer] pairs) and the conversation's system message as `system` when it has one.
    """
    key, role_key, text_key, roles = CONVERSATION_FORMATS[fmt]
    turns = obj[key]
    if not isinstance(turns, list) or not turns:
        return (
            [],
            f"field '{key}' must be a non-empty list of {{{role_key!r}: ..., {text_key!r}: ...}} objects",
        )
    system, question, history, records = None, None, [], []
    for i, turn in enumerate(turns):
        where = f"{key}[{i}]"
        if not isinstance(turn, dict):
            return (
                [],
                f"{where} must be an object with '{role_key}' and '{text_key}', got {type(turn).__name__}",
            )
        role = roles.get(turn.get(role_key)) if isinstance(turn.get(role_key), str) else None
        if role is None:
            return (
                [],
                f"{where}.{role_key}: {turn.get(role_key)!r} is not one of {', '.join(map(repr, roles))}",
            )
        text = turn.get(text_key)
        if not isinstance(text, str):
            return [], f"{where}.{text_key} must be a string, got {type(text).__name__}"
        if not text.strip():
            return [], f"{where}.{text_key} is empty"
        if not is_encodable(text):
            return (
                [],
                f"{where}.{text_key} holds an invalid unicode escape (a lone surrogate such as \\ud800)",
            )
        text = text.strip()
        if role == "system":
            if i:
                return [], f"{where}: a system message must come first"
            system = text
        elif role == "user":
            if question is not None:
                return (
                    [],
                    f"{where}: two user turns in a row ({key}[{i - 1}] and {where}); merge them or add the reply",
                )
            question = text
        else:
            if question is None:
                return [], f"{where}: an assistant turn with no user turn before it"
            record = {"user_message": question, "bot_response": text, "history": [list(p) for p in history]}
            records.append({**record, "system": system} if system else record)
            history.append((question, text))
            question = None
    if not records:
        return [], f"field '{key}': no assistant turn to train on"
    return records, None


def load_chat_logs(path: str | Path, skip_bad_lines: bool = False) -> tuple[list[dict], LoadReport]:
    """Read one chat-log file into a list of records, and what was kept or skipped (`iter_chat_logs`)."""
    report = LoadReport()
    records = list(iter_chat_logs(path, skip_bad_lines, report))
    return records, report


def iter_chat_logs(path: str | Path, skip_bad_lines: bool, report: LoadReport):
    """The records of one chat-log file, one at a time: flat `{user_message, bot_response, ...}`
    lines (extra fields ignored), or conversations, OpenAI `{"messages": [...]}` or ShareGPT
    `{"conversations": [...]}`. `report` is filled as the file is read.

    The format is detected from the file's first line that names one, and every line must then be
    in it. Each assistant turn of a conversation becomes one record, its earlier turns its context.
    Strict by default: the first bad line raises LenweightError naming file, line and field. With
    `skip_bad_lines`, bad lines are skipped and counted by reason in the report; a file whose every
    line is bad is still an error. A line repeated verbatim (timestamps and all) is a logging
    artefact: skipped and counted in both modes (lines are remembered by a 16-byte hash, so a file of
    millions of lines needs tens of MB for it). The same question asked twice at different times is
    a real repeat, and is kept.
    """
    path = Path(path)
    seen: set[bytes] = set()
    fmt, detected_at, lines = None, 0, 0
    for lineno, text, problem in json_lines(path, "chat log", "--chat_logs"):
        lines += 1
        digest = hashlib.blake2b((text or "").encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if not problem and digest in seen:
            report.skipped["duplicate line"] += 1
            continue
        obj = None
        if not problem:
            obj, problem = parse_json(text)
        if not problem and fmt is None and detect_format(obj):
            fmt, detected_at = detect_format(obj), lineno
            report.format = fmt
        found = []
        if not problem and fmt in CONVERSATION_FORMATS:
            key = CONVERSATION_FORMATS[fmt][0]
            if not isinstance(obj, dict) or key not in obj:
                problem = (
                    f"field '{key}' is missing (this file is in the {FORMAT_NAMES[fmt]} format, "
                    f"detected at line {detected_at}; one format a file)"
                )
            else:
                found, problem = conversation_records(obj, fmt)
                for turn, record in enumerate(found, start=1):
                    record.update(conversation=f"{path}:{lineno}", turn=turn)
        elif not problem:
            problem = _check_record(obj)
            if not problem:
                found = [
                    {"user_message": obj["user_message"].strip(), "bot_response": obj["bot_response"].strip()}
                ]
        if problem:
            if not skip_bad_lines:
                raise LenweightError(
                    f"{path}, line {lineno}: {problem}\n"
                    "Fix the line, or pass --skip_bad_lines to skip bad lines."
                )
            report.skipped[_reason(problem)] += 1
            continue
        seen.add(digest)
        for r in found:
            report.kept += 1
            yield {**r, "source": "chat_logs"}
    if report.skipped:
        log.warning("%s: skipped %d lines: %s", path, sum(report.skipped.values()), dict(report.skipped))
        bad = sum(n for reason, n in report.skipped.items() if reason != "duplicate line")
        if not report.kept and bad:
            reason, n = max(report.skipped.items(), key=lambda kv: kv[1])
            raise LenweightError(
                f"{path}: every line was rejected ({bad} of {lines} bad; most often: {reason}, {n} lines). "
                "Nothing would be trained from it: fix the file (run without --skip_bad_lines to see the "
                "first bad line), or leave out --chat_logs."
            )


def _reason(problem: str) -> str:
    """A skipped line's reason, for counting: the problem without its details (positions, values)."""
    reason = re.sub(r"\[\d+\]", "[i]", problem.split(" (")[0])
    return re.sub(r": .* is not one of .*", ": not a known role", reason)


def load_records(path: str | Path) -> list[dict]:
    """Records written by `lenweight prepare` (and perhaps edited by hand): the pairs to train on.

    Each line needs user_message and bot_response; `source` is kept (default "records"), `split`
    ("train" or "eval") is kept when present, and so is a conversation turn's context (`history`,
    `system`, `conversation`, `turn`); other fields (tokens, weight) are recomputed. Every
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
        history = obj.get("history", [])
        if not (
            isinstance(history, list)
            and all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(t, str) for t in p) for p in history
            )
        ):
            raise LenweightError(
                f"{path}, line {lineno}: field 'history' must be a list of [question, answer] string pairs\n"
                "Fix the line (or delete it) and run again."
            )
        if "history" in obj:
            record["history"] = history
        for key in ("system", "conversation"):
            if isinstance(obj.get(key), str):
                record[key] = obj[key]
        if isinstance(obj.get("turn"), int):
            record["turn"] = obj["turn"]
        record["source"] = obj["source"] if isinstance(obj.get("source"), str) else "records"
        if "split" in obj:
            record["split"] = obj["split"]
        records.append(record)
    if not records:
        raise LenweightError(f"{path}: no records in the file (--records)")
    return records
