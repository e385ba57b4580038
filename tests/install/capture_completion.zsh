#!/usr/bin/zsh -f
# Prints what zsh's completion system offers for a command line, one match a line:
#   capture_completion.zsh DIR 'handover plan --format '
# DIR holds _handover. An interactive zsh runs in a pseudo-terminal (zpty) with compinit;
# compadd is wrapped to print its matches, and a TAB triggers the completion. After the
# technique of zsh-capture-completion (Valodim).
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
local line
setopt rcquotes
() {
    zpty -w z source $1
    repeat 4; do
        zpty -r z line
        [[ $line == ok* ]] && return
    done
    echo 'error initializing.' >&2
    exit 2
} =( <<< "
PROMPT=
fpath=($1 \$fpath)
autoload -Uz compinit
compinit -u -D
bindkey '^M' undefined
bindkey '^J' undefined
bindkey '^I' complete-word
null-line () { echo -E - \$'\0' }
compprefuncs=( null-line )
comppostfuncs=( null-line exit )
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
zstyle ':completion:*' list-separator ''
compadd () {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd \"\$@\"; return \$?
    fi
    typeset -a __hits
    builtin compadd -A __hits \"\$@\"
    [[ -n \$__hits ]] || return
    local h
    for h in \$__hits; do echo -E - \"\$h\"; done
}
echo ok")
zpty -w z "$2"$'\t'
integer tog=0
while zpty -r z; do :; done | while IFS= read -r line; do
    if [[ $line == *$'\0\r' ]]; then
        (( tog++ )) && exit 0 || continue
    fi
    (( tog )) && echo -E - ${line%$'\r'}
done
exit 2
