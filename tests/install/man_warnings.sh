#!/usr/bin/env bash
# The man page renders without a single groff warning: man-db's own pipeline with every
# warning enabled, output discarded; anything on standard error fails the test.
set -euo pipefail
page=$1
[ -s "$page" ] || { echo "no man page at $page" >&2; exit 1; }
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
    echo "groff warnings in $page:" >&2
    echo "$warnings" >&2
    exit 1
fi
echo "$page renders without warnings"
