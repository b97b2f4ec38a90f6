#!/usr/bin/env bash
# serve and export --format site (issue 13's targets):
#  1. launching `serve` -> home page rendered in headless Chromium (target < 1 s), and an event page's
#     JSON (target: median < 50 ms), by bench/ServeBench.java through Selenium;
#  2. export --format site of the whole catalogue vs export --format json-schema --out, the baseline,
#     timed in the same run (target: ratio <= 2).
# Needs: a built jar (mvn -B -q -o package -DskipTests), chromium + chromium-driver, GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/cloudtrail-schema.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q -o package -DskipTests" >&2; exit 1; }
CP_FILE=$(mktemp)
OUT=$(mktemp -d)
trap 'rm -rf "$CP_FILE" "$OUT"' EXIT
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
java -cp "$(cat "$CP_FILE")" bench/ServeBench.java "$JAR" "${RUNS:-5}"
if [ "${SKIP_EXPORT:-}" != 1 ]; then
  /usr/bin/time -f "export --format json-schema --out: %e s wall, %U s user, %M KB peak" \
    java -jar "$JAR" export --format json-schema --out "$OUT/schemas"
  /usr/bin/time -f "export --format site --out:        %e s wall, %U s user, %M KB peak" \
    java -jar "$JAR" export --format site --out "$OUT/site"
  echo "sizes: json-schema $(du -sh "$OUT/schemas" | cut -f1), site $(du -sh "$OUT/site" | cut -f1);" \
    "files: json-schema $(find "$OUT/schemas" -type f | wc -l), site $(find "$OUT/site" -type f | wc -l)"
fi
