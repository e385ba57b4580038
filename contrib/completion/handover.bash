# bash completion for handover(1). Installed as
# /usr/share/bash-completion/completions/handover; works without the bash-completion
# package too (source it from ~/.bashrc).

# The ids in the plan of clients.json: what=open (tasks not done yet), done (tasks
# recorded as done) or clients. Reads `handover plan FILE --format json`, whose layout is a documented
# contract; on any failure (no file, standard input, an invalid file) it prints nothing.
_handover_ids() {
    local cmd=$1 file=$2 what=$3
    [[ -f $file && -r $file ]] || return 0
    local runner=()
    command -v timeout >/dev/null 2>&1 && runner=(timeout 5)
    "${runner[@]}" "$cmd" plan "$file" --format json --lang en </dev/null 2>/dev/null |
        awk -v want="$what" '
            /^  "/ { section = $0; sub(/^  "/, "", section); sub(/".*/, "", section); next }
            /^      "id": "/ {
                id = $0; sub(/^      "id": "/, "", id); sub(/".*/, "", id)
                if (section == "clients" && want == "clients") print id
                next
            }
            section == "tasks" && /^      "status": "/ {
                done = ($0 ~ /"done"/)
                if ((want == "done" && done) || (want == "open" && !done)) print id
            }'
}

# COMPREPLY: the words of $1 that start with $cur.
_handover_offer() {
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

_handover() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --option=value: bash splits it at "=" (COMP_WORDBREAKS).
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    local commands="plan check next done undo diff drafts init import holidays schema help"
    local valued=" -f --format -o --output --audience --group-by --color --lang --today --days --against --on --from-markdown --client --calendar -y --year --into --map --stage --encoding --date-order --last-day --me --manager --successor --jurisdiction "

    # The command, and the positional arguments given after it.
    local i word command="" previous="" args=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == "=" || $previous == "=" ]]; then
            previous=$word
            continue
        fi
        if [[ $word != -* && $valued != *" $previous "* ]] || [[ $word == "-" ]]; then
            if [[ -z $command ]]; then
                command=$word
            else
                args+=("$word")
            fi
        fi
        previous=$word
    done

    local cmd=${COMP_WORDS[0]}
    [[ $cmd == \~/* ]] && cmd=$HOME/${cmd#\~/}

    COMPREPLY=()
    case $prev in
        -f | --format)
            case $command in
                plan) _handover_offer "text markdown json ics csv crm" ;;
                *) _handover_offer "text json" ;;
            esac
            return 0
            ;;
        --lang) _handover_offer "en ja"; return 0 ;;
        --date-order) _handover_offer "ymd mdy dmy"; return 0 ;;
        --calendar) _handover_offer "JP US GB-EAW GB-SCT GB-NIR"; return 0 ;;
        --jurisdiction) _handover_offer "JP US GB"; return 0 ;;
        --encoding) _handover_offer "UTF-8 CP932 SHIFT_JIS EUC-JP UTF-16LE UTF-16BE WINDOWS-1252"; return 0 ;;
        --map | --stage | --me | --manager | --successor) return 0 ;;
        --last-day) _handover_offer "$(date +%F)"; return 0 ;;
        --into)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            return 0
            ;;
        --audience) _handover_offer "self manager successor"; return 0 ;;
        --group-by) _handover_offer "date step client"; return 0 ;;
        --color) _handover_offer "auto always never"; return 0 ;;
        --today | --on) _handover_offer "$(date +%F)"; return 0 ;;
        -y | --year) _handover_offer "$(date +%Y)"; return 0 ;;
        --days) return 0 ;;
        --client)
            # drafts without FILE reads $HANDOVER_FILE, else ./clients.json.
            _handover_offer "$(_handover_ids "$cmd" "${args[0]-${HANDOVER_FILE:-clients.json}}" clients)"
            return 0
            ;;
        -o | --output)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        --against)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            return 0
            ;;
        --from-markdown)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.md' -- "$cur")
            return 0
            ;;
    esac

    local options
    case $command in
        "") options="--help --version --lang --today --no-pager --quiet" ;;
        plan) options="--help --format --output --audience --group-by --with-docs --with-drafts --excel --no-why --color --strict --lang --today --no-pager --quiet" ;;
        check) options="--help --strict --lang --today --no-pager --quiet" ;;
        next) options="--help --days --against --format --audience --lang --today --no-pager --quiet" ;;
        done) options="--help --on --from-markdown --lang --today --no-pager --quiet" ;;
        undo) options="--help --lang --today --no-pager --quiet" ;;
        diff) options="--help --against --format --strict --lang --today --no-pager --quiet" ;;
        drafts) options="--help --client --output --lang --today --no-pager --quiet" ;;
        init) options="--help --output --force --jurisdiction --lang --today --no-pager --quiet" ;;
        import) options="--help --output --into --dry-run --force --map --stage --encoding --date-order --last-day --me --manager --successor --jurisdiction --lang --today --no-pager --quiet" ;;
        holidays) options="--help --calendar --year --format --lang --today --no-pager --quiet" ;;
        schema) options="--help --output --lang --today --no-pager --quiet" ;;
        help) options="--help --lang --today --no-pager --quiet" ;;
        *) return 0 ;;
    esac
    if [[ $cur == -* ]]; then
        _handover_offer "$options"
        return 0
    fi
    if [[ -z $command ]]; then
        _handover_offer "$commands"
        return 0
    fi

    # Positional arguments: input files, then task ids for done and undo.
    case $command in
        init | holidays | schema) return 0 ;;
        help)
            ((${#args[@]} == 0)) && _handover_offer "${commands% help}"
            return 0
            ;;
        done | undo)
            if ((${#args[@]} >= 1)); then
                local which=open
                [[ $command == undo ]] && which="done"
                _handover_offer "$(_handover_ids "$cmd" "${args[0]-}" "$which")"
                return 0
            fi
            ;;
        diff) ;;
        import)
            # The export: any file (CSV, tab-separated text).
            ((${#args[@]} >= 1)) && return 0
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        *) ((${#args[@]} >= 1)) && return 0 ;;
    esac
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
    return 0
}

complete -F _handover handover
