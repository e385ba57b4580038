#!/usr/bin/env bash
# Loads the zsh completion into an interactive zsh (compinit, in a pseudo-terminal) and
# checks what it offers: commands, option values, task and client ids.
set -uo pipefail
zsh=$1 completion_dir=$2 bindir=$3 examples=$4
capture=$(dirname "$0")/capture_completion.zsh
export PATH="$bindir:$PATH" HOME=${TMPDIR:-/tmp}
cd "$examples/.." || exit 1
examples=$(basename "$examples")

failures=0
expect() {
    local want=$1 line=$2 got
    got=$(timeout 30 "$zsh" -f "$capture" "$completion_dir" "$line" | sort -u | tr '\n' ' ' | sed 's/ $//')
    if [ "$got" != "$want" ]; then
        echo "FAIL: completing [$line] gave [$got], expected [$want]"
        failures=$((failures + 1))
    else
        echo "ok: [$line] -> [$got]"
    fi
}
expect "plan" "handover pl"
expect "check diff done drafts help holidays import init next plan schema undo" "handover "
expect "check diff done drafts holidays import init next plan schema undo" "handover help "
expect "crm csv ics json markdown text" "handover plan --format "
expect "json text" "handover next -f "
expect "en ja" "handover --lang "
expect "GB-EAW GB-NIR GB-SCT JP US" "handover holidays --calendar="
expect "dmy mdy ymd" "handover import deals.csv --date-order "
expect "GB JP US" "handover init --jurisdiction "
expect "client date step" "handover plan x.json --group-by "
expect "--with-docs --with-drafts" "handover plan x.json --with"
expect "acme/brief acme/event/2026-12-15 acme/handover-doc acme/introduce acme/notify" "handover done $examples/ja-closing-deal.json acme/"
expect "consult-manager" "handover undo $examples/en-team.json "
expect "globex initech stark umbrella vandelay" "handover drafts $examples/en-team.json --client "
HANDOVER_FILE="$examples/en-team.json" expect "globex initech stark umbrella vandelay" "handover drafts --client "
expect "" "handover done missing.json "
if [ "$failures" -ne 0 ]; then
    echo "$failures completion(s) wrong"
    exit 1
fi
