"""Fuzzing: whatever bytes or text arrive, the loaders and the resume parser either succeed or
raise LenweightError; nothing else may escape (no KeyError, RecursionError, UnicodeError, ...).

1,000 generated inputs per property, derandomised so that CI runs the same cases every time.
"""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lenweight.dataset import SyntheticGenerator
from lenweight.entries import build_profile
from lenweight.errors import LenweightError
from lenweight.evaluate import load_eval_file
from lenweight.facts import extract_facts
from lenweight.records import load_chat_logs
from lenweight.resume import SECTION_PATTERNS, parse_resume

FUZZ = settings(max_examples=1000, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))

# Any code point, lone surrogates included (st.text leaves them out by default): JSON can carry
# them as escapes, and no tokenizer can encode them.
any_text = st.text(st.characters(exclude_categories=()), max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
# Objects that look like real records half the time: the known fields with values of any type.
records = st.fixed_dictionaries(
    {},
    optional={
        "user_message": json_values | any_text,
        "bot_response": json_values | any_text,
        "question": json_values | any_text,
        "reference": json_values,
        "facts": st.lists(st.text(max_size=10) | st.lists(st.text(max_size=5), max_size=3), max_size=3)
        | json_values,
        "timestamp": st.text(max_size=10),
    },
)
# Conversations in both formats, with roles and contents right, wrong, or of any type.
turns = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "role": st.sampled_from(["system", "user", "assistant", "bot"]) | json_values,
            "content": any_text | json_values,
            "from": st.sampled_from(["system", "human", "gpt"]) | json_values,
            "value": any_text,
        },
    )
    | json_values,
    max_size=5,
)
conversations = st.fixed_dictionaries({}, optional={"messages": turns | json_values, "conversations": turns})
lines = st.one_of(
    records.map(json.dumps),
    conversations.map(json.dumps),
    records.map(lambda r: json.dumps(r, ensure_ascii=False)),
    json_values.map(json.dumps),
    st.text(max_size=40),
)
files = st.one_of(
    st.binary(max_size=300),
    st.lists(lines, max_size=6).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
    st.lists(lines, max_size=6).map(lambda ls: ("\r\n".join(ls)).encode("utf-8", "surrogatepass")),
)


def _in_file(data: bytes) -> Path:
    fd, name = tempfile.mkstemp(suffix=".jsonl")
    with open(fd, "wb") as f:
        f.write(data)
    return Path(name)


def _only_our_error(call, data: bytes):
    path = _in_file(data)
    try:
        return call(path)
    except LenweightError:
        return None
    finally:
        path.unlink()


@FUZZ
@given(files)
def test_chat_log_loader(data):
    result = _only_our_error(load_chat_logs, data)
    if result is not None:
        for r in result[0]:
            assert r["user_message"].strip() and r["bot_response"].strip()
            assert all(q.strip() and a.strip() for q, a in r.get("history", []))
    # With --skip_bad_lines, no line can stop the load.
    path = _in_file(data)
    try:
        records, report = load_chat_logs(path, skip_bad_lines=True)
        assert report.kept == len(records)
    except LenweightError as e:
        assert "every line was rejected" in str(e)  # the one stop left with --skip_bad_lines
    finally:
        path.unlink()


@FUZZ
@given(files)
def test_eval_file_loader(data):
    items = _only_our_error(load_eval_file, data)
    for item in items or []:
        assert isinstance(item["question"], str) and isinstance(item["facts"], list)


headers = st.sampled_from(
    [kind.upper() for kind, _ in SECTION_PATTERNS]
    + [
        "## Experience",
        "Education:",
        "---",
        "...",
        "Berufserfahrung",
        "**Awards**",
        "2. SKILLS",
        "READING LIST",
    ]
)
resume_lines = st.one_of(
    headers,
    st.text(max_size=60),
    st.builds(
        lambda a, b, c: f"{a} | {b} | {c}",
        st.text(max_size=15),
        st.text(max_size=15),
        st.sampled_from(
            [
                "2019 - 2021",
                "Jan 2020 - Present",
                "",
                "2018",
                "seit 04/2021",
                "Fall 2019 to today",
                "06/2017 --",
            ]
        ),
    ),
    st.builds(lambda a, b: f"{a} at {b}, 2020", st.text(max_size=15), st.text(max_size=15)),
    st.builds(lambda a: f"- {a}", st.text(max_size=40)),
)
resumes = st.lists(resume_lines, max_size=25).map("\n".join)


@FUZZ
@given(resumes, st.integers(0, 3))
def test_resume_parser(text, seed):
    facts = extract_facts(build_profile(parse_resume(text)), "Alex")
    for fact in facts:
        assert fact.answer.strip()
    for pair in SyntheticGenerator(text, name="Alex", seed=seed).generate():
        assert pair["user_message"].strip() and pair["bot_response"].strip()


@FUZZ
@given(st.binary(max_size=400) | resumes.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_resume_file(data):
    _only_our_error(lambda p: SyntheticGenerator.from_file(p).generate(), data)
