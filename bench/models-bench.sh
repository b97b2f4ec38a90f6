#!/usr/bin/env bash
# --models benchmark: an external botocore data folder against the embedded models, timed in the
# same run. Needs hyperfine (apt-get install hyperfine) and a botocore data folder:
#
#   bench/models-bench.sh /path/to/site-packages/botocore/data
#   bench/models-bench.sh            # the botocore of the python3 on PATH
#
# 1. first run over the folder (empty cache): parses every service-2.json[.gz] and writes the cache
#    (/usr/bin/time: wall, user+sys CPU, peak RSS); the target is <= 10 s on 2 cores.
# 2. hyperfine, cache warm: `iam.CreatePolicy.output` embedded vs `--models DIR
#    iam.CreatePolicy.output`, both through the launcher (CDS archive); the target ratio is <= 1.2.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-20}
out=bench/out
mkdir -p "$out"
data=${1:-$(python3 -c 'import importlib.util as u; print(u.find_spec("botocore").submodule_search_locations[0])')/data}
[ -d "$data" ] || { echo "no botocore data folder: $data" >&2; exit 2; }
[ -f target/cloudtrail-schema.jar ] || mvn -q -B -DskipTests package
./cloudtrail-schema --version >/dev/null   # makes the class-data-sharing archive if missing

export XDG_CACHE_HOME="$PWD/$out/models-cache"
rm -rf "$XDG_CACHE_HOME"
echo "models: $data ($(ls "$data" | wc -l) entries)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "first run (cold cache): %e s wall, %U s user, %S s sys, %M KB peak RSS" \
  ./cloudtrail-schema --models "$data" iam.CreatePolicy.output >/dev/null

hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/models.md" \
  -n embedded "./cloudtrail-schema iam.CreatePolicy.output" \
  -n models-warm-cache "./cloudtrail-schema --models $data iam.CreatePolicy.output"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
