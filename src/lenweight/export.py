"""`lenweight export --run DIR --output_dir DIR2`: LoRA merged into plain transformers weights.
`lenweight export --run DIR --gguf model.gguf [--gguf_type f16|q8_0]`: the same as one GGUF file,
with an Ollama `Modelfile` beside it.

The directory loads with `AutoModelForCausalLM.from_pretrained(DIR2)` and `AutoTokenizer` (chat
template included), with nothing of ours installed. The GGUF runs in llama.cpp, Ollama
(`ollama create NAME -f Modelfile`), LM Studio and the `llm` CLI, and loads in transformers with
`gguf_file=`; it holds the tokenizer and the chat template.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .cli import add_flag, parser_for
from .errors import LenweightError
from .files import write_atomic
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


def export_gguf(
    run_dir: str | Path, path: str | Path, gguf_type: str = "f16", overwrite: bool = False
) -> Path:
    """The run's merged model as a GGUF file, and an Ollama Modelfile in the same directory."""
    from .gguf_export import GGUF_TYPES, modelfile, write_gguf

    path = Path(path)
    if gguf_type not in GGUF_TYPES:
        raise LenweightError(f"--gguf_type: expected one of {', '.join(GGUF_TYPES)}, got {gguf_type!r}")
    if path.suffix != ".gguf":
        raise LenweightError(f"--gguf: give a file name ending in .gguf, got {path}")
    recipe = path.with_name("Modelfile")
    taken = [p for p in (path, recipe) if p.exists()]
    if taken and not overwrite:
        raise LenweightError(f"--gguf: {taken[0]} exists; choose another name or pass --overwrite_output_dir")
    run = Run.open(run_dir)
    model, tokenizer = run.load_model(merge=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_gguf(model, tokenizer, path, gguf_type, name=Path(run_dir).name)
    write_atomic(recipe, modelfile(path, tokenizer, run.system_prompt))
    size = path.stat().st_size / 2**20
    log.info("Wrote %s (%s, %.1f MB) and %s: ollama create NAME -f %s", path, gguf_type, size, recipe, recipe)
    return path


def main(argv: list[str] | None = None) -> Path:
    parser = parser_for("lenweight export", __doc__)
    add_flag(parser, "run", required=True, help="a `lenweight train` output directory")
    add_flag(parser, "output_dir", help="directory for the merged model (transformers format)")
    add_flag(parser, "gguf", help="write the merged model as this GGUF file (and a Modelfile beside it)")
    add_flag(parser, "gguf_type", default="f16", help="f16 (default) or q8_0 (about half the size)")
    add_flag(
        parser, "overwrite_output_dir", type=bool, help="replace a non-empty --output_dir or --gguf file"
    )
    args = parser.parse_args(argv)
    if not args.output_dir and not args.gguf:
        raise LenweightError("lenweight export: give --output_dir DIR (transformers) and/or --gguf FILE.gguf")
    result = None
    if args.output_dir:
        result = export(args.run, args.output_dir, args.overwrite_output_dir)
    if args.gguf:
        result = export_gguf(args.run, args.gguf, args.gguf_type, args.overwrite_output_dir)
    return result
