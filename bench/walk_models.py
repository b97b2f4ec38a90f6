#!/usr/bin/env python3
"""Baseline for bench/export-bench.sh: the plain way to list every leaf of every operation.

Reads the C2J models straight from the AWS SDK models jar with zipfile, and walks each operation's
input and output shape depth-first with a per-path recursion guard (botocore's rule), printing
one line per leaf: service, operation, path, type. No CloudTrail naming rules: this is the
work a script does before it knows any of them.
"""
import json
import os
import sys
import zipfile

JAR = os.path.expanduser(
    "~/.m2/repository/com/amazonaws/aws-java-sdk-models/1.12.797/aws-java-sdk-models-1.12.797.jar")


def lower_first(name):
    return name[:1].lower() + name[1:]


def walk(shapes, name, path, on_path, out, prefix):
    if name in on_path:
        out.append(f"{prefix}{path}\trecursive\n")
        return
    shape = shapes[name]
    kind = shape["type"]
    on_path.add(name)
    try:
        if kind == "structure":
            members = shape.get("members", {})
            if not members:
                out.append(f"{prefix}{path}\tobject\n")
            for member, ref in members.items():
                walk(shapes, ref["shape"], path + "." + lower_first(member), on_path, out, prefix)
        elif kind == "list":
            walk(shapes, shape["member"]["shape"], path + "[]", on_path, out, prefix)
        elif kind == "map":
            walk(shapes, shape["value"]["shape"], path + ".*", on_path, out, prefix)
        else:
            out.append(f"{prefix}{path}\t{kind}\n")
    finally:
        on_path.discard(name)


def main():
    out = []
    write = sys.stdout.write
    with zipfile.ZipFile(JAR) as jar:
        for entry in sorted(jar.namelist()):
            if not entry.endswith("-model.json"):
                continue
            model = json.loads(jar.read(entry))
            shapes = model.get("shapes", {})
            source = model.get("metadata", {}).get("endpointPrefix", entry) + ".amazonaws.com"
            for op_name, op in sorted(model.get("operations", {}).items()):
                prefix = f"{source}\t{op_name}\t"
                for root, ref in (("requestParameters", op.get("input")), ("responseElements", op.get("output"))):
                    if ref and ref.get("shape") in shapes:
                        walk(shapes, ref["shape"], root, set(), out, prefix)
                if len(out) > 10000:
                    write("".join(out))
                    out.clear()
    write("".join(out))


if __name__ == "__main__":
    main()
