#!/usr/bin/env bash
# The Spark job (spark/) in local mode against `cloudtrail-schema scan` on the same gen-logs tree.
#
# Needs: hyperfine (apt-get install -y hyperfine), python3, ../shared (corpus and gen-logs), and
# both jars built (mvn -B verify -DskipTests). Times, with RUNS runs each:
#   (a) cloudtrail-schema scan TREE --format json
#   (b) the job jar on Spark's own class path (no spark-submit needed), master local[$CORES]
# and checks that both print the same report. On one machine the job pays Spark's start-up and
# cannot beat scan; what it buys is running on a cluster. Nothing is gated on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${RECORDS:-120000}
RUNS=${RUNS:-3}
CORES=${CORES:-$(nproc)}
TREE=${BENCH_DIR:-/tmp/ct-spark-bench}/$RECORDS
JAR=target/cloudtrail-schema.jar
JOB=spark/target/cloudtrail-schema-spark.jar
[[ -f $JAR && -f $JOB ]] || mvn -B -q verify -DskipTests
if [[ ! -f $TREE/truth.json ]]; then
  python3 ../shared/tools/gen-logs ../shared/corpus/dev-events.jsonl "$TREE" "$RECORDS"
fi
CP=$(mktemp)
MD=$(mktemp)
trap 'rm -f "$CP" "$MD"' EXIT
mvn -B -q -o -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$CP" >/dev/null
# Spark on Java 17: the options of Spark's JavaModuleOptions (as spark-submit adds them).
OPENS="-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
  sun.security.action sun.util.calendar; do
  OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
SPARK="java $OPENS -Dspark.master=local[$CORES] -Dspark.ui.enabled=false"
SPARK="$SPARK -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1"
SPARK="$SPARK -cp $JOB:$(cat "$CP") io.github.cloudtrailschema.spark.InventoryJob"

java -jar "$JAR" scan "$TREE" --format json > /tmp/ct-spark-bench.scan.json
$SPARK "$TREE" 2>/dev/null > /tmp/ct-spark-bench.job.json
cmp /tmp/ct-spark-bench.scan.json /tmp/ct-spark-bench.job.json && echo "same report: yes"
hyperfine --runs "$RUNS" --export-markdown "$MD" \
  -n scan "java -jar $JAR scan $TREE --format json" \
  -n "spark local[$CORES]" "$SPARK $TREE"
cat "$MD"
