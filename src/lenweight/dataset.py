"""Spec module 1: the tokenised, prompt-masked ChatDataset (records in, the spec's examples out).

A record is a plain dict {user_message, bot_response, source} (records.py reads them, synthetic.py
makes them from a resume); ChatDataset turns records into the spec's
{input_ids, labels, response_length}.
"""

from __future__ import annotations

import logging

import torch
from torch.utils.data import Dataset

from .errors import LenweightError
from .prompts import build_messages, chat_ids
from .synthetic import SyntheticGenerator  # noqa: F401  (the spec's name, in the spec's module)

log = logging.getLogger(__name__)

IGNORE_INDEX = -100  # positions with this label get no loss (PyTorch's CrossEntropyLoss default)


class ChatDataset(Dataset):
    """Tokenised examples with the prompt masked: the spec's {input_ids, labels, response_length}.

    The text is rendered with the model's own chat template. Labels are the response tokens plus
    the end-of-turn token (the one generation stops on), chosen by *position*: SmolLM2's pad token
    is its end-of-turn token, so masking by pad id would hide the stop signal and the model would
    never learn to end its answer. Template text after the end-of-turn token (ChatML's trailing
    newline) is dropped. Text in the messages never becomes a control token (`prompts.chat_ids`).

    A record from a conversation also carries its earlier turns (`history`, [question, answer]
    pairs, masked like the prompt) and perhaps the conversation's own system message (`system`,
    which replaces `system_prompt`); each assistant turn is a record of its own, so each has its
    own length and weight. Examples longer than `max_length` lose their oldest earlier turns first,
    then prompt tokens from the left (the most recent context is kept, the response never cut);
    an example whose response alone cannot fit is dropped and counted in `self.dropped`.
    """

    def __init__(
        self, records: list[dict], tokenizer, max_length: int = 512, system_prompt: str | None = None
    ):
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.system_prompt = system_prompt
        self.eos_id = tokenizer.eos_token_id
        self.examples: list[dict] = []
        self.records: list[dict] = []  # the record behind each example, same order
        self.dropped = 0
        self.truncated = 0
        self.turns_dropped = 0  # earlier conversation turns left out to fit max_length
        for record in records:
            example = self.encode(
                record["user_message"],
                record["bot_response"],
                record.get("history", ()),
                record.get("system"),
            )
            if example is None:
                self.dropped += 1
            else:
                self.examples.append(example)
                self.records.append(record)
        if self.dropped:
            log.warning(
                "%d examples dropped: their response alone exceeds max_length=%d", self.dropped, max_length
            )
        if self.truncated or self.turns_dropped:
            log.info(
                "To fit max_length=%d: %d earlier conversation turns left out, %d prompts cut from the left",
                max_length, self.turns_dropped, self.truncated,
            )  # fmt: skip

    def encode(
        self, user_message: str, bot_response: str, history=(), system: str | None = None
    ) -> dict | None:
        ids, counts = encode_ids(
            self.tokenizer, user_message, bot_response, history, system or self.system_prompt, self.max_length
        )
        self.truncated += counts["truncated"]
        self.turns_dropped += counts["turns_dropped"]
        if ids is None:
            return None
        prompt, response = ids
        return {
            "input_ids": torch.tensor(prompt + response, dtype=torch.long),
            "labels": torch.tensor([IGNORE_INDEX] * len(prompt) + response, dtype=torch.long),
            "response_length": len(response),
        }

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, i: int) -> dict:
        return self.examples[i]

    def response_lengths(self) -> list[int]:
        return [e["response_length"] for e in self.examples]


def encode_ids(tokenizer, user_message, bot_response, history, system_prompt, max_length):
    """((prompt ids, response ids) or None if the response alone cannot fit, {truncated, turns_dropped}).

    ChatDataset's tokenisation as a plain function, so that `prepare` can run it over an Arrow
    dataset in several processes and get exactly the lengths training will see.
    """
    history, counts = list(history), {"truncated": 0, "turns_dropped": 0}
    eos = tokenizer.eos_token_id
    while True:
        messages = build_messages(user_message, system_prompt, history)
        prompt = chat_ids(tokenizer, messages, add_generation_prompt=True)
        full = chat_ids(tokenizer, messages + [{"role": "assistant", "content": bot_response}])
        if full[: len(prompt)] != prompt:
            raise LenweightError(
                "The chat template renders the prompt differently with and without the answer, so the "
                "prompt cannot be masked reliably. Use a model whose template is prefix-stable (ChatML, "
                "Zephyr, Llama)."
            )
        response = full[len(prompt) :]
        if eos in response:
            response = response[: len(response) - response[::-1].index(eos)]  # up to the last EOS
        else:
            response = response + [eos]  # templates that do not close the turn with EOS
        fits = len(prompt) + len(response) <= max_length
        if fits or not history or len(response) >= max_length:
            break
        history = history[1:]  # too long: the oldest turn goes first
        counts["turns_dropped"] += 1
    # At least one prompt token must precede the response: position 0 is never a prediction target.
    room = max_length - len(response)
    if room < 1:
        return None, counts
    if len(prompt) > room:
        prompt = prompt[-room:]  # keep the end: the assistant header and the end of the question
        counts["truncated"] = 1
    return (prompt, response), counts
