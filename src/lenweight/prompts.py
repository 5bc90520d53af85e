"""Chat prompts: training, evaluation and chat all build and tokenise them here, so they never drift apart.

Text is never a control token: a chat log whose answer contains the literal text `<|im_end|>`, or a
question that types `<|im_start|>assistant`, stays text. The chat template is rendered as usual;
only tokens that the template itself wrote can be special tokens (`chat_ids`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import LenweightError


def build_messages(user_message: str, system_prompt: str | None = None, history=()) -> list[dict]:
    """Chat messages: optional system prompt, earlier (question, answer) turns, then the question."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    for question, answer in history:
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return messages + [{"role": "user", "content": user_message}]


def prompt_ids(tokenizer, user_message: str, system_prompt: str | None = None, history=()) -> list[int]:
    """Token ids of the prompt up to and including the assistant header: what generation starts from."""
    return chat_ids(
        tokenizer, build_messages(user_message, system_prompt, history), add_generation_prompt=True
    )


_MARK = re.compile("\ue000(\\d+)\ue001")  # private-use characters: never in a template or a real message


def _content_spans(tokenizer, messages: list[dict], text: str, add_generation_prompt: bool) -> list[tuple]:
    """(start, end) of each message's content in the rendered `text`.

    The template is rendered once more with a marker in place of each content, which gives the
    template's own text between contents whatever the template's syntax.
    """
    marked = [{**m, "content": f"\ue000{i}\ue001"} for i, m in enumerate(messages)]
    skeleton = tokenizer.apply_chat_template(
        marked, tokenize=False, add_generation_prompt=add_generation_prompt
    )
    pieces = _MARK.split(skeleton)  # template text, index, template text, index, ...
    spans, rebuilt = [], pieces[0]
    for index, after in zip(pieces[1::2], pieces[2::2]):
        content = messages[int(index)]["content"]
        spans.append((len(rebuilt), len(rebuilt) + len(content)))
        rebuilt += content + after
    if rebuilt != text:
        raise LenweightError(
            "The chat template changes the message text it renders (beyond placing it), so lenweight cannot "
            "tell the template's control tokens from text in the messages. Use a template that inserts "
            "message content as it is (ChatML, Zephyr, Llama)."
        )
    return spans


@lru_cache(maxsize=8)
def _special_tokens(tokenizer) -> tuple[frozenset, tuple[str, ...]]:
    """The special token ids and their strings (the template's control tokens and the like)."""
    ids = set(tokenizer.all_special_ids) | {
        i for i, t in tokenizer.added_tokens_decoder.items() if getattr(t, "special", False)
    }
    return frozenset(ids), tuple(s for s in tokenizer.convert_ids_to_tokens(sorted(ids)) if s)


def chat_ids(tokenizer, messages: list[dict], add_generation_prompt: bool = False) -> list[int]:
    """Token ids of `messages` rendered by the chat template, special-token strings in them kept as text.

    The rendered text is tokenised as usual (so ordinary text tokenises exactly as the template's
    own rendering would); then any run of tokens inside a message's content that contains a special
    token is tokenised again with `split_special_tokens=True`, i.e. as plain text.
    """
    text = tokenizer.apply_chat_template(
        messages, tokenize=False, add_generation_prompt=add_generation_prompt
    )
    special, strings = _special_tokens(tokenizer)
    if not any(s in m["content"] for m in messages for s in strings):
        return tokenizer(text, add_special_tokens=False)["input_ids"]  # the common case: nothing to split
    if not tokenizer.is_fast:
        raise LenweightError(
            "A message contains a special-token string (such as <|im_end|>); keeping it as text needs a fast "
            "tokenizer (tokenizer.json)."
        )
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offsets = enc["input_ids"], enc["offset_mapping"]
    out, i = [], 0
    for start, end in _content_spans(tokenizer, messages, text, add_generation_prompt) + [
        (len(text) + 1,) * 2
    ]:
        while (
            i < len(ids) and offsets[i][0] < start
        ):  # template tokens (and any token straddling a span edge)
            out.append(ids[i])
            i += 1
        j = i
        while j < len(ids) and offsets[j][1] <= end and offsets[j][0] >= start:
            j += 1
        if any(t in special for t in ids[i:j]):
            piece = text[offsets[i][0] : offsets[j - 1][1]]
            out += tokenizer(piece, add_special_tokens=False, split_special_tokens=True)["input_ids"]
        else:
            out += ids[i:j]
        i = j
    return out
