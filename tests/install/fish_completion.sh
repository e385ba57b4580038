#!/usr/bin/env bash
# Loads the fish completion into fish and asks it (complete -C) what it would offer.
set -uo pipefail
fish=$1 completion=$2 bindir=$3 examples=$4
export PATH="$bindir:$PATH"
cd "$examples/.." || exit 1
examples=$(basename "$examples")

failures=0
expect() {
    local want=$1 line=$2 got
    got=$("$fish" --no-config -c "source $completion; complete -C'$line'" | cut -f1 | sort | tr '\n' ' ' | sed 's/ $//')
    if [ "$got" != "$want" ]; then
        echo "FAIL: completing [$line] gave [$got], expected [$want]"
        failures=$((failures + 1))
    else
        echo "ok: [$line] -> [$got]"
    fi
}
expect "plan" "handover pl"
expect "crm csv ics json markdown text" "handover plan --format "
expect "json text" "handover diff --format "
expect "check diff done drafts holidays import init next plan schema undo" "handover help "
expect "en ja" "handover --lang "
expect "GB-EAW GB-NIR GB-SCT JP US" "handover holidays --calendar "
expect "dmy mdy ymd" "handover import deals.csv --date-order "
expect "GB JP US" "handover init --jurisdiction "
expect "manager self successor" "handover plan x.json --audience "
expect "acme/brief acme/event/2026-12-15 acme/handover-doc acme/introduce acme/notify" "handover done $examples/ja-closing-deal.json acme/"
expect "consult-manager" "handover undo $examples/en-team.json "
expect "globex initech stark umbrella vandelay" "handover drafts $examples/en-team.json --client "
HANDOVER_FILE="$examples/en-team.json" expect "globex initech stark umbrella vandelay" "handover drafts --client "
if [ "$failures" -ne 0 ]; then
    echo "$failures completion(s) wrong"
    exit 1
fi
