# Shared by kube_codegen.sh and generate-groups.sh: find (or build, once)
# the kodegen binary, quote words for `kodegen batch`, and run a batch.
#
# KODEGEN_BIN names a kodegen binary to use as is. Otherwise it is built
# from the kodegen module these scripts belong to, once per shell, into
# KODEGEN_BUILD_DIR (default: a folder in the user's cache).

KODEGEN_ROOT="${KODEGEN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)}"

function kodegen::bin() {
    if [ -n "${KODEGEN_BIN:-}" ]; then
        echo "${KODEGEN_BIN}"
        return 0
    fi
    local dir="${KODEGEN_BUILD_DIR:-${XDG_CACHE_HOME:-${HOME}/.cache}/kodegen/bin}"
    mkdir -p "${dir}"
    ( cd "${KODEGEN_ROOT}" && GO111MODULE=on go build -o "${dir}/kodegen" ./cmd/kodegen ) >&2 || return 1
    KODEGEN_BIN="${dir}/kodegen"
    export KODEGEN_BIN
    echo "${KODEGEN_BIN}"
}

# kodegen::quote prints its arguments as one line of single-quoted words.
function kodegen::quote() {
    local out="" w
    for w in "$@"; do
        out+="'${w//\'/\'\\\'\'}' "
    done
    echo "${out% }"
}

# kodegen::batch runs the command lines read from stdin on one load, with
# the given kodegen batch flags.
function kodegen::batch() {
    local bin
    bin="$(kodegen::bin)" || return 1
    "${bin}" batch "$@"
}

# kodegen::check_markers <generators> <dir>: fail (exit 2) naming file:line
# when a Go file below dir has a misspelt marker that one of the
# comma-separated generators reads (+k8s:deepcopygen=package): the scripts
# pick packages by their markers as spelt, so such a package would
# otherwise be skipped in silence.
function kodegen::check_markers() {
    local bin dir
    bin="$(kodegen::bin)" || return 1
    dir="$(cd "$2" && pwd -P)" || return 1
    "${bin}" markers --check --generators "$1" "${dir}/..."
}

# kodegen::below <flag> <value> <base>: fail (exit 2) when a folder given
# relative to another leaves it (an absolute path, or one with '..').
function kodegen::below() {
    local v="$2"
    if [[ -z "${v}" || "${v}" == /* || "${v}" == ".." || "${v}" == ../* || "${v}" == */.. || "${v}" == */../* ]]; then
        echo "$1 ${v}: want a folder below $3; write a relative path without '..'" >&2
        return 2
    fi
}
