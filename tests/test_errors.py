"""The bad-input catalogue of docs/errors.md: every row is a case here, and every case a row there.

Each case either raises LenweightError naming the file, line and field (or the flag) with what to
do, or is a documented skip or tolerance whose count shows in the report and the log.
"""

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lenweight.config import parse_args
from lenweight.data import build_datasets, build_records
from lenweight.dataset import ChatDataset, SyntheticGenerator
from lenweight.errors import LenweightError
from lenweight.evaluate import load_eval_file
from lenweight.records import load_chat_logs
from lenweight.rundir import latest_checkpoint

GOOD = b'{"timestamp": "2026-01-01T10:00:00Z", "user_message": "Q?", "bot_response": "A."}'
GOOD2 = b'{"timestamp": "2026-01-01T11:00:00Z", "user_message": "Q2?", "bot_response": "B."}'
ALEX = Path("examples/alex")


def write(tmp_path, data: bytes, name: str = "logs.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---- chat logs: errors (strict) that --skip_bad_lines skips and counts ----------------------------

CHAT_BAD_LINES = {
    "malformed-json": (b'{"user_message": "Q?"', "malformed JSON"),
    "not-an-object": (b'["Q?", "A."]', "expected a JSON object"),
    "missing-field": (b'{"user_message": "Q?"}', "field 'bot_response' is missing"),
    "wrong-type": (
        b'{"user_message": 3, "bot_response": "A"}',
        "field 'user_message' must be a string, got int",
    ),
    "null-field": (b'{"user_message": "Q", "bot_response": null}', "must be a string, got NoneType"),
    "empty-string": (b'{"user_message": "", "bot_response": "A"}', "field 'user_message' is empty"),
    "whitespace-only": (
        b'{"user_message": "Q", "bot_response": " \\t\\n "}',
        "field 'bot_response' is empty",
    ),
    "invalid-utf8": (b'{"user_message": "Q\xff", "bot_response": "A"}', "not valid UTF-8"),
    "lone-surrogate": (b'{"user_message": "Q\\ud800", "bot_response": "A"}', "lone surrogate"),
    "deep-nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
}


@pytest.mark.parametrize("case", CHAT_BAD_LINES)
def test_chat_log_bad_line(case, tmp_path, caplog):
    bad, message = CHAT_BAD_LINES[case]
    path = write(tmp_path, b"\n".join([GOOD, bad, GOOD2]) + b"\n")
    with pytest.raises(LenweightError) as e:
        load_chat_logs(path)
    assert f"{path}, line 2: " in str(e.value) and message in str(e.value)
    assert "--skip_bad_lines" in str(e.value)  # what to do
    with caplog.at_level(logging.WARNING):
        records, report = load_chat_logs(path, skip_bad_lines=True)
    assert [r["user_message"] for r in records] == ["Q?", "Q2?"]
    assert sum(report.skipped.values()) == 1 and "skipped 1 lines" in caplog.text


def test_chat_log_skip_counts_by_reason(tmp_path):
    lines = [GOOD, b"{", b"{", b'{"user_message": "Q"}', GOOD2]
    _, report = load_chat_logs(write(tmp_path, b"\n".join(lines)), skip_bad_lines=True)
    assert report.kept == 2 and report.skipped == {"malformed JSON": 2, "field 'bot_response' is missing": 1}


# ---- chat logs in a conversation format (detected from the file's first line) ---------------------

CONV = b'{"messages": [{"role": "user", "content": "Q?"}, {"role": "assistant", "content": "A."}]}'
CONV2 = b'{"messages": [{"role": "user", "content": "Q2?"}, {"role": "assistant", "content": "B."}]}'


def _messages(*turns) -> bytes:
    return json.dumps({"messages": [{"role": r, "content": c} for r, c in turns]}).encode()


CONVERSATION_BAD_LINES = {
    "conv-wrong-role": (
        _messages(("user", "Q"), ("bot", "A")),
        "messages[1].role: 'bot' is not one of 'system', 'user', 'assistant'",
    ),
    "conv-empty-content": (_messages(("user", "Q"), ("assistant", "  ")), "messages[1].content is empty"),
    "conv-content-type": (
        b'{"messages": [{"role": "user", "content": "Q"}, {"role": "assistant", "content": 3}]}',
        "messages[1].content must be a string, got int",
    ),
    "conv-two-user-turns": (
        _messages(("user", "Q"), ("user", "Q again"), ("assistant", "A")),
        "messages[1]: two user turns in a row (messages[0] and messages[1]); merge them or add the reply",
    ),
    "conv-no-assistant-turn": (_messages(("user", "Q")), "field 'messages': no assistant turn to train on"),
    "conv-assistant-first": (
        _messages(("assistant", "Hello!"), ("user", "Q"), ("assistant", "A")),
        "messages[0]: an assistant turn with no user turn before it",
    ),
    "conv-system-not-first": (
        _messages(("user", "Q"), ("assistant", "A"), ("system", "Be brief.")),
        "messages[2]: a system message must come first",
    ),
    "conv-not-a-list": (b'{"messages": "Q? A."}', "field 'messages' must be a non-empty list"),
    "conv-other-format-line": (
        b'{"user_message": "Q", "bot_response": "A"}',
        "field 'messages' is missing (this file is in the OpenAI messages format, detected at line 1",
    ),
    "sharegpt-wrong-from": (
        b'{"conversations": [{"from": "human", "value": "Q"}, {"from": "assistant", "value": "A"}]}',
        "conversations[1].from: 'assistant' is not one of 'system', 'human', 'gpt'",
    ),
}


@pytest.mark.parametrize("case", CONVERSATION_BAD_LINES)
def test_conversation_bad_line(case, tmp_path):
    bad, message = CONVERSATION_BAD_LINES[case]
    first, last = (CONV, CONV2)
    if case.startswith("sharegpt"):
        first = b'{"conversations": [{"from": "human", "value": "Q?"}, {"from": "gpt", "value": "A."}]}'
        last = first.replace(b"Q?", b"Q2?").replace(b"A.", b"B.")
    path = write(tmp_path, b"\n".join([first, bad, last]) + b"\n")
    with pytest.raises(LenweightError) as e:
        load_chat_logs(path)
    assert f"{path}, line 2: " in str(e.value) and message in str(e.value)
    records, report = load_chat_logs(path, skip_bad_lines=True)
    assert [r["user_message"] for r in records] == ["Q?", "Q2?"] and sum(report.skipped.values()) == 1


def test_chat_logs_all_rejected(tmp_path):
    path = write(tmp_path, b"\n".join([b"{", b'{"user_message": "Q"}', b"{"]))
    with pytest.raises(LenweightError) as e:
        load_chat_logs(path, skip_bad_lines=True)
    assert str(path) in str(
        e.value
    ) and "every line was rejected (3 of 3 bad; most often: malformed JSON, 2 lines)" in str(e.value)


def test_special_token_text(tmp_path, tokenizer):
    path = write(tmp_path, b'{"user_message": "Q<|im_end|>", "bot_response": "Say <|im_end|> to stop."}')
    records, _ = load_chat_logs(path)
    example = ChatDataset(records, tokenizer, max_length=64).examples[0]
    assert (
        example["input_ids"].tolist().count(tokenizer.eos_token_id) == 3
    )  # system, user, answer: real ones only


# ---- chat logs: tolerated, with a count where something is left out ---------------------------------

CHAT_TOLERATED = {
    "bom": (b"\xef\xbb\xbf" + GOOD + b"\n" + GOOD2, 2, {}),
    "crlf": (GOOD + b"\r\n" + GOOD2 + b"\r\n", 2, {}),
    "blank-lines": (b"\n\n" + GOOD + b"\n   \n" + GOOD2 + b"\n\n", 2, {}),
    "extra-fields": (b'{"user_message": "Q?", "bot_response": "A.", "latency_ms": 5, "x": [1]}', 1, {}),
    "duplicate-line": (GOOD + b"\n" + GOOD2 + b"\n" + GOOD + b"\n", 2, {"duplicate line": 1}),
    "repeated-question": (GOOD + b"\n" + GOOD.replace(b"10:00", b"12:00"), 2, {}),
    "empty-file": (b"", 0, {}),
}


@pytest.mark.parametrize("case", CHAT_TOLERATED)
def test_chat_log_tolerated(case, tmp_path, caplog):
    data, kept, skipped = CHAT_TOLERATED[case]
    with caplog.at_level(logging.WARNING):
        records, report = load_chat_logs(write(tmp_path, data))
    assert len(records) == report.kept == kept and dict(report.skipped) == skipped
    for r in records:
        assert r["user_message"] in ("Q?", "Q2?") and r["bot_response"] in ("A.", "B.")  # no \r, no BOM
    assert ("duplicate line" in caplog.text) == bool(skipped)


def test_chat_log_5mb_line_loads_and_is_dropped_as_too_long(tmp_path, tokenizer):
    huge = json.dumps({"user_message": "Tell me everything.", "bot_response": "word " * 1_000_000}).encode()
    assert len(huge) > 5_000_000
    records, _ = load_chat_logs(write(tmp_path, GOOD + b"\n" + huge))
    dataset = ChatDataset(records, tokenizer, max_length=64, system_prompt=None)
    assert len(dataset) == 1 and dataset.dropped == 1


@pytest.mark.parametrize("case", ["missing", "directory"])
def test_chat_log_path(case, tmp_path):
    path = tmp_path / "logs.jsonl"
    if case == "directory":
        path.mkdir()
    with pytest.raises(LenweightError, match="not found" if case == "missing" else "is a directory") as e:
        load_chat_logs(path)
    assert str(path) in str(e.value) and "--chat_logs" in str(e.value)


# ---- resume ---------------------------------------------------------------------------------------

RESUME_ERRORS = {
    "resume-missing": (None, "resume file not found (--resume)"),
    "resume-directory": ("dir", "is a directory; --resume takes the resume file itself"),
    "resume-pdf-broken": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "could not read the PDF"),
    "resume-docx-broken": (b"PK\x03\x04 word/document.xml, cut short", "could not read the Word file"),
    "resume-odt-broken": (
        b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text, cut short",
        "could not read the OpenDocument file",
    ),
    "resume-doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "not a PDF, a Word .docx or an OpenDocument .odt (an old .doc?)",
    ),
    "resume-html-empty": (b"<!DOCTYPE html>\n", "could not read the web page (Document is empty)"),
    "resume-nul-bytes": (b"EXPERIENCE\n\x00\x00\x01\x02", "not a PDF, a Word .docx or an OpenDocument .odt"),
    "resume-invalid-utf8": (b"Alex Chen\nEXPERIENCE\nCaf\xe9 owner", "not valid UTF-8 text"),
}


JSON_RESUME_ERRORS = {
    "resume-json-malformed": (b'{"basics": {"name": "Ana"},\n "work": [}', "line 2: malformed JSON"),
    "resume-json-not-resume": (b'{"hello": 1}', "not a JSON Resume (expected an object with 'basics'"),
    "resume-json-wrong-type": (b'{"work": {"name": "Acme"}}', "'work' must be a list of objects"),
    "resume-json-bad-date": (
        b'{"work": [{"name": "Acme", "position": "Engineer", "startDate": "last spring"}]}',
        "work[0].startDate: 'last spring' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    "resume-json-field-type": (
        b'{"work": [{"name": 3, "position": "Engineer"}]}',
        "work[0].name: expected a string",
    ),
}
RESUME_ERRORS.update(JSON_RESUME_ERRORS)


@pytest.mark.parametrize("case", RESUME_ERRORS)
def test_resume_error(case, tmp_path):
    content, message = RESUME_ERRORS[case]
    path = tmp_path / ("resume.json" if case in JSON_RESUME_ERRORS else "resume.txt")
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(LenweightError) as e:
        SyntheticGenerator.from_file(path)
    assert str(path) in str(e.value) and message in str(e.value)


@pytest.mark.parametrize("case", ["resume-empty", "resume-whitespace"])
def test_empty_resume_warns_and_gives_nothing(case, tmp_path, caplog):
    path = write(tmp_path, b"" if case == "resume-empty" else b"  \n\t\n", "resume.txt")
    with caplog.at_level(logging.WARNING):
        assert SyntheticGenerator.from_file(path).generate() == []
    assert "no recognisable sections" in caplog.text
    data = _data_args(resume=str(path))
    with pytest.raises(LenweightError, match="No training records"):
        build_records(data, seed=0)


def test_resume_crlf_gives_the_same_pairs(tmp_path):
    text = (ALEX / "resume.txt").read_bytes()
    crlf = write(tmp_path, b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"), "resume.txt")
    assert (
        SyntheticGenerator.from_file(crlf).generate()
        == SyntheticGenerator.from_file(ALEX / "resume.txt").generate()
    )


# ---- eval file --------------------------------------------------------------------------------------

EVAL_ERRORS = {
    "eval-malformed-json": (b'{"question": "Q"', "line 2: malformed JSON"),
    "eval-no-question": (b'{"reference": "x"}', "line 2: field 'question'"),
    "eval-empty-question": (b'{"question": "  "}', "line 2: field 'question'"),
    "eval-reference-type": (b'{"question": "Q", "reference": 5}', "line 2: field 'reference'"),
    "eval-facts-string": (b'{"question": "Q", "facts": "Kaggle"}', "line 2: field 'facts'"),
    "eval-facts-dict": (b'{"question": "Q", "facts": {"a": 1}}', "line 2: field 'facts'"),
    "eval-facts-number": (b'{"question": "Q", "facts": [["a", 3]]}', "line 2: field 'facts'"),
    "eval-facts-empty-alternatives": (b'{"question": "Q", "facts": [[]]}', "line 2: field 'facts'"),
    "eval-facts-punctuation-only": (b'{"question": "Q", "facts": ["--"]}', "line 2: field 'facts'"),
    "eval-invalid-utf8": (b'{"question": "Q\xff"}', "line 2: not valid UTF-8"),
    "eval-history-order": (
        b'{"question": "Q", "history": [{"role": "assistant", "content": "Hi"}, {"role": "user", "content": "Q0"}]}',
        "line 2: field 'history' must be the earlier turns, alternating user and assistant messages",
    ),
    "eval-empty-file": (None, "no questions found"),
}


@pytest.mark.parametrize("case", EVAL_ERRORS)
def test_eval_file_error(case, tmp_path):
    line, message = EVAL_ERRORS[case]
    path = write(
        tmp_path, b'{"question": "ok", "facts": ["a"]}\n' + line + b"\n" if line else b"\n\n", "e.jsonl"
    )
    with pytest.raises(LenweightError) as e:
        load_eval_file(path)
    assert str(path) in str(e.value) and message in str(e.value)


def test_eval_file_missing(tmp_path):
    with pytest.raises(LenweightError, match=r"eval file not found \(--eval_file\)"):
        load_eval_file(tmp_path / "nope.jsonl")


# ---- configuration and flags --------------------------------------------------------------------------

CONFIG_ERRORS = {
    "config-unknown-key": (
        "learnig_rate: 0.1\n",
        [],
        "unknown option 'learnig_rate' (did you mean 'learning_rate'",
    ),
    "config-bad-value": ("lora_r: sixteen\n", [], "argument --lora_r/--lora-r: invalid int value: 'sixteen'"),
    "config-not-yaml": ("a: [1, 2\n", [], "not valid YAML"),
    "config-not-mapping": ("- a\n- b\n", [], "expected a mapping of option: value"),
    "config-missing": (None, [], "config file not found (--config)"),
    "flag-unknown": (
        "",
        ["--lenght_power", "1"],
        "unknown option 'lenght_power' (did you mean 'length_power'",
    ),
    "flag-out-of-range": ("", ["--length_power", "9"], "--length_power: expected a number in [-4, 4]"),
    "epochs-negative": ("", ["--num_train_epochs", "-2"], "--num_train_epochs: must be 0 (auto) or positive"),
    "train-examples-zero": ("", ["--train_examples", "0"], "--train_examples: must be at least 1, got 0"),
    "min-epochs-zero": ("", ["--min_epochs", "0"], "--min_epochs: must be above 0, got 0"),
    "data-path-missing": ("", ["--chat_logs", "nope.jsonl"], "--chat_logs: file not found: nope.jsonl"),
    "token-budget-too-small": (
        "",
        ["--max_tokens_per_batch", "100", "--max_length", "256"],
        "--max_tokens_per_batch: must be at least --max_length (256)",
    ),
    "token-budget-grouped": (
        "",
        ["--max_tokens_per_batch", "4096", "--train_sampling_strategy", "group_by_length"],
        "--max_tokens_per_batch cannot be combined with --train_sampling_strategy group_by_length",
    ),
    "output-dir-not-empty": ("", ["--output_dir", "{occupied}"], "is not empty; choose another or pass"),
    "output-dir-is-file": ("", ["--output_dir", "{file}"], "is a file; give a directory"),
    "checkpoint-missing": (
        "",
        ["--resume_from_checkpoint", "nope/checkpoint-3"],
        "is not a checkpoint directory",
    ),
    # --resume is the resume file, only: continuing a run is --resume_from_checkpoint latest.
    "resume-flag-without-file": (
        "",
        ["--resume"],
        "to continue an interrupted run, pass --resume_from_checkpoint latest",
    ),
}


@pytest.mark.parametrize("case", CONFIG_ERRORS)
def test_config_error(case, tmp_path):
    yaml_text, flags, message = CONFIG_ERRORS[case]
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "x").write_text("x")
    (tmp_path / "file").write_text("x")
    config = tmp_path / "c.yaml"
    if yaml_text is not None:
        mapping = not yaml_text.startswith("- ")
        config.write_text((f"resume: {ALEX / 'resume.txt'}\n" if mapping else "") + yaml_text)
    flags = [f.format(occupied=tmp_path / "occupied", file=tmp_path / "file") for f in flags]
    if "--output_dir" not in flags:
        flags += ["--output_dir", str(tmp_path / "out")]
    with pytest.raises(LenweightError) as e:
        parse_args(flags, str(config))
    assert message in str(e.value)
    if case.startswith("config-"):
        assert str(config) in str(e.value)


def test_resume_without_a_checkpoint(tmp_path):
    assert latest_checkpoint(tmp_path) is None  # asked without a flag: "none yet" is an answer
    with pytest.raises(
        LenweightError, match=r"--resume_from_checkpoint: no checkpoint-N directory in .*; check --output_dir"
    ):
        latest_checkpoint(str(tmp_path), flag="--resume_from_checkpoint")


def test_cli_error_is_one_line_and_exit_code_2(tmp_path):
    cmd = [sys.executable, "-m", "lenweight.cli", "train", "--config", str(tmp_path / "nope.yaml")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "config file not found (--config)" in done.stderr
    assert "Traceback" not in done.stderr


# ---- the dataset ------------------------------------------------------------------------------------


def test_too_long_responses_are_dropped_and_counted(tokenizer):
    records = [
        {"user_message": "Q?", "bot_response": "Short.", "source": "t"},
        {"user_message": "Q?", "bot_response": "long " * 200, "source": "t"},
    ]
    data = _data_args(max_length=32)
    train, _ = build_datasets(records, tokenizer, data, seed=0)
    assert len(train) == 1 and train.dropped == 1
    with pytest.raises(LenweightError, match="Every training example was dropped: .* --max_length 32"):
        build_datasets(records[1:], tokenizer, data, seed=0)


def test_resume_too_large_is_capped_with_a_warning(tmp_path, caplog):
    path = write(tmp_path, (ALEX / "resume.txt").read_bytes() * 60, "resume.txt")
    with caplog.at_level(logging.WARNING):
        gen = SyntheticGenerator.from_file(path)
        pairs = gen.generate()
    assert "more than any real resume" in caplog.text and "repeated lines were read once" in caplog.text
    # Pasted 60 times, it teaches what the resume teaches once (the old parser gave 394,041 pairs).
    single = SyntheticGenerator.from_file(ALEX / "resume.txt").generate()
    assert {(p["user_message"], p["bot_response"]) for p in pairs} >= {
        (p["user_message"], p["bot_response"]) for p in single
    }
    assert len(pairs) <= len(single) + 10


RECORDS_ERRORS = {
    "records-bad-split": (
        b'{"user_message": "Q?", "bot_response": "A.", "split": "test"}',
        "line 1: field 'split'",
    ),
    "records-missing-field": (b'{"user_message": "Q?"}\n', "line 1: field 'bot_response' is missing"),
    "records-empty": (b"\n\n", "no records in the file (--records)"),
    "records-bad-history": (
        b'{"user_message": "Q?", "bot_response": "A.", "history": ["Q0?"]}',
        "line 1: field 'history' must be a list of [question, answer] string pairs",
    ),
}


@pytest.mark.parametrize("case", RECORDS_ERRORS)
def test_records_error(case, tmp_path):
    content, message = RECORDS_ERRORS[case]
    path = write(tmp_path, content, "records.jsonl")
    with pytest.raises(LenweightError) as e:
        build_records(_data_args(records=str(path)), seed=0)
    assert str(path) in str(e.value) and message in str(e.value)


def _data_args(**overrides):
    from lenweight.config import DataArguments

    values = dict(chat_logs=None, resume=None, eval_fraction=0.0, system_prompt=None)
    return DataArguments(**{**values, **overrides})


# ---- the catalogue and the tests agree ----------------------------------------------------------------

TESTED = {
    *CHAT_BAD_LINES,
    *CHAT_TOLERATED,
    *RESUME_ERRORS,
    *RECORDS_ERRORS,
    *CONVERSATION_BAD_LINES,
    "chat-logs-all-rejected",
    "special-token-text",
    "resume-too-large",
    *EVAL_ERRORS,
    *CONFIG_ERRORS,
    *("huge-line", "chat-logs-missing", "chat-logs-directory", "skip-counts", "resume-empty"),
    *("resume-whitespace", "resume-crlf", "eval-missing", "resume-no-checkpoint", "cli-exit-code"),
    *("response-too-long", "all-dropped", "eval-facts-slash", "eval-reference-fails-facts"),
}


@pytest.mark.parametrize(
    "line, warned",
    [
        # "six / 6" is one string that no answer holds; the file takes alternatives as a list
        (
            '{"question": "How many cycles?", "facts": ["1,200 / 1200"]}',
            '["1,200", "1200"]',
        ),  # eval-facts-slash
        # a right answer worded as the reference would be scored wrong: "120m" is one word
        (
            '{"question": "How big?", "reference": "£120m.", "facts": ["120"]}',  # eval-reference-fails-facts
            "the reference '£120m.' does not contain the fact(s) '120'",
        ),
    ],
)
def test_eval_warnings(tmp_path, caplog, line, warned):
    path = tmp_path / "eval.jsonl"
    path.write_text(
        '{"question": "How many papers?", "reference": "Six.", "facts": [["six", "6"]]}\n' + line + "\n"
    )
    with caplog.at_level("WARNING", logger="lenweight.evaluate"):
        items = load_eval_file(path)
    assert items[1]["facts"] == json.loads(line)["facts"]  # read as written: a warning, not a rewrite
    assert len(caplog.records) == 1 and "line 2" in caplog.text and warned in caplog.text


def test_every_catalogue_row_is_tested_and_every_case_documented():
    documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", Path("docs/errors.md").read_text(), flags=re.M))
    assert documented == TESTED, (sorted(documented - TESTED), sorted(TESTED - documented))
