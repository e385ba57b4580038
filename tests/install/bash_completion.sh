#!/usr/bin/env bash
# Loads the bash completion into bash and calls it the way bash does (COMP_WORDS,
# COMP_CWORD), checking commands, option values, and task and client ids read from an
# example file through the real binary.
set -uo pipefail
completion=$1 bindir=$2 examples=$3
export PATH="$bindir:$PATH"
# shellcheck disable=SC1090
source "$completion"
cd "$examples/.." || exit 1
examples=$(basename "$examples")

failures=0
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _handover
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() {
    local want=$1
    shift
    local got
    got=$(complete_words "$@")
    if [ "$got" != "$want" ]; then
        echo "FAIL: completing [$*] gave [$got], expected [$want]"
        failures=$((failures + 1))
    else
        echo "ok: [$*] -> [$got]"
    fi
}
expect_contains() {
    local want=$1
    shift
    local got
    got=" $(complete_words "$@") "
    if [[ $got != *" $want "* ]]; then
        echo "FAIL: completing [$*] gave [$got], which lacks [$want]"
        failures=$((failures + 1))
    else
        echo "ok: [$*] offers [$want]"
    fi
}

[ "$(complete -p handover)" = "complete -F _handover handover" ] ||
    { echo "FAIL: the completion is not registered for handover"; failures=$((failures + 1)); }

expect "plan" handover pl
expect "check diff done drafts help holidays import init next plan schema undo" handover ""
expect "check diff done drafts holidays import init next plan schema undo" handover help ""
expect "--help --lang --no-pager --quiet --today" handover help --
expect "crm csv ics json markdown text" handover plan --format ""
expect "crm csv ics json markdown text" handover plan -f ""
expect "json" handover plan --format = j
expect "json text" handover next --format ""
expect "json text" handover holidays -f ""
expect "GB-EAW GB-NIR GB-SCT JP US" handover holidays --calendar ""
expect "--calendar" handover holidays --cal
expect "en ja" handover --lang ""
expect "en ja" handover plan x.json --lang ""
expect "manager self successor" handover plan x.json --audience ""
expect "client date step" handover plan x.json --group-by ""
expect "always auto never" handover plan x.json --color ""
expect "dmy mdy ymd" handover import deals.csv --date-order ""
expect "GB JP US" handover init --jurisdiction ""
expect "GB JP US" handover import deals.csv --jurisdiction ""
expect "--dry-run" handover import deals.csv --dr
expect "--into" handover import deals.csv --int
expect "--with-docs --with-drafts" handover plan x.json --with
expect "--help --lang --no-pager --quiet --today --version" handover --
expect "plan" handover --lang ja pl
expect "$examples" handover plan "${examples:0:3}"
expect_contains "$examples/ja-closing-deal.json" handover check "$examples/"
# Task ids for done (not done yet) and undo (done), client ids for drafts --client.
expect "acme/brief acme/event/2026-12-15 acme/handover-doc acme/introduce acme/notify" handover "done" "$examples/ja-closing-deal.json" acme/
expect "consult-manager" handover undo "$examples/en-team.json" ""
expect "" handover "done" "$examples/en-team.json" consult-
expect_contains "globex" handover drafts "$examples/en-team.json" --client ""
# Without FILE, drafts reads $HANDOVER_FILE (else ./clients.json), and so does completion.
HANDOVER_FILE="$examples/en-team.json" expect_contains "globex" handover drafts --client ""
# No file, or standard input: nothing, and nothing is read from the terminal.
expect "" handover "done" missing.json ""
expect "" handover "done" - "" </dev/null

if [ "$failures" -ne 0 ]; then
    echo "$failures completion(s) wrong"
    exit 1
fi
