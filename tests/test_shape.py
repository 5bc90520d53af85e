"""The code's shape, held by tests: one weighting in every file, one run type, one flag style,
no side effects at import, one atomic write, one left_pad, one p90."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from lenweight import cli
from lenweight.collator import left_pad
from lenweight.errors import LenweightError
from lenweight.files import atomic_path, write_atomic
from lenweight.rundir import Run
from lenweight.stats import p90


def _jsonl(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_prepare_and_train_give_every_example_the_same_weight(tiny_setup, tiny_run, tmp_path):
    config = str(tiny_setup["config"])
    assert cli.main(["prepare", "--config", config, "--output_dir", str(tmp_path / "one")]) == 0
    stats = json.loads((tmp_path / "one" / "stats.json").read_text())
    # The same data and settings: prepare and train fit the same LengthWeighting.
    assert stats["weighting"] == Run.open(tiny_run).metrics()["weighting"]

    # With two sources, each source's weights in stats.json are the records' weights of that source
    # (once they were normalised by each source's own mean, so the two files disagreed).
    out = tmp_path / "two"
    logs = "examples/alex/chat_logs.jsonl"
    assert cli.main(["prepare", "--config", config, "--chat_logs", logs, "--output_dir", str(out)]) == 0
    stats = json.loads((out / "stats.json").read_text())
    rows = [r for r in _jsonl(out / "records.jsonl") if r["split"] == "train"]
    assert set(stats["train"]["per_source"]) == {"chat_logs", "resume"}
    for source, s in stats["train"]["per_source"].items():
        weights = [r["weight"] for r in rows if r["source"] == source]
        assert s["weight"]["min"] == pytest.approx(min(weights), abs=2e-4), source
        assert s["weight"]["max"] == pytest.approx(max(weights), abs=2e-4), source
        # the old per-source normalisation gives other numbers: this test tells the two apart
        own_mean = sum(weights) / len(weights)
        assert max(weights) / own_mean != pytest.approx(max(weights), abs=2e-4), source


def test_run_open_names_the_flag_and_reads_the_settings(tiny_run, tmp_path):
    with pytest.raises(LenweightError, match=r"--run .*: not a finished lenweight run"):
        Run.open(tmp_path)
    run = Run.open(tiny_run)
    assert run.finished and run.system_prompt == "You answer questions about Alex."
    assert run.base_model.endswith("base") and run.eval_file.endswith("eval.jsonl")
    assert len(run.training_records()) > 0


def _long_options(help_text: str) -> set[str]:
    """The option strings --help lists (not flags quoted in the description)."""
    options = set()
    for line in help_text.split("options:", 1)[1].splitlines():
        if line.strip().startswith("-"):
            options |= set(re.findall(r"--[a-z][a-z0-9_-]*", re.split(r"\s{2,}", line.strip())[0]))
    return options


@pytest.mark.parametrize("command", ["train", "prepare", "evaluate", "compare", "chat", "export", "demo"])
def test_every_flag_is_spelled_with_underscores_and_has_a_dashed_alias(command, capsys):
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    options = _long_options(capsys.readouterr().out)
    assert len(options) > 3
    for option in options:
        if "-" in option[2:]:  # a dashed spelling is only ever the alias of an underscore one
            assert "--" + option[2:].replace("-", "_") in options, option
        if "_" in option:
            assert "--" + option[2:].replace("_", "-") in options, option


def test_flags_work_in_either_spelling(tiny_setup, tiny_run, tmp_path):
    flags = ["--run", str(tiny_run), "--eval-file", str(tiny_setup["eval_file"]), "--max-new-tokens", "3"]
    assert cli.main(["evaluate", *flags, "--output-dir", str(tmp_path / "a")]) == 0
    flags = ["--run", str(tiny_run), "--eval_file", str(tiny_setup["eval_file"]), "--max_new_tokens", "3"]
    assert cli.main(["evaluate", *flags, "--output_dir", str(tmp_path / "b")]) == 0
    a, b = (json.loads((tmp_path / d / "summary.json").read_text()) for d in "ab")
    assert a == b


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_no_side_effects_at_import(tmp_path):
    # A notebook's backend stays its own, even after lenweight draws a figure (it used to be
    # switched to Agg by `import lenweight.plots`); the CLI and chat import nothing they do not use.
    done = _python(
        "import sys, matplotlib; matplotlib.use('svg')\n"
        "import lenweight.train, lenweight.evaluate, lenweight.compare, lenweight.demo\n"
        "from lenweight.plots import loss_curve\n"
        f"loss_curve([{{'step': 1, 'loss': 2.0}}, {{'step': 2, 'loss': 1.0}}], r'{tmp_path / 'c.png'}')\n"
        "assert matplotlib.get_backend() == 'svg', matplotlib.get_backend()\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    done = _python(
        "import sys, lenweight.cli; assert 'torch' not in sys.modules and 'transformers' not in sys.modules"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    done = _python(
        "import sys, lenweight.chat; assert 'matplotlib' not in sys.modules, 'chat imports matplotlib'"
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_atomic_path_leaves_the_old_file_or_the_new_one(tmp_path):
    target = tmp_path / "summary.json"
    write_atomic(target, "old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed mid-write")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["summary.json"]
    folder = tmp_path / "model"
    with atomic_path(folder, directory=True) as tmp:
        (tmp / "config.json").write_text("{}")
    with pytest.raises(RuntimeError):
        with atomic_path(folder, directory=True) as tmp:
            (tmp / "half.bin").write_text("x")
            raise RuntimeError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model", "summary.json"]
    assert [p.name for p in folder.iterdir()] == ["config.json"]


def test_left_pad():
    ids, mask = left_pad([[5, 6, 7], [8]], pad_value=0)
    assert ids.tolist() == [[5, 6, 7], [0, 0, 8]] and mask.tolist() == [[1, 1, 1], [0, 0, 1]]
    ids, _ = left_pad([torch.tensor([1, 2])], pad_value=-100, width=4)
    assert ids.tolist() == [[-100, -100, 1, 2]]


def test_one_p90():
    assert p90(list(range(1, 11))) == pytest.approx(9.1)  # inclusive: between the 9th and 10th value
    assert p90([7]) == 7


def test_run_has_a_model_card_a_portable_base_name_and_no_checkpoints(tiny_setup, tmp_path):
    from lenweight.train import run

    flags = ["--max_steps", "4", "--save_strategy", "steps", "--save_steps", "2"]
    out, _ = run(["--output_dir", str(tmp_path / "run"), *flags], str(tiny_setup["config"]))
    card = (out / "README.md").read_text()
    assert card.startswith("---\nlibrary_name: peft\n")  # a local base model has no hub id to name
    for heading in (
        "## Base model",
        "## Length weighting",
        "## Data",
        "## Training recipe",
        "## How to load it",
    ):
        assert heading in card
    assert "power p = 1.0, normalisation `dataset`" in card and "4 optimizer steps" in card
    assert "More Information Needed" not in card  # PEFT's empty template is gone
    adapter = json.loads((out / "adapter_config.json").read_text())
    assert adapter["base_model_name_or_path"] == str(tiny_setup["base"])  # as given, not as resolved
    assert not list(out.glob("checkpoint-*"))  # removed once the final adapter was saved
    kept, _ = run(
        ["--output_dir", str(tmp_path / "kept"), *flags, "--keep_checkpoints", "true"],
        str(tiny_setup["config"]),
    )
    assert sorted(p.name for p in kept.glob("checkpoint-*")) == ["checkpoint-2", "checkpoint-4"]
    # The card's plain-PEFT snippet loads the same model as lenweight does.
    code = re.search(r"```python\n(.*?)```", card, re.S).group(1).replace("'DIR'", repr(str(out)))
    namespace: dict = {}
    exec(code, namespace)
    ids = torch.tensor([[1, 2, 3, 4]])
    ours, _ = Run(out).load_model(merge=False)
    with torch.no_grad():
        assert torch.allclose(namespace["model"](ids).logits, ours(ids).logits)


def test_every_pinned_requirement_is_a_dependency_of_the_package():
    # `make` installs requirements.txt, `pip install .` installs pyproject's dependencies: a package
    # missing from the second works here and fails for a user (rouge-score did, on a GPU machine).
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+; CI runs 3.11

    def name(spec):
        return re.split(r"[<>=!~\[ ;]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")

    root = Path(__file__).resolve().parents[1]
    pinned = {
        name(line) for line in (root / "requirements.txt").read_text().splitlines() if line[:1].isalpha()
    }
    declared = {
        name(d) for d in tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    }
    assert pinned and pinned <= declared, f"in requirements.txt, not in pyproject.toml: {pinned - declared}"
