"""LengthWeightedTrainer through the real transformers Trainer: gradient accumulation and eval loss."""

import pytest
import torch
from transformers import Trainer

from lenweight.collator import DataCollatorWithLengths, TokenBudgetBatchSampler
from lenweight.config import LenweightTrainingArguments
from lenweight.dataset import ChatDataset
from lenweight.loss import LengthWeighting
from lenweight.models import add_lora
from lenweight.trainer import LengthWeightedTrainer

from .conftest import RECORDS, make_tiny_llama


class SpecStyleTrainer(LengthWeightedTrainer):
    """Our loss as a per-micro-batch mean with Trainer's default accumulation handling, as the
    spec's subclass gets it on a Llama model: Trainer counts label tokens, takes the loss for one
    normalised by that count, and so never divides it by the accumulation steps."""

    def get_batch_samples(self, epoch_iterator, num_batches, device):
        return Trainer.get_batch_samples(self, epoch_iterator, num_batches, device)

    def _get_num_items_in_batch(self, batch_samples, device):
        return Trainer._get_num_items_in_batch(self, batch_samples, device)  # label tokens

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        return super().compute_loss(model, inputs, return_outputs)  # the count is not used


class MicroBatchMeanTrainer(LengthWeightedTrainer):
    """lenweight before the step-level count: a mean per micro-batch, divided by the accumulation
    steps. Exact only when every micro-batch of a step has the same size."""

    def _get_num_items_in_batch(self, batch_samples, device):
        return None


def lora_after_training(
    tokenizer,
    dataset,
    tmp_path,
    batch,
    accum,
    trainer_cls=LengthWeightedTrainer,
    padding_free=False,
    max_tokens_per_batch=None,
):
    """The LoRA weights after one epoch (SGD) at this micro-batch size and accumulation."""
    model = add_lora(make_tiny_llama(len(tokenizer), seed=0), r=4, alpha=8, dropout=0.0, target_modules=None)
    args = LenweightTrainingArguments(
        output_dir=str(tmp_path / f"{batch}x{accum}"),
        per_device_train_batch_size=batch,
        gradient_accumulation_steps=accum,
        num_train_epochs=1,  # 8 examples: 2 steps of 4; 7 examples: a step of 4, then one of 3
        # Plain SGD, constant LR, no clipping: Adam's first step and gradient clipping are nearly
        # blind to a gradient scaled by the accumulation steps, which is the bug this test catches.
        optim="sgd",
        learning_rate=0.5,
        lr_scheduler_type="constant",
        warmup_steps=0,
        max_grad_norm=0.0,
        eval_strategy="no",
        save_strategy="no",
        logging_steps=1,
        disable_tqdm=True,
        seed=0,
        use_cpu=True,
    )
    trainer = trainer_cls(
        model=model,
        args=args,
        train_dataset=dataset,
        data_collator=DataCollatorWithLengths(tokenizer, padding_free=padding_free),
        weighting=LengthWeighting.fit(dataset.response_lengths()),
        max_tokens_per_batch=max_tokens_per_batch,
    )
    trainer.train()
    return {n: p.detach().clone() for n, p in model.named_parameters() if "lora_" in n}


def assert_same(a, b):
    for name in a:
        assert torch.allclose(a[name], b[name], atol=1e-6, rtol=1e-4), name


def assert_different(a, b):
    assert any(not torch.allclose(a[n], b[n], atol=1e-6, rtol=1e-4) for n in a)


@pytest.mark.parametrize("padding_free", [False, True])
def test_same_update_for_4x1_2x2_1x4(tokenizer, dataset, tmp_path, padding_free):
    assert len(dataset) == 8
    ref = lora_after_training(tokenizer, dataset, tmp_path, 4, 1, padding_free=padding_free)
    initial = {
        n: p
        for n, p in add_lora(make_tiny_llama(len(tokenizer)), 4, 8, 0.0, None).named_parameters()
        if "lora_" in n
    }
    assert_different(ref, initial)  # training did move the adapters
    assert_same(ref, lora_after_training(tokenizer, dataset, tmp_path, 2, 2, padding_free=padding_free))
    assert_same(ref, lora_after_training(tokenizer, dataset, tmp_path, 1, 4, padding_free=padding_free))


def test_packed_and_padded_training_give_the_same_adapter(tokenizer, dataset, tmp_path):
    padded = lora_after_training(tokenizer, dataset, tmp_path / "padded", 4, 1)
    assert_same(padded, lora_after_training(tokenizer, dataset, tmp_path / "packed", 4, 1, padding_free=True))


@pytest.mark.parametrize("padding_free", [False, True])
def test_uneven_micro_batches_weigh_every_example_the_same(tokenizer, tmp_path, padding_free):
    # 7 examples: batch 4 x 1 makes steps of 4 and 3 examples; batch 2 x 2 makes the same steps
    # from micro-batches of 2+2 and 2+1. Dividing by the step's 3 examples is exact; a mean per
    # micro-batch weighs the lone example of the last micro-batch twice as much.
    seven = ChatDataset(
        RECORDS[:7], tokenizer, max_length=128, system_prompt="You answer questions about Alex."
    )
    ref = lora_after_training(tokenizer, seven, tmp_path / "a", 4, 1, padding_free=padding_free)
    two_by_two = lora_after_training(tokenizer, seven, tmp_path / "b", 2, 2, padding_free=padding_free)
    assert max((ref[n] - two_by_two[n]).abs().max().item() for n in ref) <= 1e-6
    old = lora_after_training(tokenizer, seven, tmp_path / "c", 2, 2, MicroBatchMeanTrainer, padding_free)
    difference = max((ref[n] - old[n]).abs().max().item() for n in ref)
    print(f"7 examples, 2x2 vs 4x1: per-micro-batch mean differs by {difference:.3g}")
    assert difference > 1e-3  # the negative control: the old normalisation is not invariant


@pytest.mark.parametrize("padding_free", [False, True])
def test_token_budget_micro_batches_give_the_same_update(tokenizer, dataset, tmp_path, padding_free):
    # One optimizer step over all 8 examples: as one micro-batch of 8, and as micro-batches of
    # uneven sizes cut by a token budget (accumulated over the epoch). Counting the step's examples
    # makes them equal; a per-micro-batch mean (the negative control) does not.
    lengths = [len(e["input_ids"]) for e in dataset]
    budget = 2 * max(lengths) + 8
    collator = DataCollatorWithLengths(tokenizer, padding_free=padding_free)
    sizes = [len(b) for b in TokenBudgetBatchSampler(lengths, budget, collator.positions, seed=0)]
    assert len(set(sizes)) > 1 and sum(sizes) == 8, sizes  # uneven micro-batches, all examples
    ref = lora_after_training(tokenizer, dataset, tmp_path / "a", 8, 1, padding_free=padding_free)
    by_tokens = lora_after_training(
        tokenizer, dataset, tmp_path / "b", 8, 8, padding_free=padding_free, max_tokens_per_batch=budget
    )
    assert max((ref[n] - by_tokens[n]).abs().max().item() for n in ref) <= 1e-6
    old = lora_after_training(
        tokenizer,
        dataset,
        tmp_path / "c",
        8,
        8,
        MicroBatchMeanTrainer,
        padding_free,
        max_tokens_per_batch=budget,
    )
    assert max((ref[n] - old[n]).abs().max().item() for n in ref) > 1e-4


def test_trainers_default_accumulation_handling_would_break_it(tokenizer, dataset, tmp_path):
    # The same comparison with Trainer's defaults for a Llama model: the update changes with the
    # accumulation steps. This is why LengthWeightedTrainer sets loss_is_scaled_for_ga = False.
    ref = lora_after_training(tokenizer, dataset, tmp_path, 4, 1, SpecStyleTrainer)
    assert_different(ref, lora_after_training(tokenizer, dataset, tmp_path, 1, 4, SpecStyleTrainer))


@pytest.mark.parametrize("normalization", ["batch", "dataset"])
def test_eval_loss_is_the_weighted_loss(tokenizer, dataset, tmp_path, normalization):
    model = add_lora(make_tiny_llama(len(tokenizer)), 4, 8, 0.0, None)
    args = LenweightTrainingArguments(
        output_dir=str(tmp_path), per_device_eval_batch_size=8, use_cpu=True, disable_tqdm=True
    )
    trainer = LengthWeightedTrainer(
        model=model,
        args=args,
        eval_dataset=dataset,
        data_collator=DataCollatorWithLengths(tokenizer),
        weighting=LengthWeighting.fit(dataset.response_lengths(), 1.0, normalization),
    )
    metrics = trainer.evaluate()
    batch = DataCollatorWithLengths(tokenizer)([dataset[i] for i in range(8)])
    model.eval()
    with torch.no_grad():
        expected = trainer.compute_loss(model, batch).item()
    assert metrics["eval_loss"] == pytest.approx(expected, rel=1e-5)


def test_non_finite_loss_stops_with_the_step_and_checkpoint(tokenizer, dataset, tmp_path):
    from lenweight.errors import LenweightError

    model = add_lora(make_tiny_llama(len(tokenizer)), 4, 8, 0.0, None)
    with torch.no_grad():
        model.get_base_model().model.norm.weight[0] = float("nan")  # poisons every logit
    args = LenweightTrainingArguments(
        output_dir=str(tmp_path),
        max_steps=3,
        per_device_train_batch_size=4,
        use_cpu=True,
        disable_tqdm=True,
        save_strategy="no",
        eval_strategy="no",
    )
    trainer = LengthWeightedTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        data_collator=DataCollatorWithLengths(tokenizer),
        weighting=LengthWeighting(1.0, "dataset", 1.0),
    )
    with pytest.raises(LenweightError, match=r"Non-finite loss \(nan\) at step 1; .*none saved yet"):
        trainer.train()
