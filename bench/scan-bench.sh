#!/usr/bin/env bash
# Benchmark of `cloudtrail-schema scan` against zcat | jq and plain zcat.
#
# Needs: hyperfine, jq and GNU time (/usr/bin/time -v). On Debian:
#   apt-get install -y hyperfine jq time
# Generates deterministic gzipped CloudTrail logs (src/test/.../CorpusGenerator) of 100 MB and
# 500 MB under $BENCH_DIR (default /tmp/ct-bench; kept between runs), then times
#   (a) cloudtrail-schema scan DIR --format json
#   (b) zcat FILES | jq -c '.Records[] | [.eventSource,.eventName]' | sort | uniq -c
#   (c) zcat FILES > /dev/null
# and reports throughput ratios and peak RSS. Nothing is gated on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/ct-bench}
SIZES=${SIZES:-"100 500"}
JQ_RUNS=${JQ_RUNS:-1}
RUNS=${RUNS:-3}

for tool in hyperfine jq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hyperfine jq time" >&2; exit 1; }
done

JAR=target/cloudtrail-schema.jar
if [[ ! -f $JAR || ! -d target/test-classes ]]; then
  mvn -q -DskipTests package
fi
CP="target/test-classes:$JAR"

for mb in $SIZES; do
  dir="$BENCH_DIR/$mb"
  if [[ ! -f $dir/.done ]]; then
    rm -rf "$dir"
    echo "generating $mb MB of gzipped logs in $dir" >&2
    java -cp "$CP" io.github.cloudtrailschema.scan.CorpusGenerator "$dir" "$mb" > "$dir.summary"
    touch "$dir/.done"
  fi
done

rss_kb() { # peak RSS of a command, in kB
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}

printf '%-6s %-10s %-10s %-10s %-10s %-10s %-12s\n' MB gz_bytes scan_s jq_s zcat_s a/b a/c
for mb in $SIZES; do
  dir="$BENCH_DIR/$mb"
  list="$BENCH_DIR/$mb.files"
  find "$dir" -path '*/CloudTrail/*' -name '*.json.gz' | sort > "$list"
  bytes=$(xargs -a "$list" stat -c %s | awk '{s += $1} END {print s}')
  out="$BENCH_DIR/$mb.hyperfine.json"
  hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$out.a" \
    "java -jar $JAR scan $dir --format json" >/dev/null
  hyperfine --style none --runs "$RUNS" --export-json "$out.c" \
    "xargs -a $list zcat > /dev/null" >/dev/null
  hyperfine --style none --runs "$JQ_RUNS" --export-json "$out.b" \
    "xargs -a $list zcat | jq -c '.Records[] | [.eventSource,.eventName]' | sort | uniq -c > /dev/null" >/dev/null
  a=$(jq '.results[0].mean' "$out.a")
  b=$(jq '.results[0].mean' "$out.b")
  c=$(jq '.results[0].mean' "$out.c")
  printf '%-6s %-10s %-10.2f %-10.2f %-10.2f %-10s %-12s\n' "$mb" "$bytes" "$a" "$b" "$c" \
    "$(jq -n "$b/$a*100|round/100")x" "$(jq -n "$c/$a*100|round/100")x"
  echo "  scan throughput: $(jq -n "$bytes/$a/1e6*10|round/10") MB/s gz;" \
    "peak RSS scan: $(rss_kb java -jar "$JAR" scan "$dir" --format json) kB;" \
    "peak RSS zcat: $(rss_kb sh -c "xargs -a $list zcat") kB"
done
