#!/usr/bin/python3
"""Runs the examples of README.md as written, on the real binary.

usage: readme_examples.py HANDOVER REPO

- A `text` block that starts with `$ handover ...` is run from the repository's root; every
  line it shows (other than `...`) must be a line of the output, in the same order.
- A `markdown` block is an excerpt of a Markdown plan: its lines must come, in the same
  order, in the Markdown plan of one of the examples, in English or Japanese.
- A `sh` block of command lines is run line by line in a fresh folder holding a copy of
  examples/ja-closing-deal.json as clients.json (a line that starts with `handover init`
  runs in an empty folder of its own, as a first run would). Lines about building and
  installing (`scripts/`, `sudo`, `cmake`) are left to CI, which runs them. Each line must
  end with status 0 or 1 (1 is what a plan with errors, or `next` with overdue work, says).
- A `sh` block that is a script (`#!/bin/sh`) is run whole: the cron script with HOME set
  to a folder holding handover/clients.json and a notify-send that records its calls, the
  git hook inside a repository whose last commit holds clients.json.

`handover` is found on PATH, as a reader's shell would find it. Exits 1 naming every
example that failed.
"""

import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```(\w*)\s*$")


def blocks(readme):
    """(info, first line number, lines) of every fenced block."""
    out, info, start, lines = [], None, 0, []
    for number, line in enumerate(readme.splitlines(), 1):
        match = FENCE.match(line)
        if info is None and match:
            info, start, lines = match.group(1), number + 1, []
        elif info is not None and line.startswith("```"):
            out.append((info, start, lines))
            info = None
        elif info is not None:
            lines.append(line)
    return out


def run(command, cwd, env):
    return subprocess.run(["/bin/sh", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def contains_in_order(output_lines, shown):
    at = 0
    for line in shown:
        while at < len(output_lines) and output_lines[at].rstrip() != line.rstrip():
            at += 1
        if at == len(output_lines):
            return line
        at += 1
    return None


def main():
    handover, repo = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    readme = (repo / "README.md").read_text(encoding="utf-8")
    example = repo / "examples" / "ja-closing-deal.json"
    failures, ran = [], 0

    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        bin_dir = scratch / "bin"
        bin_dir.mkdir()
        (bin_dir / "handover").symlink_to(handover)
        notes = scratch / "notify-send.log"
        (bin_dir / "notify-send").write_text(f'#!/bin/sh\necho "$*" >> {notes}\n')
        (bin_dir / "notify-send").chmod(0o755)
        env = dict(os.environ, PATH=f"{bin_dir}:{os.environ.get('PATH', '/usr/bin:/bin')}",
                   EDITOR="true", LANG="C.UTF-8", LC_ALL="", LC_MESSAGES="")
        env.pop("NO_COLOR", None)
        env.pop("HANDOVER_FILE", None)
        folders = iter(range(1_000_000))

        def fresh(with_file=True):
            folder = scratch / f"run{next(folders)}"
            folder.mkdir()
            if with_file:
                shutil.copy(example, folder / "clients.json")
            return folder

        for info, start, lines in blocks(readme):
            where = f"README.md:{start}"
            if info == "text" and lines and lines[0].startswith("$ handover "):
                ran += 1
                result = run(lines[0][2:], repo, env)
                shown = [line for line in lines[1:] if line.strip() != "..."]
                missing = contains_in_order(result.stdout.splitlines(), shown)
                if result.returncode > 1 or missing is not None:
                    failures.append(f"{where}: `{lines[0][2:]}` (exit {result.returncode}) "
                                    f"does not print: {missing!r}\n{result.stderr}")
            elif info == "markdown":
                ran += 1
                found = False
                for name in ("en-team.json", "ja-closing-deal.json"):
                    for lang in ("en", "ja"):
                        result = run(f"handover plan {repo / 'examples' / name} --lang {lang} "
                                     "--format markdown", repo, env)
                        found = found or contains_in_order(result.stdout.splitlines(),
                                                           lines) is None
                if not found:
                    failures.append(f"{where}: no example's Markdown plan holds these lines")
            elif info == "sh" and lines and lines[0].startswith("#!/bin/sh"):
                ran += 1
                script = "\n".join(lines) + "\n"
                if "git show HEAD:clients.json" in script:
                    folder = fresh()
                    for step in ("git init -q", "git add clients.json",
                                 "git -c user.name=t -c user.email=t@example.com commit -qm c"):
                        run(step, folder, env)
                    result = run(script, folder, env)
                    if result.returncode not in (0, 1) or "cannot be read" in result.stderr:
                        failures.append(f"{where}: the hook failed (exit {result.returncode})\n"
                                        f"{result.stdout}{result.stderr}")
                else:
                    home = fresh(with_file=False)
                    (home / "handover").mkdir()
                    shutil.copy(example, home / "handover" / "clients.json")
                    result = run(script, home, dict(env, HOME=str(home)))
                    said = notes.read_text() if notes.exists() else ""
                    if (result.returncode != 0 or "needs fixing" in said
                            or "Could not write" in said
                            or not (home / "handover" / "plan.json").exists()):
                        failures.append(f"{where}: the script failed (exit {result.returncode}, "
                                        f"notes {said!r})\n{result.stderr}")
            elif info == "sh":
                folder = fresh()
                for offset, line in enumerate(lines):
                    command = line.split(" #", 1)[0].strip() if not line.startswith("#") else ""
                    if not command or command.startswith(("scripts/", "sudo ", "cmake ")):
                        continue
                    ran += 1
                    cwd = fresh(with_file=False) if command.startswith("handover init") else folder
                    result = run(command, cwd, env)
                    if result.returncode > 1:
                        failures.append(f"README.md:{start + offset}: `{command}` exits "
                                        f"{result.returncode}\n{result.stderr}")

    for failure in failures:
        print(f"FAIL {failure}")
    print(f"{ran} README examples run, {len(failures)} failed")
    return 1 if failures or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
