#!/usr/bin/env bash
# Benchmark of `cloudtrail-schema scan --format json` on realistic records, against two baselines
# timed in the same hyperfine run:
#   zcat:  xargs zcat FILES > /dev/null                      (decompression alone, one core)
#   jq:    xargs zcat FILES | jq -c '.Records[] | [.eventSource,.eventName]' | sort | uniq -c
# then peak RSS (GNU time) of scan at two input sizes.
#
# Data: ../shared/tools/gen-logs (real records of the shared corpus, ~1.3 KB each, 500 per file)
# under $BENCH_DIR (default /tmp/scan-bench; kept between runs, delete it when done):
#   speed  $RECORDS records (default 120000, ~28 MB gzip, 240 files)
#   RSS    $RSS_RECORDS records (default 440000, ~100 MB gzip), and a ~1 GB tree made of ten
#          hard-linked copies of it (gen-logs at 1 GB takes most of an hour on 2 cores; scan's
#          memory depends on the distinct events and principals, which copies do not change).
#
# Reports wall and CPU (user + sys) ratios. Wall ratios are noisy on a shared machine (scan uses
# every core, zcat one); CPU ratios say what the work costs. Nothing is gated on the figures.
#
# Needs: python3, hyperfine, jq, GNU time. On Debian: apt-get install -y hyperfine jq time
# Env: RUNS (default 5), JQ_RUNS (default 3), CMD (default ./cloudtrail-schema, the launcher),
#      BEFORE (optional second scan command to compare, e.g. another checkout's launcher),
#      SKIP_RSS=1 to skip the RSS part, ONE_CORE=1 to pin every command (and its children) to
#      CPU 0 with taskset: the ratios a one-core machine would see.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/scan-bench}
RECORDS=${RECORDS:-120000}
RSS_RECORDS=${RSS_RECORDS:-440000}
RUNS=${RUNS:-5}
JQ_RUNS=${JQ_RUNS:-3}
CMD=${CMD:-./cloudtrail-schema}
GEN=../shared/tools/gen-logs
CORPUS=../shared/corpus/dev-events.jsonl

for tool in python3 hyperfine jq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hyperfine jq time" >&2; exit 1; }
done
[[ -f $GEN && -f $CORPUS ]] || { echo "needs $GEN and $CORPUS" >&2; exit 1; }
[[ -f target/cloudtrail-schema.jar ]] || mvn -q -B -DskipTests package

gen() { # gen DIR RECORDS: a gen-logs tree, made once
  if [[ ! -f $1/truth.json ]]; then
    rm -rf "$1"
    echo "generating $2 records in $1" >&2
    python3 "$GEN" "$CORPUS" "$1" "$2"
  fi
}
files() { find "$1" -name '*.json.gz' | sort; }
gz_mb() { files "$1" | xargs stat -c %s | awk '{s += $1} END {printf "%.0f", s / 1e6}'; }

speed="$BENCH_DIR/r$RECORDS"
gen "$speed" "$RECORDS"
files "$speed" > "$speed.files"
"$CMD" scan "$speed" --format json > /dev/null # builds the launcher's CDS archive if missing

pin=()
[[ -n ${ONE_CORE:-} ]] && pin=(taskset -c 0)

out="$BENCH_DIR/hyperfine-r$RECORDS.json"
before=()
[[ -n ${BEFORE:-} ]] && before=(-n before "$BEFORE scan $speed --format json")
"${pin[@]}" hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$out.scan" \
  -n scan "$CMD scan $speed --format json" "${before[@]}" \
  -n zcat "xargs -a $speed.files zcat > /dev/null" >&2
"${pin[@]}" hyperfine --style basic --runs "$JQ_RUNS" --export-json "$out.jq" \
  -n jq "xargs -a $speed.files zcat | jq -c '.Records[] | [.eventSource,.eventName]' | sort | uniq -c" >&2

stat_of() { # stat_of FILE NAME: "wall cpu" means
  jq -r --arg n "$2" '.results[] | select(.command == $n) | "\(.mean) \(.user + .system)"' "$1"
}
read -r s_wall s_cpu < <(stat_of "$out.scan" scan)
read -r z_wall z_cpu < <(stat_of "$out.scan" zcat)
read -r j_wall j_cpu < <(stat_of "$out.jq" jq)
ratio() { jq -n "$1 / $2 * 100 | round / 100"; }
echo
echo "== $RECORDS records, $(wc -l < "$speed.files") files, $(gz_mb "$speed") MB gzip${ONE_CORE:+, one core}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %9s %9s\n' "" "wall s" "CPU s"
printf '%-8s %9.2f %9.2f\n' scan "$s_wall" "$s_cpu" zcat "$z_wall" "$z_cpu" jq "$j_wall" "$j_cpu"
if [[ -n ${BEFORE:-} ]]; then
  read -r b_wall b_cpu < <(stat_of "$out.scan" before)
  printf '%-8s %9.2f %9.2f\n' before "$b_wall" "$b_cpu"
fi
echo "scan speed / zcat speed: wall $(ratio "$z_wall" "$s_wall")x, CPU $(ratio "$z_cpu" "$s_cpu")x   (target >= 0.6)"
echo "scan speed / jq speed:   wall $(ratio "$j_wall" "$s_wall")x, CPU $(ratio "$j_cpu" "$s_cpu")x   (target >= 3)"

[[ -n ${SKIP_RSS:-} ]] && exit 0
small="$BENCH_DIR/r$RSS_RECORDS"
big="$BENCH_DIR/r$RSS_RECORDS-x10"
gen "$small" "$RSS_RECORDS"
if [[ ! -f $big/.done ]]; then
  rm -rf "$big"
  for i in 0 1 2 3 4 5 6 7 8 9; do
    mkdir -p "$big/c$i" && cp -al "$small/AWSLogs" "$big/c$i/AWSLogs"
  done
  touch "$big/.done"
fi
rss() { # rss DIR: "peak-RSS-MB wall-s cpu-s"
  "${pin[@]}" /usr/bin/time -f '%M %e %U %S' -o "$BENCH_DIR/time.out" "$CMD" scan "$1" --format json > /dev/null
  awk '{printf "%.0f MB peak RSS, %.1f s wall, %.1f s CPU", $1 / 1024, $2, $3 + $4}' "$BENCH_DIR/time.out"
}
echo "peak RSS: $(gz_mb "$small") MB gzip: $(rss "$small")"
echo "peak RSS: $(gz_mb "$big") MB gzip: $(rss "$big")"
