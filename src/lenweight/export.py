"""`lenweight export --run DIR --out DIR2`: LoRA merged into plain transformers weights.

The result loads with `AutoModelForCausalLM.from_pretrained(DIR2)` and `AutoTokenizer` (chat
template included), with nothing of ours installed.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import tempfile
from pathlib import Path

from .errors import LenweightError

log = logging.getLogger(__name__)


def export(run_dir: str | Path, out: str | Path, overwrite: bool = False) -> Path:
    from .models import load_run

    out = Path(out)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise LenweightError(f"--out: {out} is not empty; choose another or pass --overwrite")
    model, tokenizer, config = load_run(run_dir, merge=True)
    model.config.name_or_path = str(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Save into a temporary sibling and rename: an interrupted export never looks complete.
    tmp = Path(tempfile.mkdtemp(prefix=out.name + ".tmp-", dir=out.parent))
    try:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
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
