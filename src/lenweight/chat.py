"""`lenweight chat --run DIR`: talk to a fine-tuned model, answers streamed token by token.

Keeps the last few turns as context (--history). `--question "..."` answers once and exits.
Ctrl-C or Ctrl-D leaves cleanly.
"""

from __future__ import annotations

import sys

import torch
from transformers import TextStreamer

from .cli import add_flag, parser_for
from .models import inference_device
from .prompts import prompt_ids
from .rundir import Run


@torch.no_grad()
def answer(
    model,
    tokenizer,
    question: str,
    system_prompt: str | None,
    history,
    max_new_tokens: int,
    stream: bool = True,
) -> str:
    ids = torch.tensor([prompt_ids(tokenizer, question, system_prompt, history)], device=model.device)
    streamer = TextStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True) if stream else None
    out = model.generate(
        input_ids=ids,
        attention_mask=torch.ones_like(ids),
        max_new_tokens=max_new_tokens,
        do_sample=False,
        streamer=streamer,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    return tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True).strip()


def main(argv: list[str] | None = None) -> int:
    parser = parser_for("lenweight chat", __doc__)
    add_flag(parser, "run", required=True, help="a `lenweight train` output directory")
    add_flag(parser, "question", help="answer this one question and exit")
    add_flag(parser, "history", type=int, default=3, help="earlier turns kept as context")
    add_flag(parser, "max_new_tokens", type=int, default=256)
    args = parser.parse_args(argv)
    run = Run.open(args.run)
    model, tokenizer = run.load_model()
    model = model.to(inference_device())
    system_prompt = run.system_prompt
    if args.question:
        answer(model, tokenizer, args.question, system_prompt, [], args.max_new_tokens)
        return 0
    print(f"Chatting with {args.run} (Ctrl-D or Ctrl-C to leave).", file=sys.stderr)
    history: list[tuple[str, str]] = []
    while True:
        try:
            question = input("you> ").strip()
            if not question:
                continue
            print("bot> ", end="", flush=True)
            reply = answer(
                model,
                tokenizer,
                question,
                system_prompt,
                history[-args.history :] if args.history else [],
                args.max_new_tokens,
            )
            history.append((question, reply))
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return 0
