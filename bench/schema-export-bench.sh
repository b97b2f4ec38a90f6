#!/usr/bin/env bash
# export --format json-schema over the whole catalogue under a 512 MB heap: the shared layout
# (default) against --bundle (self-contained schemas) in the same run. Reports, for each, wall time
# and peak RSS (GNU time), the file count and the size on disk (du -sb); then, when python3 has
# jsonschema 4.x, checks the shared export with bench/check-schemas.py against the examples.
# Needs: a built jar (mvn -B -q -o package -DskipTests), GNU time; about 1 GB free in $TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/cloudtrail-schema.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q -o package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { # name, then export arguments
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" java -Xmx512m -jar "$JAR" export "$@" \
    --out "$work/$name" > /dev/null
  read -r secs kb < "$work/$name.time"
  printf '%-8s %6.1f s  peak RSS %5d MB  %6d files  %7.1f MB\n' "$name" "$secs" $((kb / 1024)) \
    "$(find "$work/$name" -type f | wc -l)" "$(du -sb "$work/$name" | awk '{print $1 / 1e6}')"
}
run shared --format json-schema
run bundle --format json-schema --bundle
if python3 -c 'import jsonschema, referencing' 2>/dev/null; then
  java -Xmx512m -jar "$JAR" export --format example --out "$work/examples" > /dev/null
  python3 bench/check-schemas.py "$work/shared" "$work/examples" || true
fi
