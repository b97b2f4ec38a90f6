#!/usr/bin/env python3
"""Checks an `export --format json-schema --out SCHEMAS` with Python's jsonschema (4.x).

Every schema must pass Draft202012Validator.check_schema with the format checker (a `pattern`
Python's `re` cannot read is a rejection), and every event's example record
(`export --format example --out EXAMPLES`) must validate against its schema, with the `$ref`s to
the shared files resolved from disk through a referencing.Registry: no network.

  python3 bench/check-schemas.py SCHEMAS EXAMPLES [BASE_URI]

Prints the counts and the first failures; exits 1 when anything is rejected or invalid.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

BASE = "https://cloudtrail-schema.invalid/schemas/"
# apprunner's ServiceId is 32 characters long and must match a 36-character UUID pattern: the
# model cannot be satisfied, so its example is not expected to validate (as PasteableFormatsTest).
UNSATISFIABLE = {("apprunner", "CreateService")}


def main(schemas, examples, base=BASE):
    schemas, examples = pathlib.Path(schemas), pathlib.Path(examples)
    shared = [
        (base + p.relative_to(schemas).as_posix(), Resource.from_contents(json.loads(p.read_text())))
        for p in sorted((schemas / "shared").glob("*.json"))
    ]
    registry = Registry().with_resources(shared)
    example_of = {(e["service"], e["operation"]): e["file"] for e in load(examples / "index.json")}
    by_file = {}
    for e in load(schemas / "index.json"):
        by_file.setdefault(e["file"], []).append((e["service"], e["operation"]))
    for uri, resource in shared:
        Draft202012Validator.check_schema(
            resource.contents, format_checker=Draft202012Validator.FORMAT_CHECKER)
    rejected, invalid, checked, examples_checked = [], [], 0, 0
    for file, operations in by_file.items():
        schema = load(schemas / file)
        checked += 1
        try:
            Draft202012Validator.check_schema(
                schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            validator = Draft202012Validator(
                schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
        except Exception as e:  # SchemaError, or a regex the format checker let through
            rejected.append(f"{file}: {str(e).splitlines()[0][:200]}")
            continue
        for op in operations:
            if op in UNSATISFIABLE or op not in example_of:
                continue
            examples_checked += 1
            try:
                error = next(iter(validator.iter_errors(load(examples / example_of[op]))), None)
            except Exception as e:  # a pattern `re` cannot compile, raised while validating
                error = e
            if error is not None:
                invalid.append(f"{op[0]}.{op[1]}: {str(error).splitlines()[0][:200]}")
    print(f"schemas checked: {checked}, rejected: {len(rejected)}")
    print(f"examples checked: {examples_checked}, invalid: {len(invalid)}")
    for line in (rejected + invalid)[:50]:
        print("  " + line)
    return 1 if rejected or invalid else 0


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
