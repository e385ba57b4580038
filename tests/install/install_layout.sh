#!/usr/bin/env bash
# `cmake --install` into a scratch prefix puts every file where a Debian tool's files go,
# and the installed program runs.
set -euo pipefail
cmake=$1 build=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
prefix=$root/usr
"$cmake" --install "$build" --prefix "$prefix" >/dev/null

failures=0
need() {
    local check=$1 path=$2 found=false
    case $check in
        -x) [ -x "$prefix/$path" ] && found=true ;;
        -s) [ -s "$prefix/$path" ] && found=true ;;
    esac
    if $found; then
        echo "ok: $path"
    else
        echo "FAIL: $path is missing or empty ($check)"
        failures=$((failures + 1))
    fi
}
need -x bin/handover
need -s share/man/man1/handover.1
need -s share/bash-completion/completions/handover
need -s share/zsh/vendor-completions/_handover
need -s share/fish/vendor_completions.d/handover.fish
need -s share/doc/handover/clients.schema.json
need -s share/doc/handover/copyright
need -s share/doc/handover/README.md
need -s share/doc/handover/examples/en-team.json
need -s share/doc/handover/examples/ja-closing-deal.json

version=$("$prefix/bin/handover" --version)
case $version in
    "handover "[0-9]*) echo "ok: $version" ;;
    *) echo "FAIL: bin/handover --version printed [$version]"; failures=$((failures + 1)) ;;
esac
# The installed schema is the program's own, and the installed example plans.
if ! "$prefix/bin/handover" schema --lang en | cmp -s - "$prefix/share/doc/handover/clients.schema.json"; then
    echo "FAIL: the installed schema differs from handover schema"
    failures=$((failures + 1))
fi
if ! "$prefix/bin/handover" plan "$prefix/share/doc/handover/examples/ja-closing-deal.json" \
        --today 2026-11-20 >/dev/null; then
    echo "FAIL: the installed example does not plan"
    failures=$((failures + 1))
fi
if [ "$failures" -ne 0 ]; then
    exit 1
fi
