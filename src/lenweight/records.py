"""Reading JSON-lines inputs: chat logs and records files, every error naming file, line and field.

A record is a plain dict {user_message, bot_response, source}; `dataset.ChatDataset` tokenises records.
"""

from __future__ import annotations

import json
import logging
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
