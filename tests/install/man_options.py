#!/usr/bin/python3
"""Every long option that any `handover ... --help` mentions is in the man page, and the man
page mentions no long option that the program does not have (a stale page fails too)."""
import os
import re
import subprocess
import sys

binary, page = sys.argv[1], sys.argv[2]
COMMANDS = ["plan", "check", "next", "done", "undo", "diff", "drafts", "init", "import",
            "holidays", "schema", "help"]
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*[a-z]")


def run(args, env=None):
    return subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout


# Options are taken from the help texts, in English.
from_help = {}
top = run([binary, "--help", "--lang", "en"])
listed = set(re.findall(r"^  ([a-z]+) ", top.split("Commands:")[1].split("Examples:")[0], re.M))
if listed != set(COMMANDS):
    sys.exit(f"the commands in --help are {sorted(listed)}; this test knows {COMMANDS}")
for option in OPTION.findall(top):
    from_help.setdefault(option, set()).add("handover")
for command in COMMANDS:
    for option in OPTION.findall(run([binary, command, "--help", "--lang", "en"])):
        from_help.setdefault(option, set()).add(command)

# The page as a reader sees it: rendered wide enough that no option is broken across lines.
env = dict(os.environ, MANWIDTH="250", LC_ALL="C.UTF-8")
rendered = run(["man", "-l", "-E", "UTF-8", page], env=env)
in_page = set(OPTION.findall(rendered))

missing = sorted(set(from_help) - in_page)
unknown = sorted(in_page - set(from_help))
for option in missing:
    print(f"{option} (in the help of {', '.join(sorted(from_help[option]))}) is not in the man page")
for option in unknown:
    print(f"{option} is in the man page but in no --help")
if missing or unknown:
    sys.exit(1)
print(f"{len(in_page)} long options, the same in the help texts and the man page")
