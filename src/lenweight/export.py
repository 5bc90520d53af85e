"""`lenweight export --run DIR --out DIR2`: LoRA merged into plain transformers weights.

The result loads with `AutoModelForCausalLM.from_pretrained(DIR2)` and `AutoTokenizer` (chat
template included), with nothing of ours installed.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from .errors import LenweightError

log = logging.getLogger(__name__)


def export(run_dir: str | Path, out: str | Path, overwrite: bool = False) -> Path:
    from .models import load_run, save_pretrained_atomic

    out = Path(out)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise LenweightError(f"--out: {out} is not empty; choose another or pass --overwrite")
    model, tokenizer, config = load_run(run_dir, merge=True)
    model.config.name_or_path = str(out)
    save_pretrained_atomic(model, tokenizer, out)
    log.info("Merged %s + %s into %s", config["model_name_or_path"], run_dir, out)
    return out


def main(argv: list[str] | None = None) -> Path:
    parser = argparse.ArgumentParser(
        prog="lenweight export", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--run", required=True, help="a `lenweight train` output directory")
    parser.add_argument("--out", required=True, help="directory for the merged model")
    parser.add_argument("--overwrite", action="store_true", help="replace a non-empty --out")
    args = parser.parse_args(argv)
    return export(args.run, args.out, args.overwrite)
