"""LengthWeightedTrainer through the real transformers Trainer: gradient accumulation and eval loss."""

import pytest
import torch

from lenweight.collator import DataCollatorWithLengths
from lenweight.config import LenweightTrainingArguments
from lenweight.loss import LengthWeighting
from lenweight.models import add_lora
from lenweight.trainer import LengthWeightedTrainer

from .conftest import make_tiny_llama


class SpecStyleTrainer(LengthWeightedTrainer):
    """Our loss with Trainer's default accumulation handling, as the spec's subclass gets it."""

    loss_is_scaled_for_ga = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model_accepts_loss_kwargs = True  # what Trainer detects for a (PEFT-wrapped) Llama


def lora_after_training(tokenizer, dataset, tmp_path, batch, accum, trainer_cls=LengthWeightedTrainer):
    model = add_lora(make_tiny_llama(len(tokenizer), seed=0), r=4, alpha=8, dropout=0.0, target_modules=None)
    args = LenweightTrainingArguments(
        output_dir=str(tmp_path / f"{batch}x{accum}"),
        per_device_train_batch_size=batch,
        gradient_accumulation_steps=accum,
        max_steps=2,  # 8 examples, 4 per optimizer step
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
        data_collator=DataCollatorWithLengths(tokenizer),
        weighting=LengthWeighting.fit(dataset.response_lengths()),
    )
    trainer.train()
    return {n: p.detach().clone() for n, p in model.named_parameters() if "lora_" in n}


def assert_same(a, b):
    for name in a:
        assert torch.allclose(a[name], b[name], atol=1e-6, rtol=1e-4), name


def assert_different(a, b):
    assert any(not torch.allclose(a[n], b[n], atol=1e-6, rtol=1e-4) for n in a)


def test_same_update_for_4x1_2x2_1x4(tokenizer, dataset, tmp_path):
    assert len(dataset) == 8
    ref = lora_after_training(tokenizer, dataset, tmp_path, 4, 1)
    initial = {
        n: p
        for n, p in add_lora(make_tiny_llama(len(tokenizer)), 4, 8, 0.0, None).named_parameters()
        if "lora_" in n
    }
    assert_different(ref, initial)  # training did move the adapters
    assert_same(ref, lora_after_training(tokenizer, dataset, tmp_path, 2, 2))
    assert_same(ref, lora_after_training(tokenizer, dataset, tmp_path, 1, 4))


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
