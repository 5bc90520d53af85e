"""`lenweight export --run DIR --output_dir DIR2`: LoRA merged into plain transformers weights.

The result loads with `AutoModelForCausalLM.from_pretrained(DIR2)` and `AutoTokenizer` (chat
template included), with nothing of ours installed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .cli import add_flag, parser_for
from .errors import LenweightError
from .rundir import Run

log = logging.getLogger(__name__)


def export(run_dir: str | Path, out: str | Path, overwrite: bool = False) -> Path:
    from .models import save_pretrained_atomic

    out = Path(out)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise LenweightError(
            f"--output_dir: {out} is not empty; choose another or pass --overwrite_output_dir"
        )
    run = Run.open(run_dir)
    model, tokenizer = run.load_model(merge=True)
    model.config.name_or_path = str(out)
    save_pretrained_atomic(model, tokenizer, out)
    log.info("Merged %s + %s into %s", run.base_model, run_dir, out)
    return out


def main(argv: list[str] | None = None) -> Path:
    parser = parser_for("lenweight export", __doc__)
    add_flag(parser, "run", required=True, help="a `lenweight train` output directory")
    add_flag(parser, "output_dir", required=True, help="directory for the merged model")
    add_flag(parser, "overwrite_output_dir", type=bool, help="replace a non-empty --output_dir")
    args = parser.parse_args(argv)
    return export(args.run, args.output_dir, args.overwrite_output_dir)
