"""Interrupted and distributed runs, end to end on a tiny model.

- A run killed with SIGKILL halfway resumes (a bare `--resume`, or `--resume_from_checkpoint DIR`)
  to the same adapter as a run that was never interrupted.
- `torchrun --nproc_per_node 2` (gloo, CPU) with dataset normalisation makes the same updates as
  one process on the combined batch, and only rank 0 writes.
"""

import json
import os
import socket
import subprocess
import sys

import pytest
import torch
from safetensors.torch import load_file

# Train 12 steps (crossing an epoch boundary), checkpoint every 3; LoRA dropout stays on, so the
# resumed run must also restore the RNG state to match.
STEPS = ["--max_steps", "12", "--save_strategy", "steps", "--save_steps", "3", "--eval_strategy", "no"]

# Runs lenweight train in this child process and SIGKILLs it right after checkpoint-6 is saved.
KILLED_AT_6 = """
import os, signal, sys
from transformers import TrainerCallback
import lenweight.train as t
from lenweight.cli import setup_logging

class KillAfterCheckpoint6(TrainerCallback):
    def on_save(self, args, state, control, **kwargs):
        if state.global_step == 6:
            os.kill(os.getpid(), signal.SIGKILL)

class Killed(t.LengthWeightedTrainer):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_callback(KillAfterCheckpoint6())

t.LengthWeightedTrainer = Killed
setup_logging()
t.run(sys.argv[2:], sys.argv[1])
"""


def adapter(run_dir) -> dict[str, torch.Tensor]:
    return load_file(os.path.join(run_dir, "adapter_model.safetensors"))


def max_difference(a: dict, b: dict) -> float:
    assert a.keys() == b.keys()
    return max((a[k] - b[k]).abs().max().item() for k in a)


def lenweight(*args, env=None) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "lenweight.cli", *args], capture_output=True, text=True, timeout=600, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def uninterrupted(tiny_setup, tmp_path_factory):
    out = tmp_path_factory.mktemp("whole") / "run"
    lenweight("train", "--config", str(tiny_setup["config"]), "--output_dir", str(out), *STEPS)
    return out


@pytest.mark.parametrize("how", ["latest", "a checkpoint directory"])
def test_sigkill_then_resume_equals_uninterrupted(how, tiny_setup, uninterrupted, tmp_path):
    out = tmp_path / "run"
    config = str(tiny_setup["config"])
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT_6, config, "--output_dir", str(out), *STEPS],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert killed.returncode == -9, killed.stderr[-2000:]  # really killed, not finished
    assert sorted(p.name for p in out.glob("checkpoint-*")) == ["checkpoint-3", "checkpoint-6"]
    assert not (out / "adapter_model.safetensors").exists() and not (out / "lenweight_config.yaml").exists()

    resume = ["--resume_from_checkpoint", "latest" if how == "latest" else str(out / "checkpoint-6")]
    done = lenweight("train", "--config", config, "--output_dir", str(out), *STEPS, *resume)
    assert f"Resuming from {out / 'checkpoint-6'}" in done.stderr or how != "latest"
    difference = max_difference(adapter(out), adapter(uninterrupted))
    print(f"resume ({how}): max |adapter difference| = {difference:.3g}")
    assert difference <= 1e-6
    # ... and it trained: the adapter moved away from its initial (zero) B matrices.
    assert max(t.abs().max().item() for k, t in adapter(out).items() if "lora_B" in k) > 1e-3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def two_processes_train(*args) -> subprocess.CompletedProcess:
    """`lenweight train ARGS` as two torchrun processes (gloo, one thread each); asserts it succeeded."""
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2"]
    torchrun += ["--master_addr", "127.0.0.1", "--master_port", str(_free_port()), "-m", "lenweight.cli"]
    done = subprocess.run(
        [*torchrun, "train", *args, "--ddp_backend", "gloo"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "OMP_NUM_THREADS": "1"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.mark.parametrize("normalization", ["dataset", "batch"])
def test_two_processes_equal_one_on_the_combined_batch(normalization, tiny_setup, tmp_path):
    config = str(tiny_setup["config"])
    common = ["--config", config, "--max_steps", "3", "--lora_dropout", "0", "--save_strategy", "no"]
    common += ["--weight_normalization", normalization, "--eval_strategy", "no"]
    # Plain SGD, as the tests below: Adam divides each gradient by its own scale, so float noise on a
    # near-zero gradient became a whole step (1.05e-4 on one data draw, 9e-6 on another).
    common += ["--optim", "sgd", "--learning_rate", "0.5", "--lr_scheduler_type", "constant"]
    common += ["--warmup_steps", "0", "--max_grad_norm", "0"]
    one = tmp_path / "one"
    lenweight("train", *common, "--output_dir", str(one), "--per_device_train_batch_size", "4")
    two = tmp_path / "two"
    done = two_processes_train(*common, "--output_dir", str(two), "--per_device_train_batch_size", "2")
    difference = max_difference(adapter(two), adapter(one))
    print(f"2 processes vs 1, {normalization} normalisation: max |adapter difference| = {difference:.3g}")
    if normalization == "dataset":
        assert difference <= 1e-5  # float reduction order across ranks
    else:
        # Per-batch normalisation divides by each rank's own batch: a different objective (see
        # docs/distributed.md), so the updates differ.
        assert difference > 1e-5
    # Only rank 0 writes: one save, no leftovers from a second writer.
    assert (done.stdout + done.stderr).count("Saved adapter") == 1
    assert not [p.name for p in two.iterdir() if p.name.startswith(".saving") or p.name.endswith(".tmp")]


def test_two_processes_with_uneven_shards_equal_one(tiny_setup, tmp_path):
    # 7 examples, one epoch: one process takes steps of 4 and 3 examples; two processes of 2 each
    # take 2+2, then 2+1 (accelerate's even_batches off, so no example is repeated to even the
    # shards). Dividing each step by its examples counted over both processes makes them equal.
    from .conftest import RECORDS

    records = tmp_path / "seven.jsonl"
    records.write_text("".join(json.dumps({**r, "source": "t"}) + "\n" for r in RECORDS[:7]))
    common = ["--config", str(tiny_setup["config"]), "--records", str(records), "--lora_dropout", "0"]
    common += ["--max_steps", "-1", "--num_train_epochs", "1", "--optim", "sgd", "--learning_rate", "0.5"]
    common += ["--lr_scheduler_type", "constant", "--warmup_steps", "0", "--max_grad_norm", "0"]
    common += ["--accelerator_config", '{"even_batches": false}']
    one = tmp_path / "one"
    lenweight("train", *common, "--output_dir", str(one), "--per_device_train_batch_size", "4")
    two = tmp_path / "two"
    two_processes_train(*common, "--output_dir", str(two), "--per_device_train_batch_size", "2")
    assert json.loads((two / "metrics.json").read_text())["train"]["train_samples_per_second"] > 0
    steps = [h["step"] for h in json.loads((two / "metrics.json").read_text())["log_history"] if "loss" in h]
    assert steps == [1, 2]  # 2 optimizer steps: the second with 3 examples across 2 processes
    difference = max_difference(adapter(two), adapter(one))
    print(f"7 examples, 2 processes (2+2, 2+1) vs 1 (4, 3): max |adapter difference| = {difference:.3g}")
    assert difference <= 1e-5


def test_two_processes_share_token_budget_micro_batches(tiny_setup, tmp_path):
    # --max_tokens_per_batch cuts one shuffled order into micro-batches; accelerate deals them out
    # to the processes in turn. So one step of two processes (a micro-batch each) must equal one
    # step of one process accumulating the same two micro-batches: both ranks have to draw the
    # same order, and the step's examples are counted across them.
    common = ["--config", str(tiny_setup["config"]), "--lora_dropout", "0", "--max_steps", "1"]
    common += ["--max_tokens_per_batch", "96", "--optim", "sgd", "--learning_rate", "0.5"]
    common += ["--lr_scheduler_type", "constant", "--warmup_steps", "0", "--max_grad_norm", "0"]
    one = tmp_path / "one"
    lenweight("train", *common, "--output_dir", str(one), "--gradient_accumulation_steps", "2")
    two = tmp_path / "two"
    two_processes_train(*common, "--output_dir", str(two))
    difference = max_difference(adapter(two), adapter(one))
    print(f"token budget, 2 processes vs 1 with accumulation 2: max |adapter difference| = {difference:.3g}")
    assert difference <= 1e-5
