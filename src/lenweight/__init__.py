"""lenweight: LoRA fine-tuning with inverse response-length loss weighting, for concise chat answers."""

__version__ = "0.1.0"
