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
