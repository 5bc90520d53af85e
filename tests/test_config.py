"""YAML + CLI configuration: shipped files parse, overrides win, mistakes name the key or flag."""

from pathlib import Path

import pytest

from lenweight.config import load_yaml, parse_args
from lenweight.errors import LenweightError

CONFIGS = sorted(Path("configs").glob("*.yaml"))


@pytest.mark.parametrize("path", CONFIGS, ids=[p.name for p in CONFIGS])
def test_every_shipped_yaml_parses(path, tmp_path):
    model, data, loss, training = parse_args(["--output_dir", str(tmp_path / "out")], str(path))
    assert data.chat_logs and data.resume and training.learning_rate > 0
    assert path.read_text().startswith("# lenweight train --config " + str(path))  # first line: how to use it


def test_cli_overrides_yaml(tmp_path):
    _, data, loss, training = parse_args(
        ["--learning_rate", "1e-3", "--length-power", "0", "--output_dir", str(tmp_path)], "configs/alex.yaml"
    )
    assert training.learning_rate == 1e-3 and loss.length_power == 0.0
    assert data.max_length == 256  # from the file
    assert training.remove_unused_columns is False and training.label_names == ["labels"]


def test_unknown_yaml_key_suggests_the_closest(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("chat_logs: examples/alex/chat_logs.jsonl\nlearnig_rate: 0.1\n")
    with pytest.raises(
        LenweightError, match=r"c.yaml: unknown option 'learnig_rate' \(did you mean 'learning_rate'"
    ):
        load_yaml(cfg)


def test_unknown_flag_suggests_the_closest():
    with pytest.raises(LenweightError, match=r"unknown option 'lenght_power' \(did you mean 'length_power'"):
        parse_args(["--lenght_power", "1", "--chat_logs", "examples/alex/chat_logs.jsonl"])


def test_bad_value_in_yaml_names_the_file(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("resume: examples/alex/resume.txt\nlora_r: sixteen\n")
    with pytest.raises(LenweightError, match=r"c.yaml: argument --lora_r.*: invalid int value: 'sixteen'"):
        parse_args([], str(cfg))


def test_all_problems_reported_at_once(tmp_path):
    (tmp_path / "x").write_text("occupied")
    with pytest.raises(LenweightError) as e:
        parse_args(
            [
                "--resume",
                "missing.txt",
                "--length_power",
                "9",
                "--max_length",
                "4",
                "--output_dir",
                str(tmp_path),
            ]
        )
    msg = str(e.value)
    for flag in ("--resume: file not found", "--length_power", "--max_length", "--output_dir"):
        assert flag in msg
    parse_args(
        ["--resume", "examples/alex/resume.txt", "--output_dir", str(tmp_path), "--overwrite_output_dir"]
    )


def test_no_data_source():
    with pytest.raises(LenweightError, match="give at least one data source"):
        parse_args([])


def test_batch_normalisation_refuses_length_grouped_batches(tmp_path):
    flags = [
        "--resume",
        "examples/alex/resume.txt",
        "--output_dir",
        str(tmp_path / "o"),
        "--train_sampling_strategy",
        "group_by_length",
    ]
    with pytest.raises(LenweightError, match="per-batch weights would all be ~1"):
        parse_args(flags + ["--weight_normalization", "batch"])
    parse_args(flags)  # dataset normalisation: each example keeps its weight in any batch
