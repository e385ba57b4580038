# fish completion for handover(1). Installed as
# /usr/share/fish/vendor_completions.d/handover.fish.

set -l handover_commands plan check next done undo diff drafts init import holidays schema help

# The input file: the first argument after the command that is not an option or its value.
function __handover_input_file
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    set -l seen_command 0
    for token in $tokens
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $token
            case -f --format -o --output --audience --group-by --color --lang --today --days --against --on --from-markdown --client --calendar -y --year --into --map --stage --encoding --date-order --last-day --me --manager --successor --jurisdiction
                set skip 1
            case '-*'
            case '*'
                if test $seen_command -eq 0
                    set seen_command 1
                else
                    echo $token
                    return
                end
        end
    end
end

# The ids in the plan of the input file (see the bash completion): open, done or clients.
function __handover_ids -a what
    set -l file (__handover_input_file)
    # drafts without FILE reads $HANDOVER_FILE, else ./clients.json.
    if test -z "$file" -a "$what" = clients
        set file clients.json
        set -q HANDOVER_FILE; and test -n "$HANDOVER_FILE"; and set file $HANDOVER_FILE
    end
    test -n "$file" -a -f "$file" -a -r "$file"; or return 0
    set -l cmd (commandline -opc)[1]
    set -l runner
    command -q timeout; and set runner timeout 5
    $runner $cmd plan $file --format json --lang en </dev/null 2>/dev/null | awk -v want=$what '
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
end

function __handover_has_input
    __fish_seen_subcommand_from $argv; and test -n "$(__handover_input_file)"
end

complete -c handover -f
complete -c handover -s h -l help -d 'Show the help and exit'
complete -c handover -n "__fish_use_subcommand" -l version -d 'Show the version and exit'
complete -c handover -l lang -x -a 'en ja' -d 'Language of messages and output'

complete -c handover -n "__fish_use_subcommand" -a plan -d 'Build the dated handover plan'
complete -c handover -n "__fish_use_subcommand" -a check -d 'Validate the input and test the plan'
complete -c handover -n "__fish_use_subcommand" -a next -d 'What to do today and in the coming days'
complete -c handover -n "__fish_use_subcommand" -a done -d 'Record tasks as done'
complete -c handover -n "__fish_use_subcommand" -a undo -d 'Take back tasks recorded as done'
complete -c handover -n "__fish_use_subcommand" -a diff -d 'What a change moved in the plan'
complete -c handover -n "__fish_use_subcommand" -a drafts -d 'Draft what to tell each client'
complete -c handover -n "__fish_use_subcommand" -a init -d 'Write a starter clients.json'
complete -c handover -n "__fish_use_subcommand" -a import -d 'Make clients.json from a CRM or spreadsheet export'
complete -c handover -n "__fish_use_subcommand" -a holidays -d 'The public holidays of a year (JP, US, GB)'
complete -c handover -n "__fish_use_subcommand" -a schema -d 'The JSON Schema of the input file'
complete -c handover -n "__fish_use_subcommand" -a help -d 'The help of a command'
complete -c handover -n "__fish_seen_subcommand_from help; and not __fish_seen_subcommand_from $handover_commands[1..-2]" -x -a "$handover_commands[1..-2]" -d 'Command'

# Input files.
complete -c handover -n "__fish_seen_subcommand_from plan check next drafts diff; and not __handover_has_input plan check next drafts" -F
complete -c handover -n "__fish_seen_subcommand_from done undo; and not __handover_has_input done undo" -F
complete -c handover -n "__fish_seen_subcommand_from done; and __handover_has_input done" -x -a "(__handover_ids open)" -d 'Task'
complete -c handover -n "__fish_seen_subcommand_from undo; and __handover_has_input undo" -x -a "(__handover_ids done)" -d 'Done task'

complete -c handover -l today -x -d 'Plan as if today were this day (YYYY-MM-DD)'
complete -c handover -l no-pager -d 'Print long output directly, not through $PAGER'
complete -c handover -s q -l quiet -d 'Errors only: no confirmations'
complete -c handover -n "__fish_seen_subcommand_from plan" -s f -l format -x -a 'text markdown json ics csv crm' -d 'Output format'
complete -c handover -n "__fish_seen_subcommand_from next diff holidays" -s f -l format -x -a 'text json' -d 'Output format'
complete -c handover -n "__fish_seen_subcommand_from plan drafts schema" -s o -l output -r -F -d 'Write to FILE instead of standard output'
complete -c handover -n "__fish_seen_subcommand_from init" -s o -l output -r -F -d 'File to write'
complete -c handover -n "__fish_seen_subcommand_from import; and not __handover_has_input import" -F
complete -c handover -n "__fish_seen_subcommand_from import" -s o -l output -r -F -d 'New file to write'
complete -c handover -n "__fish_seen_subcommand_from import" -l into -r -F -d 'Update the clients of this file in place'
complete -c handover -n "__fish_seen_subcommand_from import" -l dry-run -d 'Show how the export is read; write nothing'
complete -c handover -n "__fish_seen_subcommand_from import" -l force -d 'Replace FILE if it already exists'
complete -c handover -n "__fish_seen_subcommand_from import" -l map -x -d 'Assign columns: Header=field,...'
complete -c handover -n "__fish_seen_subcommand_from import" -l stage -x -d 'Add stage values: Value=stage,...'
complete -c handover -n "__fish_seen_subcommand_from import" -l encoding -x -a 'UTF-8 CP932 SHIFT_JIS EUC-JP UTF-16LE UTF-16BE WINDOWS-1252' -d 'The encoding of the export'
complete -c handover -n "__fish_seen_subcommand_from import" -l date-order -x -a 'ymd mdy dmy' -d 'How to read 12/08/2026'
complete -c handover -n "__fish_seen_subcommand_from import" -l last-day -x -d 'Your last working day (YYYY-MM-DD)'
complete -c handover -n "__fish_seen_subcommand_from import" -l me -x -d 'Your name'
complete -c handover -n "__fish_seen_subcommand_from import" -l manager -x -d "Your manager's name"
complete -c handover -n "__fish_seen_subcommand_from import" -l successor -x -d "Your successor's name"
complete -c handover -n "__fish_seen_subcommand_from init import" -l jurisdiction -x -a 'JP US GB' -d 'Set the new file up for a country'
complete -c handover -n "__fish_seen_subcommand_from plan next" -l audience -x -a 'self manager successor' -d 'Who reads the plan'
complete -c handover -n "__fish_seen_subcommand_from plan" -l group-by -x -a 'date step client' -d 'Markdown: group the tasks'
complete -c handover -n "__fish_seen_subcommand_from plan" -l with-docs -d 'Markdown: add handover-document outlines'
complete -c handover -n "__fish_seen_subcommand_from plan" -l with-drafts -d 'Markdown: add the message drafts'
complete -c handover -n "__fish_seen_subcommand_from plan" -l excel -d 'CSV: a spreadsheet for people in the chosen language'
complete -c handover -n "__fish_seen_subcommand_from plan" -l no-why -d 'Leave out the reason under each task'
complete -c handover -n "__fish_seen_subcommand_from plan" -l color -x -a 'auto always never' -d 'Colour in the text format'
complete -c handover -n "__fish_seen_subcommand_from plan check diff" -l strict -d 'Exit with status 1 on any warning'
complete -c handover -n "__fish_seen_subcommand_from next" -l days -x -d 'How many days after today to include'
complete -c handover -n "__fish_seen_subcommand_from next diff" -l against -r -F -d 'An earlier plan (--format json output)'
complete -c handover -n "__fish_seen_subcommand_from done" -l on -x -d 'The day the work was done (YYYY-MM-DD)'
complete -c handover -n "__fish_seen_subcommand_from done" -l from-markdown -r -F -d 'Record the boxes ticked in this checklist'
complete -c handover -n "__fish_seen_subcommand_from drafts" -l client -x -a "(__handover_ids clients)" -d 'Only the client with this id'
complete -c handover -n "__fish_seen_subcommand_from init" -l force -d 'Replace FILE if it already exists'
complete -c handover -n "__fish_seen_subcommand_from holidays" -s y -l year -x -d 'The year, 2000 to 2099'
complete -c handover -n "__fish_seen_subcommand_from holidays" -l calendar -x -a 'JP US GB-EAW GB-SCT GB-NIR' -d 'The holiday calendar'
