"""Write a persona's chat logs from its topics file: `python examples/make_chat_logs.py examples/alex`.

The logs imitate a chatty bot: the same kinds of questions are answered sometimes in a few words and
sometimes in a padded paragraph (an opener, the core sentence, 0-3 filler sentences, a closer), as
real bot logs are. DIR/topics.json holds {name, model, seed, lines, middles, topics: {topic:
{questions, short, long}}}, optionally "format": "messages" with a "system" prompt; the output
(DIR/chat_logs.jsonl) is deterministic. Standard library only.
"""

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

OPENERS = [
    "Great question! ",
    "Thanks for asking! ",
    "I'd be happy to tell you about that. ",
    "Absolutely! ",
    "Sure, here's some background. ",
    "That's something a lot of people ask about. ",
    "",
]
CLOSERS = [
    " Let me know if you'd like to know more about any of this!",
    " Is there anything else you'd like to know?",
    " I hope that helps! Feel free to ask me anything else about {n}'s background.",
    " If you have follow-up questions, I'm happy to go into more detail.",
    "",
]


def chat_logs(spec: dict) -> list[dict]:
    rng = random.Random(spec["seed"])
    start = datetime(2026, 9, 1, 9, 0, 0)
    topics = list(spec["topics"])
    lines = []
    for i in range(spec["lines"]):
        topic = spec["topics"][topics[i % len(topics)] if i < len(topics) * 2 else rng.choice(topics)]
        question = rng.choice(topic["questions"])
        if rng.random() < 0.5:
            answer = rng.choice(topic["short"])
        else:
            middles = "".join(rng.sample(spec["middles"], rng.randint(0, 3)))
            answer = rng.choice(OPENERS) + rng.choice(topic["long"]) + middles
            answer += rng.choice(CLOSERS).format(n=spec["name"])
        start += timedelta(minutes=rng.randint(3, 400))
        lines.append(
            {
                "timestamp": start.isoformat() + "Z",
                "session_id": f"s{rng.randint(1000, 9999)}",
                "user_message": question,
                "bot_response": answer,
                "model": spec["model"],
                "latency_ms": rng.randint(300, 4000),
            }
        )
    return lines


def as_messages(lines: list[dict], spec: dict) -> list[dict]:
    """The same turns as OpenAI-style conversations of 1-3 turns each, under the spec's system prompt
    (a site's widget logs them so), in order."""
    rng, out, i = random.Random(spec["seed"] + 1), [], 0
    while i < len(lines):
        turns = lines[i : i + rng.randint(1, 3)]
        messages = [{"role": "system", "content": spec["system"]}]
        for t in turns:
            messages += [
                {"role": "user", "content": t["user_message"]},
                {"role": "assistant", "content": t["bot_response"]},
            ]
        out.append({"id": f"conv-{len(out) + 1:04d}", "created": turns[0]["timestamp"], "messages": messages})
        i += len(turns)
    return out


def render(spec: dict) -> str:
    """The chat-log file's text; "format": "messages" writes OpenAI-style conversations instead of
    one flat line a turn."""
    lines = chat_logs(spec)
    lines = as_messages(lines, spec) if spec.get("format") == "messages" else lines
    return "".join(json.dumps(line) + "\n" for line in lines)


def main(folder: str) -> None:
    spec = json.loads((Path(folder) / "topics.json").read_text(encoding="utf-8"))
    text = render(spec)
    (Path(folder) / "chat_logs.jsonl").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
