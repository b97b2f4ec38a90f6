#!/usr/bin/env bash
# Start-up benchmark for the show commands, as ratios to a Java hello-world started the same way
# (java -jar, same JVM) in the same run. Needs hyperfine (apt-get install hyperfine) and python3.
#
#   bench/startup.sh            # 20 runs each after 3 warm-ups
#   RUNS=50 bench/startup.sh
#
# Prints one row per command: median seconds, ratio to hello-world, peak RSS (from /usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-20}
out=bench/out
mkdir -p "$out"

[ -f target/cloudtrail-schema.jar ] || mvn -q -B -DskipTests package
jar="$PWD/target/cloudtrail-schema.jar"   # absolute: the CDS archive records the class path it was made with
jsa="$PWD/target/cloudtrail-schema.jsa"
./cloudtrail-schema --version >/dev/null   # makes the class-data-sharing archive if missing

# The baseline: a hello-world jar, compiled here so that it runs on the same JVM.
mkdir -p "$out/hello"
cat > "$out/hello/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac --release 17 -d "$out/hello" "$out/hello/Hello.java"
printf 'Main-Class: Hello\n' > "$out/hello/manifest.txt"
jar cfm "$out/hello/hello.jar" "$out/hello/manifest.txt" -C "$out/hello" Hello.class

lean="-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
cds="$lean -XX:SharedArchiveFile=$jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add "hello-world (java -jar)"                  "java -jar $out/hello/hello.jar"
add "list services (CDS)"                      "java $cds -jar $jar"
add "iam.CreatePolicy.output (CDS)"            "java $cds -jar $jar iam.CreatePolicy.output"
add "ec2.DescribeInstances.output (CDS)"       "java $cds -jar $jar ec2.DescribeInstances.output"
add "iam.CreatePolicy.output (no CDS)"         "java $lean -jar $jar iam.CreatePolicy.output"
add "iam.CreatePolicy.output (plain java -jar)" "java -jar $jar iam.CreatePolicy.output"
add "iam.CreatePolicy.output (launcher)"       "./cloudtrail-schema iam.CreatePolicy.output"

args=()
for c in "${cmds[@]}"; do args+=("$c"); done
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/startup.json" "${args[@]}" >/dev/null 2>&1 \
  || hyperfine --warmup 3 --runs "$runs" --export-json "$out/startup.json" "${args[@]}" >/dev/null

# Peak resident memory of each command, one run each.
: > "$out/startup-rss.txt"
for i in "${!cmds[@]}"; do
  rss=$( { /usr/bin/time -f '%M' ${cmds[$i]} >/dev/null; } 2>&1 | tail -1 )
  echo "$rss" >> "$out/startup-rss.txt"
done

python3 - "$out/startup.json" "$out/startup-rss.txt" "${names[@]}" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
rss = [int(x) for x in open(sys.argv[2]).read().split()]
names = sys.argv[3:]
base = data[0]["median"]
print(f"{'command':45} {'median s':>9} {'x hello':>8} {'peak MiB':>9}")
for name, r, kb in zip(names, data, rss):
    print(f"{name:45} {r['median']:9.3f} {r['median']/base:8.2f} {kb/1024:9.1f}")
PY
