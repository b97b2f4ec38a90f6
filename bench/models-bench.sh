#!/usr/bin/env bash
# The default models (the newest botocore installed, merged over the embedded ones) against the
# embedded models alone, timed in the same run. Needs hyperfine (apt-get install hyperfine), python3,
# GNU time, and a botocore installed where the default finds it (pip, the AWS CLI v2, ...):
#
#   bench/models-bench.sh            # RUNS=40 by default
#
# 1. first run over the botocore (empty cache folder): detection, parse of every service-2.json.gz,
#    cache written (/usr/bin/time: wall, user+sys CPU, peak RSS); the target is <= 10 s on 2 cores.
#    Then the first search over those models (its index built once and cached), for the record.
# 2. hyperfine, caches warm: `iam.CreatePolicy.output` with `--models embedded` (the embedded
#    models alone, as before the default changed) against the default, both through the launcher
#    (CDS archive); the target ratio is <= 1.1. A third command times the default when the
#    detection has to look again (its cached answer removed before each run: what a run after a
#    botocore upgrade pays once).
#
# Wall-clock ratios are noisy on a shared machine; the CPU (user+sys) ratio is printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-40}
out=bench/out
mkdir -p "$out"
[ -f target/cloudtrail-schema.jar ] || mvn -q -B -DskipTests package
./cloudtrail-schema --models embedded --version >/dev/null   # makes the CDS archive if missing

export XDG_CACHE_HOME="$PWD/$out/models-cache"
rm -rf "$XDG_CACHE_HOME"
echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "first run over the botocore (empty cache): %e s wall, %U s user, %S s sys, %M KB peak RSS" \
  ./cloudtrail-schema iam.CreatePolicy.output >/dev/null
./cloudtrail-schema --version | sed -n 2p
/usr/bin/time -f "first search over those models (index built): %e s wall, %U s user, %S s sys" \
  ./cloudtrail-schema search enforced guardrail >/dev/null
/usr/bin/time -f "second search (index from the cache): %e s wall, %U s user, %S s sys" \
  ./cloudtrail-schema search enforced guardrail >/dev/null

# One --prepare per command: given once, hyperfine would run it before every command's runs.
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/models.json" \
  --prepare true --prepare true \
  --prepare "rm -f $XDG_CACHE_HOME/cloudtrail-schema/installed-models" \
  -n embedded "./cloudtrail-schema --models embedded iam.CreatePolicy.output" \
  -n default "./cloudtrail-schema iam.CreatePolicy.output" \
  -n default-detect-again "./cloudtrail-schema iam.CreatePolicy.output"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/models.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
base = r["embedded"]
for name, x in r.items():
    cpu, bcpu = x["user"] + x["system"], base["user"] + base["system"]
    print(f"{name:22s} wall {x['mean']*1000:7.1f} ms (median {x['median']*1000:6.1f})"
          f"  cpu {cpu*1000:6.1f} ms   ratio wall {x['mean']/base['mean']:.2f}"
          f" median {x['median']/base['median']:.2f} cpu {cpu/bcpu:.2f}")
PY
