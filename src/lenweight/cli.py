"""`lenweight <command>`: one hop from here to every stage, and the command-line conventions.

prepare   data.py -> records.jsonl, coverage.json, stats.json          (prepare.main)
train     config.py -> data.py -> collator.py -> trainer.py -> a run   (train.run)
evaluate  answers to held-out questions, lengths, fact recall          (evaluate.main)
compare   one training per length power (and seed), one report         (compare.main)
chat      talk to a trained run                                        (chat.main)
export    merge the LoRA adapter into plain transformers weights       (export.main)
demo      prepare + train + evaluate on examples/alex                  (demo.main)
bench     training speed and memory against the spec and TRL          (benchmarks/bench_train.py)

Flags are spelled with underscores, as transformers' TrainingArguments spells them
(`--output_dir`, `--max_new_tokens`); every flag also answers to its dashed form (`--output-dir`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .errors import LenweightError

log = logging.getLogger("lenweight")


def setup_logging(level: int = logging.INFO) -> None:
    """Log lines with time and module; under torchrun/accelerate only rank 0 tells the story."""
    import warnings

    import transformers

    # The other ranks speak up for warnings and errors.
    if int(os.environ.get("RANK", "0")) != 0:
        level = max(level, logging.WARNING)
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S", level=level
    )
    transformers.utils.logging.set_verbosity_warning()
    # Raised inside PEFT on every forward with transformers 5.x; nothing the user can act on.
    warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)


def to_bool(text: str) -> bool:
    """'true'/'false' (and yes/no, 1/0), as HfArgumentParser reads a boolean flag's value."""
    if text.lower() in ("true", "yes", "1", "t", "y"):
        return True
    if text.lower() in ("false", "no", "0", "f", "n"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def add_flag(parser: argparse.ArgumentParser, name: str, **kwargs):
    """parser.add_argument for `--name` (shown by --help) and its dashed alias `--na-me`.

    A boolean flag (`type=bool`) takes an optional value like TrainingArguments' flags:
    `--overwrite_output_dir` alone, or `--overwrite_output_dir true|false`.
    """
    if kwargs.get("type") is bool:
        kwargs.update(type=to_bool, nargs="?", const=True, default=kwargs.get("default", False))
        kwargs.setdefault("metavar", "true|false")
    names = [f"--{name}"] + ([f"--{name.replace('_', '-')}"] if "_" in name else [])
    return parser.add_argument(*names, dest=kwargs.pop("dest", name), **kwargs)


def parser_for(prog: str, doc: str | None) -> argparse.ArgumentParser:
    # No abbreviations: flags pass through one command to the next (personas -> compare -> train),
    # and a prefix would be taken by the wrong one (`--seed 43` was read as `--seeds 43`).
    return argparse.ArgumentParser(
        prog=prog,
        description=doc,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )


def _prepare(args, rest) -> None:
    from .prepare import main

    main(rest, args.config)


def _train(args, rest) -> None:
    from .train import run

    out, trainer = run(rest, args.config)
    # The processes of a distributed run part before they exit: gloo's threads left running abort a
    # process as the interpreter shuts down ("terminate called without an active exception"). They
    # part together (a barrier: rank 0 may still be saving when the others are done; destroying the
    # group then has hung rank 0 at exit), and after the model wrapped around the group is freed.
    import torch.distributed as dist

    del trainer
    if dist.is_available() and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()
    print(f"adapter, tokenizer, config, metrics.json and loss_curve.png written to {out}")


def _module_main(module: str):
    def call(args, rest) -> None:
        import importlib

        importlib.import_module(f"lenweight.{module}").main(
            rest + (["--config", args.config] if args.config else [])
        )

    return call


def _bench(args, rest) -> None:
    import runpy
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_train.py"
    if not script.is_file():
        raise LenweightError(
            "lenweight bench runs benchmarks/bench_train.py from a source checkout; none found"
        )
    sys.argv = [str(script), *rest]
    runpy.run_path(str(script), run_name="__main__")


COMMANDS = {
    "bench": _bench,
    "prepare": _prepare,
    "train": _train,
    "demo": _module_main("demo"),
    "evaluate": _module_main("evaluate"),
    "compare": _module_main("compare"),
    "chat": _module_main("chat"),
    "export": _module_main("export"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        parser = parser_for("lenweight", __doc__)
        parser.add_argument("command", choices=sorted(COMMANDS), help="then `lenweight COMMAND --help`")
        parser.parse_args(argv)
    # Everything after the command goes to that command's own parser (HfArgumentParser for
    # train/prepare, so `lenweight train --help` lists every option); only --config is taken here.
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    pre.add_argument("--config")
    args, rest = pre.parse_known_args(argv[1:])
    setup_logging()
    try:
        COMMANDS[argv[0]](args, rest)
    except LenweightError as e:
        log.error("%s", e)
        return 2
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
