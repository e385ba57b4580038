#!/usr/bin/python3
"""An independent check of `handover schema`: a JSON Schema validator that handover's
authors did not write (python3-jsonschema, draft 2020-12) judges every example, good and
bad input file, and its verdict must be `handover check`'s. The files whose rule a schema
cannot say are those marked "no" in the schema column of tests/data/bad/README.md; for
them only `check` is asked (they must be refused).

usage: schema_verdicts.py HANDOVER SOURCE_DIR
Prints one line per file and closes with "N passed, N failed".
"""

import json
import pathlib
import re
import subprocess
import sys

import jsonschema

TODAY = "2026-11-20"


def strip_comments(text):
    """JSON with // and /* */ comments (what handover reads) as plain JSON."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] not in "\r\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise ValueError("unclosed comment")
            i = end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def schema_verdict(validator, raw):
    """True when the schema accepts the file, False when it refuses it, None when the
    file is not JSON that a schema tool could read (which counts as refusing it)."""
    try:
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        document = json.loads(strip_comments(text))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return validator.is_valid(document)


def check_verdict(handover, path, own_today):
    args = [handover, "check", str(path), "--lang", "en"]
    if not own_today:
        args += ["--today", TODAY]
    result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode not in (0, 1, 2):
        raise RuntimeError(f"{path}: check exited {result.returncode}: {result.stderr!r}")
    return result.returncode != 2


def inexpressible(bad_folder):
    names = set()
    for line in (bad_folder / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`([^`]+)`\s*\|.*\|\s*no\s*\|\s*$", line)
        if match:
            names.add(match.group(1))
    return names


def main():
    handover, source = sys.argv[1], pathlib.Path(sys.argv[2])
    schema = json.loads(subprocess.run([handover, "schema"], check=True,
                                       stdout=subprocess.PIPE).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    data = source / "tests" / "data"
    cannot = inexpressible(data / "bad")
    groups = [("examples", source / "examples", True), ("good", data / "good", True),
              ("bad", data / "bad", False)]
    passed = failed = 0
    seen_inexpressible = set()
    for label, folder, should_pass in groups:
        files = sorted(p for p in folder.iterdir() if ".json" in p.name)
        if len(files) < 2:
            print(f"FAIL {label}: only {len(files)} files in {folder}")
            failed += 1
            continue
        for path in files:
            raw = path.read_bytes()
            own_today = label == "examples" and b'"today"' in raw
            by_check = check_verdict(handover, path, own_today)
            by_schema = schema_verdict(validator, raw)
            problems = []
            if by_check != should_pass:
                problems.append(f"check {'accepts' if by_check else 'refuses'} it")
            if label == "bad" and path.name in cannot:
                seen_inexpressible.add(path.name)
            elif by_schema is None and by_check:
                problems.append("not JSON to the schema tool, but check accepts it")
            elif by_schema is not None and by_schema != by_check:
                problems.append(f"schema {'accepts' if by_schema else 'refuses'} it, "
                                f"check {'accepts' if by_check else 'refuses'} it")
            if problems:
                failed += 1
                print(f"FAIL {label}/{path.name}: {'; '.join(problems)}")
            else:
                passed += 1
                print(f"ok   {label}/{path.name}")
    stale = cannot - seen_inexpressible
    if stale:
        failed += 1
        print(f"FAIL tests/data/bad/README.md marks missing files: {', '.join(sorted(stale))}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
