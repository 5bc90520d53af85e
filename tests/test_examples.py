"""The example people in examples/: each is a fair benchmark case (held-out questions really held out,
chat logs that mix terse and verbose answers, a resume the generator reads without loss)."""

import importlib.util
import json
from pathlib import Path

import pytest

from lenweight.dataset import SyntheticGenerator
from lenweight.evaluate import fact_found, load_eval_file, normalize
from lenweight.facts import extract_facts, gate
from lenweight.records import load_chat_logs

PEOPLE = sorted(p for p in Path("examples").iterdir() if (p / "eval.jsonl").is_file())


def resume_of(person: Path) -> Path:
    return next(p for p in person.glob("resume.*"))


def test_there_are_several_people_in_several_layouts():
    assert len(PEOPLE) >= 4
    assert len({resume_of(p).suffix for p in PEOPLE}) >= 3  # plain text, markdown, JSON Resume


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.name)
def test_held_out_questions_are_phrased_unlike_any_training_question(person):
    gen = SyntheticGenerator.from_file(resume_of(person))
    facts, _ = gate(extract_facts(gen.profile, gen.name))
    trained = {normalize(q) for f in facts for q in f.questions}  # every form, not only those sampled
    logs, _ = load_chat_logs(person / "chat_logs.jsonl")
    trained |= {normalize(r["user_message"]) for r in logs}
    items = load_eval_file(person / "eval.jsonl")
    assert len(items) >= 20 and all(i["facts"] for i in items)
    assert [i["question"] for i in items if normalize(i["question"]) in trained] == []


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.name)
def test_each_reference_answer_passes_its_own_facts(person):
    # else the right answer, worded as the reference words it, is scored wrong (Priya's "£120m."
    # against the fact "120", Niamh's "Oysters." against "oyster": both were, until session 31)
    items = load_eval_file(person / "eval.jsonl")
    assert [i["question"] for i in items if not all(fact_found(i["reference"], f) for f in i["facts"])] == []


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.name)
def test_chat_logs_mix_terse_and_verbose_answers(person):
    logs, _ = load_chat_logs(person / "chat_logs.jsonl")
    words = [len(r["bot_response"].split()) for r in logs]
    assert sum(w <= 15 for w in words) >= 0.25 * len(words)
    assert sum(w >= 40 for w in words) >= 0.25 * len(words)


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.name)
def test_the_resume_is_read_whole_and_the_logs_are_reproducible(person, tmp_path):
    gen = SyntheticGenerator.from_file(resume_of(person))
    assert gen.generate() and gen.coverage["unused_lines"] == 0
    spec = importlib.util.spec_from_file_location("make_chat_logs", "examples/make_chat_logs.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    topics = json.loads((person / "topics.json").read_text(encoding="utf-8"))
    assert make.render(topics) == (person / "chat_logs.jsonl").read_text(encoding="utf-8")


def test_the_multi_person_benchmark_at_smoke_size(tiny_setup, tmp_path):
    spec = importlib.util.spec_from_file_location("personas", "benchmarks/personas.py")
    personas = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(personas)
    table = tmp_path / "results.md"
    argv = [
        "--people",
        "tomasz",
        "lucia",
        "--seeds",
        "2",
        "--output_dir",
        str(tmp_path / "runs"),
        "--no_base",
    ]
    argv += ["--table", str(table), "--max_new_tokens", "4", "--model_name_or_path", str(tiny_setup["base"])]
    argv += [
        "--max_steps",
        "1",
        "--per_device_train_batch_size",
        "4",
        "--max_length",
        "96",
        "--save_strategy",
        "no",
    ]
    results = personas.main(argv)
    assert set(results) == {"tomasz", "lucia"}
    text = table.read_text()
    for person in ("tomasz", "lucia"):
        for power in ("p=-1", "p=1"):
            assert results[person][power]["seeds"] == 2
            assert f"| {person} | {power} |" in text
        # Trained with the defaults: the system prompt names the person on the resume.
        config = (tmp_path / "runs" / person / "p1-seed42" / "lenweight_config.yaml").read_text()
        assert "system_prompt: You answer questions about" in config
    assert (
        "Tomasz Nowak" in (tmp_path / "runs" / "tomasz" / "p1-seed42" / "lenweight_config.yaml").read_text()
    )
    assert "## tomasz" in text and "Over 2 seeds" in text


def test_the_recall_curve_at_smoke_size(tiny_setup, tmp_path):
    spec = importlib.util.spec_from_file_location("recall_curve", "benchmarks/recall_curve.py")
    curve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(curve)
    out, points_file = tmp_path / "run", tmp_path / "recall-curve-tiny.json"
    argv = [
        "--output_dir",
        str(out),
        "--eval_file",
        str(tiny_setup["eval_file"]),
        "--every",
        "1",
        "--max_new_tokens",
        "3",
    ]
    argv += ["--json", str(points_file), "--config", str(tiny_setup["config"]), "--max_steps", "2"]
    points = curve.main(argv)
    assert [p["steps"] for p in points] == [1, 2] and [p["examples_seen"] for p in points] == [4, 8]
    assert all(0 <= p["fact_recall"] <= 1 and p["missed_data_gap"] is not None for p in points)
    for p in points:  # memorised = held-out recall plus the missed facts recalled as trained
        assert p["fact_memorised"] == pytest.approx(
            p["fact_recall"] + p["missed_recalled_as_trained"] / p["facts"]
        )
        assert p["fact_recall"] <= p["fact_memorised"] <= 1
    curve.main(["--plot", str(points_file), "--png", str(tmp_path / "curve.png")])
    assert (tmp_path / "curve.png").stat().st_size > 1000

    # The ceiling plot collects that curve and evaluations of runs differing in one setting.
    spec = importlib.util.spec_from_file_location("ceiling", "benchmarks/ceiling.py")
    ceiling = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ceiling)
    evals = []
    for i, (recall, memorised) in enumerate([(0.5, 0.9), (0.6, None)]):
        folder = tmp_path / f"eval{i}"
        folder.mkdir()
        summary = {"fact_recall": recall, "fact_memorised": memorised, "tokens_mean": 4.0}
        (folder / "summary.json").write_text(json.dumps({"p=1": summary}))
        evals.append(folder)
    argv = ["--curves", str(points_file), "--rank", f"16={evals[0]}", f"64={evals[1]}"]
    argv += ["--forms", f"8={evals[0]}", "--json", str(tmp_path / "c.json"), "--png", str(tmp_path / "c.png")]
    data = ceiling.main(argv)
    assert data["examples_seen"]["tiny"] == points
    assert [(p["x"], p["fact_recall"], p["fact_memorised"]) for p in data["lora_rank"]] == [
        (16, 0.5, 0.9),
        (64, 0.6, None),
    ]
    assert (tmp_path / "c.png").stat().st_size > 1000
    assert ceiling.main(["--from_json", str(tmp_path / "c.json"), "--png", str(tmp_path / "d.png")]) == data


def test_the_table_of_single_runs(tmp_path):
    # benchmarks/runs_table.py: one row per person and variant, means over the seeds it finds.
    spec = importlib.util.spec_from_file_location("runs_table", "benchmarks/runs_table.py")
    runs_table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runs_table)
    runs = {
        "p1-s42-ann": (0.5, 4.0),
        "p1-s43-ann": (1.0, 2.0),
        "m1-s42-ann": (0.5, 6.0),
        "m1-s42-bo": (0.2, 5.0),
    }
    for name, (recall, tokens) in runs.items():
        folder = tmp_path / name / name.split("-")[-1]
        folder.mkdir(parents=True)
        summary = {
            "fact_recall": recall,
            "tokens_mean": tokens,
            "missed_data_gap": 1,
            "missed_learning_gap": 2,
        }
        (folder / "summary.json").write_text(json.dumps({"p=1": summary}))
    (tmp_path / "p1-s44-ann").mkdir()  # a run that did not finish is left out
    text = runs_table.main([str(tmp_path), "--variants", "m1", "p1", "--pair", "m1", "p1"])
    assert "| ann | p1 | 42, 43 | 3.0 (4.0, 2.0) | 75.0 (50.0, 100.0) | 2 | 4 |" in text
    assert "| bo | m1 | 42 | 5.0 | 20.0 | 1 | 2 |" in text
    assert "p1: mean recall over 1 people 75.0 %" in text and "m1: mean recall over 2 people 35.0 %" in text
    assert "| ann | 6.0 | 3.0 | -50 % | 50.0 | 75.0 | +25.0 |" in text
    assert "| bo |" not in text.split("| person | m1 tokens")[1]  # no pair without both variants
