"""Evaluation metrics on hand-made cases, generation invariance, evaluate/compare/chat/export end to end."""

import json

import pytest
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM

from lenweight import cli
from lenweight.compare import same_settings
from lenweight.errors import LenweightError
from lenweight.evaluate import (
    apply_probes,
    fact_found,
    generate_answers,
    load_eval_file,
    normalize,
    probes,
    rouge_l,
    score,
    summarize,
)
from lenweight.export import export
from lenweight.rundir import Run

from .conftest import make_tiny_llama

# ---- metric functions -------------------------------------------------------------------


def test_normalize():
    assert normalize("  Johns-Hopkins University!!\n") == "johns hopkins university"
    assert normalize("C++, C# and R.") == "c++ c# and r"


@pytest.mark.parametrize(
    "answer, fact, expected",
    [
        ("He studied at JOHNS HOPKINS.", "Johns Hopkins", True),
        ("Johns-Hopkins", "johns hopkins", True),
        ("about six years", ["6", "six"], True),
        ("about 6 years", ["6", "six"], True),
        ("16 years", ["6", "six"], False),  # whole words only
        ("sixteen years", ["6", "six"], False),
        ("alex.moreno@example.com", "alex.moreno@example.com", True),
        ("Writes C++ daily", "C++", True),
        ("Writes C daily", "C++", False),
        ("1st place!", ["1st", "first"], True),
        ("", "anything", False),
    ],
)
def test_fact_found(answer, fact, expected):
    assert fact_found(answer, fact) is expected


def test_rouge_l():
    assert rouge_l("Johns Hopkins University", "Johns Hopkins University.") == pytest.approx(1.0)
    assert rouge_l("San Diego", "Johns Hopkins") == 0.0
    # LCS "johns hopkins" = 2 of 5 answer tokens and 2 of 2 reference tokens: F1 = 2*0.4*1/(1.4)
    assert rouge_l("Alex went to Johns Hopkins", "Johns Hopkins") == pytest.approx(2 * 0.4 / 1.4)


def test_summarize_hand_made_rows():
    rows = [
        {"tokens": 2, "words": 1, "cut_off": False, "facts_found": ["a"], "facts_missed": [], "rouge_l": 1.0},
        {
            "tokens": 10,
            "words": 8,
            "cut_off": True,
            "facts_found": [],
            "facts_missed": ["b", "c"],
            "rouge_l": 0.0,
        },
        {
            "tokens": 3,
            "words": 2,
            "cut_off": False,
            "facts_found": ["d"],
            "facts_missed": [],
            "rouge_l": None,
        },
    ]
    s = summarize(rows)
    assert (
        s["tokens_mean"] == pytest.approx(5.0)
        and s["tokens_median"] == 3
        and s["words_mean"] == pytest.approx(11 / 3)
    )
    assert s["tokens_p90"] == pytest.approx(8.6)  # inclusive quantile between 3 and 10
    assert s["cut_off_share"] == pytest.approx(1 / 3)
    assert s["fact_recall"] == pytest.approx(2 / 4)  # micro: 2 of 4 facts
    assert s["rouge_l"] == pytest.approx(0.5)  # rows without a reference are left out


def test_a_missed_fact_is_a_data_gap_or_a_learning_gap():
    item = {"question": "Where?", "facts": ["Johns Hopkins", ["WWU", "Western Washington"], "Zillow"]}
    trained = ["An M.S. from Johns Hopkins.", "Interned at Zillow in 2018."]
    row = score(item, {"answer": "Zillow, I think.", "tokens": 4, "cut_off": False}, trained)
    assert row["facts_found"] == ["Zillow"]
    assert row["facts_missed_not_in_training"] == ["WWU / Western Washington"]  # taught nowhere
    s = summarize([row])
    assert (s["missed_data_gap"], s["missed_learning_gap"]) == (1, 1)  # Johns Hopkins: taught, not recalled
    # Unknown training data (a base model, an old run): no split is claimed.
    assert summarize([score(item, {"answer": "", "tokens": 0, "cut_off": False})])["missed_data_gap"] is None


def test_a_learning_gap_is_asked_again_as_it_was_trained():
    items = [
        {"question": "Where did Alex do the M.S.?", "facts": ["Johns Hopkins", "WWU"]},
        {"question": "Who employs Alex?", "facts": ["Creyon Bio"]},
    ]
    trained = [
        {
            "user_message": "Tell me about Alex's studies.",
            "bot_response": "Alex studied at Johns Hopkins, in Baltimore.",
        },
        {"user_message": "Which school gave Alex an M.S.?", "bot_response": "Johns Hopkins"},
        {"user_message": "Where did Alex get a master's?", "bot_response": "Johns Hopkins University"},
        {"user_message": "Where did Alex study?", "bot_response": "Johns Hopkins and more."},
        {"user_message": "Where does Alex work?", "bot_response": "Creyon Bio", "history": [["Hi", "Hello"]]},
    ]
    responses = [r["bot_response"] for r in trained]
    rows = [
        score(items[0], {"answer": "Zillow", "tokens": 1, "cut_off": False}, responses),
        score(items[1], {"answer": "Zillow", "tokens": 1, "cut_off": False}, responses),
    ]
    asked = probes(rows, items, trained)
    # WWU is in no training answer (a data gap): never asked. Johns Hopkins: the 3 shortest answers
    # holding it, shortest first; Creyon Bio: its one record, with its history.
    assert [(i, fact, r["user_message"]) for i, fact, r in asked] == [
        (0, "Johns Hopkins", "Which school gave Alex an M.S.?"),
        (0, "Johns Hopkins", "Where did Alex study?"),
        (0, "Johns Hopkins", "Where did Alex get a master's?"),
        (1, "Creyon Bio", "Where does Alex work?"),
    ]
    answers = ["Baltimore", "Johns Hopkins.", "Baltimore", "Zillow"]
    apply_probes(rows, items, list(zip(asked, answers)))
    assert rows[0]["facts_missed_recalled_as_trained"] == ["Johns Hopkins"]  # one probe of three suffices
    assert rows[1]["facts_missed_recalled_as_trained"] == []  # not memorised
    assert [a["recalled"] for a in rows[0]["asked_as_trained"]] == [False, True, False]
    s = summarize(rows)
    assert (s["missed_data_gap"], s["missed_learning_gap"], s["missed_recalled_as_trained"]) == (1, 2, 1)
    assert s["facts"] == 3 and s["fact_memorised"] == pytest.approx(1 / 3)  # 0 found + 1 recalled as trained
    # Rows that were never asked (an older caller) claim no split of the learning gap.
    plain = [score(items[1], {"answer": "", "tokens": 0, "cut_off": False}, responses)]
    assert summarize(plain)["missed_recalled_as_trained"] is None
    # With a reference answer, the training answers closest to it are asked first: the degree,
    # not the award that shares its words.
    item = {
        "question": "What was Alex's master's in?",
        "reference": "An M.S. in Data Science.",
        "facts": ["Data Science"],
    }
    trained = [
        {"user_message": "What did Alex win in 2020?", "bot_response": "Data Science Award"},
        {"user_message": "What did Alex study at Johns Hopkins?", "bot_response": "M.S. in Data Science"},
    ]
    row = score(
        item, {"answer": "Zillow", "tokens": 1, "cut_off": False}, [r["bot_response"] for r in trained]
    )
    assert [r["user_message"] for _, _, r in probes([row], [item], trained, per_fact=1)] == [
        "What did Alex study at Johns Hopkins?"
    ]


def test_shipped_eval_file():
    items = load_eval_file("examples/alex/eval.jsonl")
    assert len(items) >= 40 and all(i["facts"] and i["reference"] for i in items)


# ---- generation -------------------------------------------------------------------------


def test_greedy_generation_does_not_depend_on_batch_size(tokenizer):
    # Re-initialise at unit scale: the default 0.02 init makes the model echo its last input token,
    # so every answer would be the same and the comparison would prove nothing.
    model = make_tiny_llama(len(tokenizer), seed=3, tie=False)
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() == 2:
                p.normal_(0, 1.0 if "embed" in name else p.shape[1] ** -0.5, generator=g)
    questions = [
        "Where did Alex study?",
        "Hi",
        "Tell me about the Vesuvius Challenge result in detail.",
        "Email?",
        "What languages does Alex know and use at work every day?",
    ]
    one = generate_answers(
        model, tokenizer, questions, "Be brief.", max_new_tokens=12, batch_size=1, progress=False
    )
    assert len({r["answer"] for r in one}) > 1  # not a degenerate model
    for batch_size in (2, 5):
        assert (
            generate_answers(model, tokenizer, questions, "Be brief.", 12, batch_size, progress=False) == one
        )


# ---- commands end to end on a tiny model --------------------------------------------------


def test_evaluate_end_to_end(tiny_setup, tiny_run, tmp_path):
    out = tmp_path / "eval"
    assert (
        cli.main(
            [
                "evaluate",
                "--run",
                str(tiny_run),
                "--model_name_or_path",
                str(tiny_setup["base"]),
                "--eval_file",
                str(tiny_setup["eval_file"]),
                "--output_dir",
                str(out),
                "--max_new_tokens",
                "6",
            ]
        )
        == 0
    )
    for name in (
        "results.jsonl",
        "summary.json",
        "report.md",
        "length_distribution.png",
        "length_vs_recall.png",
    ):
        assert (out / name).is_file(), name
    summary = json.loads((out / "summary.json").read_text())
    assert set(summary) == {"run", f"base {tiny_setup['base']}"}
    for s in summary.values():
        assert s["questions"] == 5 and 0 <= s["tokens_mean"] <= 6 and 0 <= s["fact_recall"] <= 1
        assert 0 <= s["cut_off_share"] <= 1 and 0 <= s["rouge_l"] <= 1
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert len(rows) == 10 and all(r["tokens"] <= 6 for r in rows)
    assert "| model | mean tok" in (out / "report.md").read_text()
    # The run's training records are known, so every missed fact is classed; the base model's are not.
    run = summary["run"]
    n_facts = sum(
        len(json.loads(line).get("facts", [])) for line in tiny_setup["eval_file"].read_text().splitlines()
    )
    missed = round((1 - run["fact_recall"]) * n_facts)
    assert run["missed_data_gap"] + run["missed_learning_gap"] == missed
    # ...and every learning gap was asked again with questions from the run's own training records.
    assert 0 <= run["missed_recalled_as_trained"] <= run["missed_learning_gap"]
    taught = {r["user_message"] for r in Run.open(tiny_run).training_records()}
    asked = [a for r in rows if r["model"] == "run" for a in r["asked_as_trained"]]
    assert bool(asked) == (run["missed_learning_gap"] > 0) and all(a["question"] in taught for a in asked)
    assert summary[f"base {tiny_setup['base']}"]["missed_data_gap"] is None


def test_compare_end_to_end(tiny_setup, tmp_path, caplog):
    out = tmp_path / "cmp"
    argv = [
        "compare",
        "--config",
        str(tiny_setup["config"]),
        "--length_powers",
        "-1",
        "1",
        "--output_dir",
        str(out),
        "--max_new_tokens",
        "4",
    ]
    assert cli.main(argv) == 0
    report = (out / "report.md").read_text()
    for needle in ("| p=-1 |", "| p=1 |", "| base ", "train time", "p=1 vs p=-1: mean length", "Target"):
        assert needle in report, needle
    for power in ("p-1", "p1"):
        cfg = (out / power / "lenweight_config.yaml").read_text()
        assert f"length_power: {float(power[1:])}" in cfg and "max_steps: 2" in cfg and "seed: 42" in cfg
    # A second call reuses the finished runs instead of training again.
    caplog.clear()
    with caplog.at_level("INFO", logger="lenweight.compare"):
        assert cli.main(argv) == 0
    assert caplog.text.count("Reusing the finished run") == 2
    # The eval file is not a training setting: a run is reused whichever one is named.
    flags = [
        "--output_dir",
        str(out / "p1"),
        "--length_power",
        "1.0",
        "--seed",
        "42",
        "--overwrite_output_dir",
        "true",
    ]
    other = tmp_path / "other.jsonl"
    other.write_text(tiny_setup["eval_file"].read_text())
    assert same_settings(out / "p1", flags + ["--eval_file", str(other)], str(tiny_setup["config"]))
    assert not same_settings(out / "p1", flags + ["--learning_rate", "0.01"], str(tiny_setup["config"]))
    # ...but not when the settings changed: a different learning rate trains both again.
    caplog.clear()
    with caplog.at_level("INFO", logger="lenweight.compare"):
        assert cli.main(argv + ["--learning_rate", "0.01"]) == 0
    assert caplog.text.count("trained with other settings (learning_rate)") == 2


def test_compare_with_seeds_reports_mean_and_spread(tiny_setup, tmp_path):
    out = tmp_path / "cmp"
    argv = ["compare", "--config", str(tiny_setup["config"]), "--length_powers", "-1", "1", "--seeds", "2"]
    argv += ["--output_dir", str(out), "--max_new_tokens", "4", "--no_base", "--learning_rate", "0.5"]
    assert cli.main(argv) == 0
    summary = json.loads((out / "summary.json").read_text())
    for power in ("p=-1", "p=1"):
        seeds = [summary[f"{power} seed={s}"] for s in (42, 43)]
        mean = summary[power]
        assert mean["seeds"] == 2
        assert mean["tokens_mean"] == pytest.approx((seeds[0]["tokens_mean"] + seeds[1]["tokens_mean"]) / 2)
        assert mean["tokens_mean_min"] == min(s["tokens_mean"] for s in seeds)
        assert mean["fact_recall_max"] == max(s["fact_recall"] for s in seeds)
    for seed in (42, 43):  # each seed trained its own run
        assert f"seed: {seed}" in (out / f"p1-seed{seed}" / "lenweight_config.yaml").read_text()
    report = (out / "report.md").read_text()
    assert "means over 2 seeds" in report and "Over 2 seeds, the length" in report


def test_the_verdict_says_when_a_difference_is_inside_the_seed_spread():
    from lenweight.compare import over_seeds, verdict

    def seeds(tokens, recall):
        return over_seeds(
            [{"tokens_mean": t, "fact_recall": r, "rouge_l": None} for t, r in zip(tokens, recall)]
        )

    s = {"p=-1": seeds([20, 22, 24], [0.50, 0.60, 0.70]), "p=1": seeds([10, 11, 12], [0.45, 0.55, 0.65])}
    text = verdict(s, [-1.0, 1.0], None, n_facts=20)
    assert (
        "the fact recall difference is inside the spread over seeds (p=1 45.0-65.0 %, p=-1 50.0-70.0 %)"
        in text
    )
    assert "the length ranges over seeds do not overlap" in text
    s["p=1"] = seeds([10, 11, 12], [0.1, 0.15, 0.2])
    assert "the fact recall ranges over seeds do not overlap" in verdict(s, [-1.0, 1.0], None, n_facts=20)


def test_export_round_trip(tiny_setup, tiny_run, tmp_path):
    out = export(tiny_run, tmp_path / "merged")
    merged = AutoModelForCausalLM.from_pretrained(out).eval()
    assert not any("lora" in n for n, _ in merged.named_parameters())
    base = AutoModelForCausalLM.from_pretrained(tiny_setup["base"]).eval()
    ids = torch.tensor([[1, 50, 200, 3000, 7, 9, 11]])
    with torch.no_grad():
        base_logits = base(ids).logits
        adapted = PeftModel.from_pretrained(base, tiny_run).eval()
        adapter_logits = adapted(ids).logits
        merged_logits = merged(ids).logits
    assert not torch.allclose(base_logits, adapter_logits, atol=1e-4)  # the adapter does something
    assert torch.allclose(merged_logits, adapter_logits, atol=1e-4)
    assert (out / "chat_template.jinja").is_file() or "chat_template" in (
        out / "tokenizer_config.json"
    ).read_text()
    with pytest.raises(LenweightError, match="not empty"):
        export(tiny_run, out)


def test_chat_one_shot_and_interactive(tiny_run, capsys, monkeypatch):
    from lenweight.chat import answer
    from lenweight.rundir import Run

    assert (
        cli.main(
            ["chat", "--run", str(tiny_run), "--question", "Where did Alex study?", "--max_new_tokens", "5"]
        )
        == 0
    )
    streamed = capsys.readouterr().out
    run = Run.open(tiny_run)
    model, tokenizer = run.load_model()
    expected = answer(model, tokenizer, "Where did Alex study?", run.system_prompt, [], 5, stream=False)
    assert streamed.strip() == expected

    typed = iter(["Where did Alex study?", "", "And after that?"])

    def fake_input(prompt=""):
        try:
            return next(typed)
        except StopIteration:
            raise EOFError from None  # Ctrl-D

    monkeypatch.setattr("builtins.input", fake_input)
    assert cli.main(["chat", "--run", str(tiny_run), "--max_new_tokens", "3"]) == 0
    assert capsys.readouterr().out.count("bot> ") == 2

    def interrupt(prompt=""):
        raise KeyboardInterrupt  # Ctrl-C

    monkeypatch.setattr("builtins.input", interrupt)
    assert cli.main(["chat", "--run", str(tiny_run)]) == 0


def test_demo_end_to_end_on_a_tiny_model(tiny_setup, tmp_path, capsys):
    out = tmp_path / "demo"
    assert (
        cli.main(
            ["demo", "--config", str(tiny_setup["config"]), "--output_dir", str(out), "--max_new_tokens", "4"]
        )
        == 0
    )
    printed = capsys.readouterr().out
    for path in (
        "data/records.jsonl",
        "data/stats.json",
        "model/adapter_model.safetensors",
        "report.md",
        "summary.json",
        "length_distribution.png",
    ):
        assert (out / path).is_file(), path
    assert "before (" in printed and "after  (" in printed and "fine-tuned vs base: mean length" in printed
    assert set(json.loads((out / "summary.json").read_text())) == {"fine-tuned", f"base {tiny_setup['base']}"}


def test_verdict_states_the_measurement_whichever_way_it_goes():
    from lenweight.compare import verdict

    s = {
        "p=-1": {"tokens_mean": 20.0, "fact_recall": 0.50, "rouge_l": 0.30},
        "p=1": {"tokens_mean": 10.0, "fact_recall": 0.40, "rouge_l": 0.35},
        "p=2": {"tokens_mean": 5.0, "fact_recall": 0.10, "rouge_l": 0.20},
        "base m": {"tokens_mean": 40.0, "fact_recall": 0.05, "rouge_l": 0.10},
    }
    text = verdict(s, [-1.0, 1.0, 2.0], "base m", n_facts=20)
    assert "p=1 vs p=-1: mean length -50 % (10.0 vs 20.0 tokens), fact recall -10.0 points" in text
    assert "length met, fact recall NOT met. With 20 facts, one fact is 5.0 points." in text
    assert "p=2 vs base: mean length -88 %" in text
    s["p=1"]["fact_recall"] = 0.48
    assert "fact recall met" in verdict(s, [-1.0, 1.0], None, n_facts=20)


def test_evaluated_models_go_where_answers_are_generated(tiny_setup, tiny_run, monkeypatch):
    # On a GPU machine evaluate must answer on the GPU, not leave the model on the CPU. No GPU
    # here, so the target is faked as "meta": every model load_models yields must be moved there.
    import lenweight.models
    from lenweight.evaluate import load_models

    monkeypatch.setattr(lenweight.models, "inference_device", lambda: torch.device("meta"))
    loaded = list(load_models({"run": str(tiny_run)}, [str(tiny_setup["base"])]))
    assert [next(m.parameters()).device.type for _, m, _, _ in loaded] == ["meta", "meta"]
