#!/usr/bin/env bash
# Bench (not CI): the real Cloud Custodian over a `cloudtrail-schema export --format custodian`
# folder. Fetches nothing and calls no AWS API.
#
#   C7N_SRC=/path/to/cloud-custodian-checkout bench/custodian-bench.sh EXPORT_DIR [EXAMPLE_DIR]
#
#   EXPORT_DIR   from `cloudtrail-schema export --format custodian --out EXPORT_DIR`
#   EXAMPLE_DIR  from `cloudtrail-schema export --format example --out EXAMPLE_DIR` (optional:
#                enables the ids precision sample)
# Environment:
#   C7N_SRC  a c7n source tree (e.g. `git archive 0.9.51.0 | tar -x -C DIR`); its top directory
#            holds the c7n package. Needs python >= 3.10 with boto3, botocore, jsonschema, pyyaml,
#            jmespath, python-dateutil (c7n's own dependencies; tabulate is not needed for
#            validate; argcomplete is stubbed when absent: validate never completes).
#   PYTHON   interpreter (default python3)
#   SAMPLE   typed policies in the ids sample (default 40); SEED (default 23)
#   OUT      report directory (default ./custodian-bench)
#   BASELINE another custodian export (e.g. of main) checked the same way in the same run: the
#            static check always, the real `custodian validate` too with BASELINE_VALIDATE=1
#            (about 20 minutes for the whole catalogue), into OUT/baseline/
# Output: OUT/static-summary.txt (every problem, unmasked), OUT/validate-summary.txt (the
#         real CLI: failing files by first reason), OUT/validate-failures.tsv,
#         OUT/validate.log (the CLI's log), OUT/ids-summary.txt and OUT/ids-sample.tsv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Without a c7n checkout there is nothing to measure: say so on one line and stop, not fail.
if [ -z "${C7N_SRC:-}" ]; then
  echo "custodian-bench: skipped: set C7N_SRC to a cloud-custodian source checkout" >&2
  exit 0
fi
PYTHON="${PYTHON:-python3}"
SAMPLE="${SAMPLE:-40}"
SEED="${SEED:-23}"
OUT="${OUT:-./custodian-bench}"
export_dir="${1:?usage: custodian-bench.sh EXPORT_DIR [EXAMPLE_DIR]}"
example_dir="${2:-}"

[ -f "$C7N_SRC/c7n/cli.py" ] || { echo "C7N_SRC=$C7N_SRC has no c7n/cli.py" >&2; exit 2; }
[ -f "$export_dir/index.json" ] || { echo "$export_dir: no index.json (not an export?)" >&2; exit 2; }

shim="$(mktemp -d)"
trap 'rm -rf "$shim"' EXIT
# c7n.cli imports argcomplete only to register shell completion.
if ! "$PYTHON" -c 'import argcomplete' 2>/dev/null; then
  printf 'def autocomplete(*args, **kwargs):\n    pass\n' > "$shim/argcomplete.py"
fi
export PYTHONPATH="$C7N_SRC:$shim:$here/custodian${PYTHONPATH:+:$PYTHONPATH}"
# No credentials or network are needed; make sure nothing tries (no IMDS, no profile).
export AWS_EC2_METADATA_DISABLED=true AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_CONFIG_FILE=/dev/null
export AWS_SHARED_CREDENTIALS_FILE=/dev/null
unset AWS_PROFILE AWS_SESSION_TOKEN

version="$(cd "$C7N_SRC" && sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml 2>/dev/null | head -1)"
echo "c7n ${version:-?} from $C7N_SRC; $("$PYTHON" -c 'import sys,boto3,botocore;print("python",sys.version.split()[0],"boto3",boto3.__version__,"botocore",botocore.__version__)')"
mkdir -p "$OUT"
"$PYTHON" "$here/custodian/c7n_bench.py" static "$export_dir" --out "$OUT"
"$PYTHON" "$here/custodian/c7n_bench.py" validate "$export_dir" --out "$OUT"
if [ -n "${BASELINE:-}" ]; then
  mkdir -p "$OUT/baseline"
  echo "baseline: $BASELINE"
  "$PYTHON" "$here/custodian/c7n_bench.py" static "$BASELINE" --out "$OUT/baseline"
  if [ -n "${BASELINE_VALIDATE:-}" ]; then
    "$PYTHON" "$here/custodian/c7n_bench.py" validate "$BASELINE" --out "$OUT/baseline"
  fi
fi
if [ -n "$example_dir" ]; then
  "$PYTHON" "$here/custodian/c7n_bench.py" ids "$export_dir" "$example_dir" --out "$OUT" \
    --sample "$SAMPLE" --seed "$SEED"
fi
