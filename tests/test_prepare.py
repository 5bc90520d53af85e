"""`prepare` (Arrow tables, tokenised in several processes, streamed out) writes exactly the records,
split, lengths and weights that `train` builds in memory from the same flags."""

import json
import random

import pytest

from lenweight import prepare as prepare_module
from lenweight.config import DataArguments, LossArguments, ModelArguments, PrepareArguments, parse_args
from lenweight.data import build_datasets, build_records, system_prompt
from lenweight.loss import LengthWeighting
from lenweight.models import load_tokenizer


def what_train_builds(flags: list[str]) -> tuple[list[dict], dict]:
    """records.jsonl's rows and the training statistics, the way `lenweight train` computes them."""
    model_args, data, loss, prep = parse_args(
        flags, None, classes=(ModelArguments, DataArguments, LossArguments, PrepareArguments)
    )
    records, info = build_records(data, prep.seed)
    data.system_prompt = system_prompt(data, info)
    train, evald = build_datasets(records, load_tokenizer(model_args.model_name_or_path), data, prep.seed)
    lengths = train.response_lengths()
    weighting = LengthWeighting.fit(lengths, loss.length_power, loss.weight_normalization)
    weights = weighting.relative_weights(lengths).tolist()
    rows = [
        {**r, "split": "train", "response_tokens": n, "weight": round(w, 4)}
        for r, n, w in zip(train.records, lengths, weights)
    ]
    if evald is not None:
        rows += [
            {**r, "split": "eval", "response_tokens": n}
            for r, n in zip(evald.records, evald.response_lengths())
        ]
    return rows, weighting.stats(lengths)


def mixed_logs(path, n: int, seed: int = 0) -> str:
    """n lines of flat chat logs: short and long answers, timestamps, some lines repeated verbatim."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        answer = " ".join(
            rng.choice(["Yes.", "Python and SQL", "word"]) for _ in range(rng.choice([1, 3, 40]))
        )
        lines.append(json.dumps({"ts": i, "user_message": f"Question {i % 97}?", "bot_response": answer}))
        if i % 50 == 0:
            lines.append(lines[-1])  # a logging artefact: skipped as a duplicate line
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.mark.parametrize(
    "case", ["alex", "lucia-length-power-minus-1", "conversations", "many-lines-in-processes"]
)
def test_prepare_writes_what_train_trains_on(case, tmp_path, monkeypatch):
    if case == "alex":
        flags = ["--chat_logs", "examples/alex/chat_logs.jsonl", "--resume", "examples/alex/resume.txt"]
    elif case.startswith("lucia"):
        flags = ["--chat_logs", "examples/lucia/chat_logs.jsonl", "--resume", "examples/lucia/resume.json"]
        flags += ["--length_power", "-1", "--max_length", "64"]  # some answers too long: dropped
    elif case == "conversations":
        from .test_conversations import OPENAI, SHAREGPT, write_lines

        convs = [
            OPENAI,
            {"messages": OPENAI["messages"][1:3]},
            {"messages": OPENAI["messages"][:1] + OPENAI["messages"][3:]},
        ]
        flags = [
            "--chat_logs",
            write_lines(tmp_path, "o.jsonl", convs),
            write_lines(tmp_path, "s.jsonl", [SHAREGPT]),
        ]
        flags += ["--chat_logs", "examples/tomasz/chat_logs.jsonl"][1:] + ["--eval_fraction", "0.3"]
    else:
        monkeypatch.setattr(prepare_module, "PARALLEL_FROM", 100)  # tokenise in several processes
        flags = ["--chat_logs", mixed_logs(tmp_path / "big.jsonl", 600), "--max_length", "96"]
    expected_rows, expected_stats = what_train_builds(flags)
    stats = prepare_module.prepare([*flags, "--output_dir", str(tmp_path / "out")])
    rows = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    assert rows == expected_rows
    assert {
        k: v for k, v in stats["train"].items() if k not in ("per_source", "conversations")
    } == expected_stats
    assert not list((tmp_path / "out").glob(".arrow-*"))  # the Arrow scratch space is gone


def test_a_resume_read_as_other_text_is_written_out_for_its_line_numbers(tmp_path):
    from .test_resume import LATEX_SOURCE

    tex = LATEX_SOURCE.replace(
        r"\end{document}", "\\section*{References}\nDr. Ana Lopes, Feedzai\n\\end{document}"
    )
    (tmp_path / "cv.tex").write_text(tex)
    flags = ["--resume", str(tmp_path / "cv.tex"), "--output_dir", str(tmp_path / "out")]
    prepare_module.prepare(flags)
    cov = json.loads((tmp_path / "out" / "coverage.json").read_text())
    text = (tmp_path / "out" / "resume_as_read.txt").read_text().split("\n")
    assert cov["text_read"] == str(tmp_path / "out" / "resume_as_read.txt")
    (row,) = [r for r in cov["sections"] if r["title"] == "References"]  # never asked: its lines unused
    assert [text[n - 1] for n in row["unused_lines"]] == ["Dr. Ana Lopes, Feedzai"]
