#!/usr/bin/env bash
# Speed of `search` against `show` in the same run: the median wall time of typical queries, as a
# ratio to `cloudtrail-schema iam.CreatePolicy.output` (the issue's budget: <= 1.5x). Both run
# through the launcher (class-data-sharing archive, lean JVM flags), as users run them.
# Needs hyperfine (apt-get install hyperfine) and python3.
#
#   bench/search-bench.sh            # 20 runs each after 3 warm-ups
#   RUNS=40 bench/search-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-20}
out=bench/out
mkdir -p "$out"

[ -f target/cloudtrail-schema.jar ] || mvn -q -B -DskipTests package
./cloudtrail-schema --version >/dev/null   # makes the class-data-sharing archive if missing

declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add "baseline: iam.CreatePolicy.output"          "./cloudtrail-schema iam.CreatePolicy.output"
add "search question (table)"                    "./cloudtrail-schema search someone opened a security group to the internet"
add "search question (json)"                     "./cloudtrail-schema search --format json a bucket was made public"
add "search near-miss name"                      "./cloudtrail-schema search RunInstance"
add "search --service --mutating"                "./cloudtrail-schema search --service iam --mutating policy changed"
add "search --field (reads the field index)"     "./cloudtrail-schema search --field cidrIp"

hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/search.json" "${cmds[@]}" >/dev/null 2>&1 \
  || hyperfine --warmup 3 --runs "$runs" --export-json "$out/search.json" "${cmds[@]}" >/dev/null

python3 - "$out/search.json" "${names[@]}" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
names = sys.argv[2:]
base = data[0]["median"]
print(f"{'command':42} {'median s':>9} {'x show':>7}")
for name, r in zip(names, data):
    print(f"{name:42} {r['median']:9.3f} {r['median']/base:7.2f}")
PY
