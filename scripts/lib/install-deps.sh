# shellcheck shell=bash
# Installs the Debian packages handover needs to build and test. Sourced by scripts/setup
# and scripts/test; apt-get runs only when something is missing, so a ready machine is
# left alone and needs neither network nor root.

handover_packages=(
    cmake g++ make
    libcli11-dev nlohmann-json3-dev libfmt-dev libhowardhinnant-date-dev catch2
    # `handover import`: an RFC 4180 CSV reader and the detection of an export's encoding.
    libcsv-dev libuchardet-dev
    # Days off from iCalendar files in `calendar.holidays` (RFC 5545, with its recurrences).
    libical-dev
    # The man page is rendered from docs/handover.1.scd; the .deb's Depends line is
    # computed by dpkg-shlibdeps (scripts/package).
    scdoc dpkg-dev
    # Real consumers of the exports, used by the tests; jq and git run the README's examples.
    cmark-gfm python3 python3-icalendar python3-jsonschema jq git
    # The installed man page and shell completions, tried in man-db, bash, zsh and fish.
    man-db zsh fish
)

handover_missing_packages() {
    local package status
    for package in "${handover_packages[@]}"; do
        # `dpkg -s` also knows removed packages whose configuration is left; only
        # "install ok installed" means the files are there. (Captured rather than piped to
        # `grep -q`, which could end the pipe early and fail it under pipefail.)
        status=$(dpkg -s "$package" 2>/dev/null || true)
        if [[ $status != *$'\nStatus: install ok installed\n'* ]]; then
            echo "$package"
        fi
    done
}

handover_install_deps() {
    local missing
    mapfile -t missing < <(handover_missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: missing packages (${missing[*]}) and no sudo to install them; run as root" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}
