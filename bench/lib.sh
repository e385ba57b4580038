# shellcheck shell=bash disable=SC2154,SC2034
# Shared by bench/run and bench/tj3/run (sourced; expects $root and LC_ALL=C).

# need_tools CMD[:PACKAGE]...: installs what is missing with apt-get, and nothing else.
need_tools() {
    local missing=() item cmd pkg
    for item in "$@"; do
        cmd=${item%%:*}
        pkg=${item#*:}
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        echo "bench: please install: ${missing[*]}" >&2
        exit 2
    fi
    echo "bench: installing ${missing[*]} with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; }
}

# build_binaries BUILD: sets HANDOVER_BIN and GENERATE_BIN; with BUILD=1 brings the
# release build up to date (only the two targets, not the tests).
build_binaries() {
    local release=$root/build/release
    if [[ -n ${HANDOVER_BIN:-} && -n ${GENERATE_BIN:-} ]]; then
        return 0
    fi
    HANDOVER_BIN=$release/handover
    GENERATE_BIN=$release/bench/handover_generate
    if [[ $1 -eq 1 ]]; then
        mkdir -p "$root/build"
        local log=$root/build/bench-build.log
        # A tree configured before bench/ existed has no rules for the generator yet.
        if { [[ ! -f $release/bench/Makefile ]] && ! (cd "$root" && cmake --preset release >"$log" 2>&1); } ||
            ! (cd "$root" && cmake --build --preset release --target handover handover_generate >>"$log" 2>&1); then
            echo "bench: the release build failed (see $log)" >&2
            [[ -x $HANDOVER_BIN && -x $GENERATE_BIN ]] || exit 2
            echo "bench: measuring the binaries already built" >&2
        fi
    fi
    [[ -x $HANDOVER_BIN && -x $GENERATE_BIN ]] ||
        { echo "bench: no binaries in $release; run without --no-build" >&2; exit 2; }
}

# generate N SEED FORMAT FILE: writes the input unless an up-to-date copy exists.
generate() {
    if [[ -s $4 && $4 -nt $GENERATE_BIN ]]; then
        return 0
    fi
    "$GENERATE_BIN" --clients "$1" --seed "$2" --format "$3" --out "$4" 2>/dev/null
}

# run_quiet CMD...: runs with output discarded; exit 1 (a plan with errors) is a result,
# anything above it is a failure of the benchmark.
run_quiet() {
    local status=0
    "$@" >/dev/null 2>&1 || status=$?
    if [[ $status -gt 1 ]]; then
        echo "bench: '$*' failed with status $status" >&2
        exit 2
    fi
}

# cpu_seconds FILE: user + system seconds of ended children, from the output of `times`.
cpu_seconds() {
    awk 'NR == 2 { n = 0
                   for (i = 1; i <= 2; ++i) { split($i, p, "m"); sub("s", "", p[2]); n += p[1] * 60 + p[2] }
                   printf "%.3f", n }' "$1"
}

# median US...: the median of microsecond figures, printed in milliseconds.
median() {
    printf '%s\n' "$@" | sort -n |
        awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
                                  printf "%.1f", m / 1000 }'
}

# measure RUNS CMD...: runs CMD RUNS times with its output discarded and sets wall_ms and
# cpu_ms to the medians. EPOCHREALTIME has microsecond resolution; the fork and exec are
# part of the figure, as they are for jq. CPU time (user + system, millisecond resolution)
# is the steadier figure on a busy machine: waiting for a core does not count in it.
# `times` runs in this shell and writes to files: in a subshell it would not see the
# command, and no other child may run between the two snapshots.
measure() {
    local runs=$1 walls=() cpus=() start end i snapshots
    shift
    snapshots=$(mktemp -d)
    for ((i = 0; i < runs; ++i)); do
        times >"$snapshots/before"
        start=${EPOCHREALTIME/./}
        run_quiet "$@"
        end=${EPOCHREALTIME/./}
        times >"$snapshots/after"
        walls+=($((end - start)))
        cpus+=("$(awk -v a="$(cpu_seconds "$snapshots/after")" -v b="$(cpu_seconds "$snapshots/before")" \
            'BEGIN { printf "%.0f", (a - b) * 1000000 }')")
    done
    rm -rf "$snapshots"
    wall_ms=$(median "${walls[@]}")
    cpu_ms=$(median "${cpus[@]}")
}

# peak_kb CMD...: peak resident set size in KiB, from GNU time.
peak_kb() {
    local out
    out=$(mktemp)
    run_quiet /usr/bin/time -f %M -o "$out" "$@"
    tail -n 1 "$out"
    rm -f "$out"
}

# verdict TEXT VALUE MET: one line under the table.
verdict() {
    local mark=MISSED
    [[ $3 == 1 ]] && mark=met
    printf 'goal: %-48s %10s  %s' "$1" "$2" "$mark"
}

print_machine() {
    local cpu
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
    echo "machine: $(nproc) cores (${cpu:-unknown CPU}), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
    echo "load before: $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min); $1"
    if awk -v l="$(cut -d ' ' -f 1 /proc/loadavg)" -v c="$(nproc)" 'BEGIN { exit !(l > c) }'; then
        echo "warning: the machine is busy (load above the core count): figures are pessimistic"
    fi
    echo
}

print_load_after() {
    echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
}
