"""The benchmark harness runs every contender in its own process and reports sane numbers (tiny model)."""

import json
import math
import subprocess
import sys


def test_bench_smoke(tiny_setup, tmp_path):
    out = tmp_path / "bench.json"
    cmd = [
        sys.executable,
        "benchmarks/bench_train.py",
        "--model",
        str(tiny_setup["base"]),
        "--steps",
        "2",
        "--batch-size",
        "2",
        "--max-length",
        "96",
        "--repeats",
        "1",
        "--tmp",
        str(tmp_path),
        "--json",
        str(out),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| lenweight-grouped |" in done.stdout and "GFLOP/s" in done.stdout
    result = json.loads(out.read_text())
    assert [r["contender"] for r in result["rows"]] == ["seed", "lenweight", "lenweight-grouped"]
    for r in result["rows"]:
        assert r["tokens_per_s"] > 0 and r["s_per_step"] > 0 and r["peak_mb"] > 0 and r["useful_gflops"] > 0
        assert math.isfinite(r["final_loss"])
    assert result["matmul_gflops"] > 0
