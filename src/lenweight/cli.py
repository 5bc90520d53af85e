"""`lenweight <command>`: one hop from here to every stage.

prepare   resume.py / dataset.py -> records.jsonl, coverage.json, stats.json (train.prepare)
train     config.py -> dataset.py -> collator.py -> trainer.py      (train.run)
evaluate  answers to held-out questions, lengths, fact recall      (evaluate.main)
compare   one training per length power, one report                (compare.main)
chat      talk to a trained run                                    (chat.main)
export    merge the LoRA adapter into plain transformers weights   (export.main)
demo      prepare + train + evaluate on examples/alex              (demo.main)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .errors import LenweightError

log = logging.getLogger("lenweight")


def _prepare(args, rest) -> None:
    from .train import prepare

    stats = prepare(rest, args.config)
    files = stats["files"]
    if files["coverage"]:
        from .coverage import format_coverage

        with open(files["coverage"], encoding="utf-8") as f:
            print(
                f"Resume coverage (unused lines by number in {files['coverage']}):\n{format_coverage(json.load(f))}\n"
            )
    t = stats["train"]
    print(f"records per source: {stats['records_per_source']}")
    print(
        f"train examples: {t['examples']}, eval examples: {stats['eval_examples']}, "
        f"dropped as too long: {stats['dropped_too_long']}"
    )
    print(f"response tokens: {json.dumps(t['response_tokens'])}")
    print(
        f"weights (p={stats['length_power']}, mean 1): {json.dumps(t['weight'])}, "
        f"effective sample size {t['effective_sample_size']} of {t['examples']}"
    )
    print(
        f"Read and edit {files['records']}, then train on exactly it: lenweight train --records {files['records']} ..."
    )


def _train(args, rest) -> None:
    from .train import run

    out, _ = run(rest, args.config)
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
    from .train import setup_logging

    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        parser = argparse.ArgumentParser(
            prog="lenweight", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        parser.add_argument("command", choices=sorted(COMMANDS), help="then `lenweight COMMAND --help`")
        parser.parse_args(argv)
    # Everything after the command goes to that command's own parser (HfArgumentParser for
    # train/prepare, so `lenweight train --help` lists every option); only --config is taken here.
    pre = argparse.ArgumentParser(add_help=False)
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
