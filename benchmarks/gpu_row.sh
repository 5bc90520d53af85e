#!/usr/bin/env bash
# The GPU rows of docs/performance.md, in one go on a lent GPU machine (nothing can be downloaded
# there): first, here, `python benchmarks/bench_train.py --save_inputs INPUTS`, then there
#     bash benchmarks/gpu_row.sh INPUTS OUT [b8|large]
# with our pins carried as wheels (the machine has no network; its own transformers was 5.17):
#     pip download --no-deps --only-binary=:all: --python-version 3.12 --platform manylinux2014_x86_64 -d .whl \
#         transformers==5.23.0 peft==0.21.2 trl==1.16.0 datasets==5.2.0 tokenizers==0.23.3 dateparser==1.5.0 \
#         lemminflect==0.2.3 inflect==7.6.0 dill==0.4.1 multiprocess==0.70.19 pytz tzlocal jaraco.functools \
#         more-itertools typeguard regex
#     rm -rf /tmp/site; pip install --no-index --no-deps --target /tmp/site .whl/*.whl; export PYTHONPATH=/tmp/site
# (not huggingface_hub 2.x: it imports httpx2, which is not there; the machine's 1.33 serves).
# Each group is capped by `timeout`, so that one slow contender cannot take the others' time; the
# JSON of a group holds the rows it finished. Order: most needed first. Measured on an H200
# (2026-11-27): ~40 s a contender (imports, model, one epoch), so a group of five needs ~220 s and
# the limits below cut the later contenders: raise them when more than 15 device minutes are lent.
set -u
inputs=$1 out=$2 rows=${3:-b8}
export PYTHONPATH=src:${PYTHONPATH:-} PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
bench() { local name=$1 limit=$2; shift 2
  timeout "$limit" python3 benchmarks/bench_train.py --inputs "$inputs" --dtype bfloat16 --repeats 1 \
    --tmp /tmp/lenweight-bench --json "$out/$name.json" "$@" 2>&1 | tee "$out/$name.log" | grep -v "it/s\]"
}
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  python3 -c "import torch, transformers, peft, trl; print('torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'trl', trl.__version__)"
  # Packing keeps examples apart on the GPU too (sdpa, and flex_attention's block mask), bf16 and fp32
  # (measured with the b8 rows; the larger rows skip it for time).
  [ "$rows" = b8 ] && python3 - "$inputs" <<'PY'
import sys, torch
from transformers import AutoConfig, AutoModelForCausalLM
from lenweight.models import packing_is_exact
for attn in ("sdpa", "flex_attention"):
    for dtype in (torch.float32, torch.bfloat16):
        torch.manual_seed(0)
        model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(sys.argv[1])).to("cuda", dtype)
        model.set_attn_implementation(attn)
        print(attn, dtype, packing_is_exact(model))
PY
} 2>&1 | tee "$out/env.log"
all="spec lenweight lenweight+padded trl-padding-free trl-fair"
if [ "$rows" = b8 ]; then
  bench smollm2-b8 150 --contenders $all
  bench tinyllama-b8 200 --model_name_or_path tinyllama-1.1b-random --contenders $all
  bench smollm2-b8-flex 80 --contenders lenweight+flex
else
  # Batches where the GPU rather than the host should set the pace (batch 8 was host-bound: a
  # step's time followed the layer count, not the arithmetic). At 128 an epoch is 8 steps.
  bench smollm2-b32 170 --per_device_train_batch_size 32 --contenders spec lenweight trl-padding-free trl-fair
  bench smollm2-b128 170 --per_device_train_batch_size 128 --contenders spec lenweight lenweight+padded trl-padding-free
  bench tinyllama-b32 160 --per_device_train_batch_size 32 --model_name_or_path tinyllama-1.1b-random \
    --contenders spec lenweight trl-padding-free
fi
