"""YAML + CLI configuration: shipped files parse, overrides win, mistakes name the key or flag."""

from pathlib import Path

import pytest

from lenweight.config import MIN_EPOCHS, TRAIN_EXAMPLES, parse_args
from lenweight.errors import LenweightError

CONFIGS = sorted(Path("configs").glob("*.yaml"))


@pytest.mark.parametrize("path", CONFIGS, ids=[p.name for p in CONFIGS])
def test_every_shipped_yaml_parses(path, tmp_path):
    model, data, loss, training = parse_args(["--output_dir", str(tmp_path / "out")], str(path))
    assert data.chat_logs and data.resume and training.learning_rate > 0
    assert path.read_text().startswith("# lenweight train --config " + str(path))  # first line: how to use it


def test_cli_overrides_yaml(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text(
        "resume: examples/alex/resume.txt\nmax_length: 256\nlearning_rate: 0.1\nlength_power: 2\n"
    )
    _, data, loss, training = parse_args(
        ["--learning_rate", "1e-3", "--length-power", "0", "--output_dir", str(tmp_path / "o")], str(config)
    )
    assert training.learning_rate == 1e-3 and loss.length_power == 0.0
    assert data.max_length == 256  # from the file
    assert training.remove_unused_columns is False and training.label_names == ["labels"]


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


LAUNCH_CONFIGS = sorted(Path("configs/accelerate").glob("*.yaml"))


@pytest.mark.parametrize("path", LAUNCH_CONFIGS, ids=[p.name for p in LAUNCH_CONFIGS])
def test_launch_configs_load_in_accelerate(path):
    import json

    from accelerate.commands.config.config_args import load_config_from_file

    config = load_config_from_file(str(path))
    assert config.distributed_type.value in {"MULTI_GPU", "FSDP", "DEEPSPEED"} and config.num_processes >= 2
    assert path.read_text().count("accelerate launch --config_file " + str(path)) == 1  # how to use it
    if config.deepspeed_config:
        ds = json.loads(Path(config.deepspeed_config["deepspeed_config_file"]).read_text())
        assert ds["zero_optimization"]["stage"] == 2 and ds["train_micro_batch_size_per_gpu"] == "auto"


def test_the_schedule_adapts_to_the_data_size(tmp_path):
    from lenweight.config import resolve_epochs

    def args(*flags):
        return parse_args(["--resume", "examples/alex/resume.txt", "--output_dir", str(tmp_path), *flags])[3]

    default = args()
    assert default.num_train_epochs == 0 and default.train_examples == TRAIN_EXAMPLES
    assert resolve_epochs(default, 100) == TRAIN_EXAMPLES / 100  # small data: more passes
    assert resolve_epochs(default, TRAIN_EXAMPLES * 5) == MIN_EPOCHS  # large data: at least two passes
    assert resolve_epochs(default, 862) == MIN_EPOCHS  # Alex with the question angles: 1.62 otherwise
    assert resolve_epochs(args("--train_examples", "300"), 200) == MIN_EPOCHS
    assert resolve_epochs(args("--train_examples", "300", "--min_epochs", "1"), 200) == 1.5
    assert resolve_epochs(args("--num_train_epochs", "3"), 100) == 3.0  # asked for: kept
    with pytest.raises(LenweightError, match="--num_train_epochs: must be 0"):
        args("--num_train_epochs", "-1")


def test_the_default_system_prompt_names_the_person_on_the_resume(tmp_path):
    from lenweight.data import build_records, system_prompt

    data = parse_args(["--resume", "examples/alex/resume.txt", "--output_dir", str(tmp_path)])[1]
    _, info = build_records(data, seed=0)
    assert system_prompt(data, info) == "You answer questions about Alex Moreno."
    data.system_prompt = "Be Alex's assistant."
    assert system_prompt(data, info) == "Be Alex's assistant."  # a configured prompt wins
    data.system_prompt = None
    assert system_prompt(data, {}) is None  # no resume: the chat template's own default


def test_a_flag_passed_through_is_not_taken_as_a_prefix_of_another():
    """personas.py read `--seed 43` (meant for compare) as its own `--seeds 43` and began 43 runs."""
    from lenweight.cli import add_flag, parser_for

    parser = parser_for("personas", None)
    add_flag(parser, "seeds", type=int, default=3)
    args, rest = parser.parse_known_args(["--seed", "43"])
    assert args.seeds == 3 and rest == ["--seed", "43"]
