"""The benchmark harness runs every contender in its own process and reports sane numbers (tiny model)."""

import json
import math
import subprocess
import sys

import pytest
import torch

sys.path.insert(0, "benchmarks")
from bench_train import DEFAULT_CONTENDERS, fixed_length_examples  # noqa: E402

# every kind: ours, the spec, TRL
CONTENDERS = [*DEFAULT_CONTENDERS, "lenweight+tokens", "lenweight+dropout", "trl-default"]


def _bench(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, *args, "--tmp", str(tmp_path)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def bench_result(tiny_setup, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("bench")
    out = tmp_path / "bench.json"
    model = ["--model_name_or_path", str(tiny_setup["base"])]
    sizes = ["--steps", "2", "--per_device_train_batch_size", "2", "--max_length", "96", "--repeats", "1"]
    done = _bench(
        ["benchmarks/bench_train.py", *model, *sizes, "--contenders", *CONTENDERS, "--json", str(out)],
        tmp_path,
    )
    return done.stdout, json.loads(out.read_text())


def test_every_contender_reports_sane_numbers(bench_result):
    stdout, result = bench_result
    assert "| trl-default |" in stdout and "GFLOP/s" in stdout
    assert [r["contender"] for r in result["rows"]] == CONTENDERS
    for r in result["rows"]:
        assert r["timed_steps"] == 2
        assert r["tokens_per_s"] > 0 and r["s_per_step"] > 0 and r["peak_mb"] > 0 and r["useful_gflops"] > 0
        assert math.isfinite(r["final_loss"])
    assert result["matmul_gflops"] > 0 and result["matmul_gflops_bf16"] > 0
    assert [r["bf16"] for r in result["rows"]] == [
        c.endswith("bf16") or c == "trl-default" for c in CONTENDERS
    ]
    # Packed rows hold the same real tokens as padded ones, in fewer positions: the same work is counted.
    rows = {r["contender"]: r for r in result["rows"]}
    assert rows["lenweight"]["useful_gflops"] > 0 and rows["trl-padding-free"]["final_loss"] == pytest.approx(
        rows["trl-fair"]["final_loss"], rel=1e-4
    )


def test_checkpointing_recomputes_the_same_training(bench_result):
    rows = {r["contender"]: r for r in bench_result[1]["rows"]}
    assert rows["lenweight+ckpt"]["final_loss"] == pytest.approx(rows["lenweight"]["final_loss"], rel=1e-5)
    # The dropout row really drops: its loss is not the dropout-free one. Only just: LoRA's B starts
    # at zero, so dropout moves two steps' loss by ~5e-7 here; the same settings give the same bits.
    assert rows["lenweight+dropout"]["final_loss"] != rows["lenweight"]["final_loss"]
    # Packing changes the layout, not the training: the same loss as padded batches.
    assert rows["lenweight+padded"]["final_loss"] == pytest.approx(rows["lenweight"]["final_loss"], rel=1e-5)
    # bf16 rounds: close to fp32, not equal. TRL trains another (unweighted) objective.
    assert rows["lenweight+bf16"]["final_loss"] == pytest.approx(rows["lenweight"]["final_loss"], rel=0.05)


def test_fixed_length_examples_mask_the_first_half():
    examples = fixed_length_examples(3, 10, vocab_size=500)
    assert len(examples) == 3
    for e in examples:
        assert e["input_ids"].shape == (10,) and e["response_length"] == 5
        assert (e["labels"][:5] == -100).all() and (e["labels"][5:] == e["input_ids"][5:]).all()
        assert e["input_ids"].max() < 500


def test_sweep_writes_points_and_plot(tiny_setup, tmp_path):
    out, png = tmp_path / "sweep.json", tmp_path / "sweep.png"
    args = ["--model_name_or_path", str(tiny_setup["base"]), "--lengths", "32", "64"]
    args += ["--per_device_train_batch_sizes", "2", "--steps", "1"]
    _bench(["benchmarks/sweep.py", *args, "--json", str(out), "--plot", str(png)], tmp_path)
    points = json.loads(out.read_text())["points"]
    assert [(p["length"], p["batch_size"]) for p in points] == [(32, 2), (64, 2)]
    # Fixed-length batches hold exactly length x batch tokens a step.
    for p in points:
        assert p["tokens_per_s"] * p["s_per_step"] == pytest.approx(p["length"] * 2, rel=1e-6)
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_prepare_scaling_reports_time_and_memory(tmp_path):
    out = tmp_path / "scaling.json"
    _bench(["benchmarks/prepare_scaling.py", "--lines", "300", "--json", str(out)], tmp_path)
    (row,) = json.loads(out.read_text())["rows"]
    # 300 distinct lines (plus 6 verbatim repeats, skipped); 10 % held out for the eval loss.
    assert row["lines"] == 300 and row["train_examples"] == 270
    assert row["seconds"] > 0 and row["peak_mb"] > 100


def test_saved_inputs_run_without_the_model_and_a_failed_contender_keeps_the_others(tiny_setup, tmp_path):
    """--save_inputs/--inputs: what a lent GPU runs (random weights, bf16), with one contender failing."""
    inputs, out = tmp_path / "inputs", tmp_path / "bench.json"
    model = ["--model_name_or_path", str(tiny_setup["base"]), "--max_length", "96"]
    _bench(["benchmarks/bench_train.py", *model, "--save_inputs", str(inputs)], tmp_path)
    saved = torch.load(inputs / "examples-96.pt")
    assert len(saved) > 100 and (inputs / "tokenizer.json").exists() and (inputs / "config.json").exists()
    # flex_attention has no backward on a CPU: that contender fails, the other's row is still written.
    args = ["--inputs", str(inputs), "--max_length", "96", "--steps", "2", "--repeats", "1"]
    args += ["--per_device_train_batch_size", "2", "--dtype", "bfloat16", "--json", str(out)]
    done = subprocess.run(
        [sys.executable, "benchmarks/bench_train.py", *args, "--contenders", "lenweight", "lenweight+flex"]
        + ["--tmp", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode != 0 and "lenweight+flex failed" in done.stderr
    assert "failed: lenweight+flex" in done.stderr
    (row,) = json.loads(out.read_text())["rows"]
    assert row["contender"] == "lenweight" and row["dtype"] == "bfloat16" and row["bf16"]
    assert row["timed_steps"] == 2 and math.isfinite(row["final_loss"])


def test_rows_benchmark_compares_the_packings_on_the_same_batches(tiny_setup, tmp_path):
    out = tmp_path / "rows.json"
    args = ["--model_name_or_path", str(tiny_setup["base"]), "--max_length", "96", "--batches", "3"]
    done = subprocess.run(
        [sys.executable, "benchmarks/rows.py", *args, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    r = json.loads(out.read_text())
    assert "x fewer" in done.stdout and r["batches"] == 3
    # Evenly filled rows never take more positions here, and train the same examples to the same loss.
    assert 0 < r["even_positions"] <= r["next-fit_positions"] and r["even_seconds"] > 0
    assert r["max_loss_difference"] < 1e-4


def test_document_quality_types_resumes_as_pdf_and_word(tmp_path):
    out = tmp_path / "docs.json"
    cmd = [
        "benchmarks/document_quality.py",
        "--limit",
        "2",
        "--out",
        str(tmp_path / "files"),
        "--json",
        str(out),
    ]
    done = subprocess.run([sys.executable, *cmd], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = json.loads(out.read_text())["rows"]
    assert len(rows) == 2 and all((tmp_path / "files" / f"{r['resume']}.pdf").exists() for r in rows)
    for r in rows:  # a smoke test: the numbers come from reading the files (docs/data-quality.md has the run)
        assert r["text"]["found"] == r["facts"] and 0 < r["pdf"]["found"] <= r["facts"], r
    assert rows[0]["resume"] == "h10_federal" and rows[0]["pdf"]["found"] == rows[0]["docx"]["found"] == 9


def test_dropout_cost_times_each_variant():
    done = subprocess.run(
        [sys.executable, "benchmarks/dropout_cost.py", "--tokens", "8", "--reps", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [ln.split(None, 1) for ln in done.stdout.splitlines()[1:]]
    assert len(rows) == 6 and all(float(ms) > 0 for ms, _ in rows)
    assert rows[0][1].startswith("nn.Dropout(0.05)")  # a smoke test: docs/performance.md has the run
