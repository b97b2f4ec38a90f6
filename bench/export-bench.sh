#!/usr/bin/env bash
# export --format paths over the whole catalogue vs bench/walk_models.py (a plain Python walk of
# the same C2J models), in one hyperfine run so the ratio compares like with like.
# Needs: a built jar (mvn -B -q -o package -DskipTests), python3, hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/cloudtrail-schema.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q -o package -DskipTests" >&2; exit 1; }
echo "lines: export $(java -jar "$JAR" export --format paths | wc -l), python $(python3 bench/walk_models.py | wc -l)"
if command -v hyperfine >/dev/null 2>&1; then
  # hyperfine's table goes to target/ (bench/RESULTS.md keeps the figures, with date and commit)
  mkdir -p target
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown target/export-bench.md \
    -n 'cloudtrail-schema export --format paths (launcher)' "./cloudtrail-schema export --format paths > /dev/null" \
    -n 'java -jar cloudtrail-schema.jar export --format paths' "java -jar $JAR export --format paths > /dev/null" \
    -n 'python3 bench/walk_models.py' "python3 bench/walk_models.py > /dev/null"
else
  for cmd in "java -jar $JAR export --format paths" "python3 bench/walk_models.py"; do
    /usr/bin/time -f "%e s  %M KB  $cmd" sh -c "$cmd > /dev/null"
  done
fi
