"""Chat prompts: training, evaluation and chat all build them here, so they can never drift apart."""

from __future__ import annotations


def build_messages(user_message: str, system_prompt: str | None = None, history=()) -> list[dict]:
    """Chat messages: optional system prompt, earlier (question, answer) turns, then the question."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    for question, answer in history:
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return messages + [{"role": "user", "content": user_message}]


def prompt_ids(tokenizer, user_message: str, system_prompt: str | None = None, history=()) -> list[int]:
    """Token ids of the prompt up to and including the assistant header: what generation starts from.

    Training and inference both build prompts here, so they can never drift apart.
    """
    messages = build_messages(user_message, system_prompt, history)
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return tokenizer(text, add_special_tokens=False)["input_ids"]
