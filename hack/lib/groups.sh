# Shared by generate-groups.sh and generate-internal-groups.sh: their flags,
# where an output package lives on disk, and the command lines for kodegen.

HEADER="" OUTPUT_BASE="" PLURAL="" BATCH_FLAGS=()

function groups::parse_flags() {
    while [ "$#" -gt 0 ]; do
        case "$1" in
            --go-header-file) HEADER="$2"; shift 2 ;;
            --go-header-file=*) HEADER="${1#*=}"; shift ;;
            --output-base) OUTPUT_BASE="$2"; shift 2 ;;
            --output-base=*) OUTPUT_BASE="${1#*=}"; shift ;;
            --plural-exceptions) PLURAL="$2"; shift 2 ;;
            --plural-exceptions=*) PLURAL="${1#*=}"; shift ;;
            -v|--v) BATCH_FLAGS+=(-v "$2"); shift 2 ;;
            -v=*|--v=*) BATCH_FLAGS+=(-v "${1#*=}"); shift ;;
            --verify) BATCH_FLAGS+=(--verify); shift ;;
            --input-dirs|-i|--output-package|-p|-O|--output-file-base|--bounding-dirs|--trim-path-prefix)
                shift 2 ;; # set by this script from its arguments, as before
            *) echo "unknown flag: $1" >&2; exit 2 ;;
        esac
    done
}

# groups::dir_of prints the folder of an output package: below
# --output-base, by default $GOPATH/src as with the old scripts (whose
# generators wrote to gengo's default source tree): repositories either
# live there or copy the output back (`cp -r ./<import path>/. .`).
function groups::dir_of() {
    local pkg="$1" base="${OUTPUT_BASE}"
    if [ -z "${base}" ]; then
        local gopath
        gopath="$(go env GOPATH)"
        base="${gopath%%:*}/src"
    fi
    echo "${base}/${pkg}"
}

# groups::lines GENS OUTPUT_PKG INTERNAL_PKGS EXTERNAL_PKG... prints the
# command lines; INTERNAL_PKGS is a space separated list (may be empty).
function groups::lines() {
    local gens="$1" out_pkg="$2" internal="$3"
    shift 3
    local external=("$@")
    local internal_pkgs=()
    read -r -a internal_pkgs <<< "${internal}"
    local header=(--go-header-file "${HEADER}") # given even when empty: no header
    local cs_pkg="${out_pkg}/${CLIENTSET_PKG_NAME:-clientset}"
    local cs_name="${CLIENTSET_NAME_VERSIONED:-versioned}"
    local apply_pkg=""
    local has
    has() { grep -qw "$1" <<< "${gens//,/ }"; }

    if has deepcopy; then
        kodegen::quote deepcopy-gen --output-file zz_generated.deepcopy.go "${header[@]+"${header[@]}"}" \
            "${internal_pkgs[@]+"${internal_pkgs[@]}"}" "${external[@]}"
    fi
    if has defaulter; then
        kodegen::quote defaulter-gen --output-file zz_generated.defaults.go "${header[@]+"${header[@]}"}" "${external[@]}"
    fi
    if has conversion; then
        kodegen::quote conversion-gen --output-file zz_generated.conversion.go "${header[@]+"${header[@]}"}" "${external[@]}"
    fi
    if has applyconfiguration; then
        apply_pkg="${out_pkg}/applyconfiguration"
        kodegen::quote applyconfiguration-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${apply_pkg}")" --output-pkg "${apply_pkg}" "${external[@]}"
    fi
    if has client; then
        local inputs=() p
        for p in "${external[@]}"; do inputs+=(--input "${p}"); done
        kodegen::quote client-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${cs_pkg}")" --output-pkg "${cs_pkg}" \
            --clientset-name "${cs_name}" --input-base "" --apply-configuration-package "${apply_pkg}" \
            --plural-exceptions "${PLURAL}" "${inputs[@]}"
        if [ "${#internal_pkgs[@]}" -gt 0 ]; then
            inputs=()
            for p in "${internal_pkgs[@]}"; do inputs+=(--input "${p}/"); done # a trailing slash: no version
            kodegen::quote client-gen "${header[@]+"${header[@]}"}" \
                --output-dir "$(groups::dir_of "${cs_pkg}")" --output-pkg "${cs_pkg}" \
                --clientset-name "${CLIENTSET_NAME_INTERNAL:-internalversion}" --input-base "" \
                --plural-exceptions "${PLURAL}" "${inputs[@]}"
        fi
    fi
    if has lister; then
        kodegen::quote lister-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${out_pkg}/listers")" --output-pkg "${out_pkg}/listers" \
            --plural-exceptions "${PLURAL}" "${internal_pkgs[@]+"${internal_pkgs[@]}"}" "${external[@]}"
    fi
    if has informer; then
        local internal_cs=()
        if [ "${#internal_pkgs[@]}" -gt 0 ]; then
            internal_cs=(--internal-clientset-package "${cs_pkg}/${CLIENTSET_NAME_INTERNAL:-internalversion}")
        fi
        kodegen::quote informer-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${out_pkg}/informers")" --output-pkg "${out_pkg}/informers" \
            --versioned-clientset-package "${cs_pkg}/${cs_name}" "${internal_cs[@]+"${internal_cs[@]}"}" \
            --listers-package "${out_pkg}/listers" \
            --plural-exceptions "${PLURAL}" "${internal_pkgs[@]+"${internal_pkgs[@]}"}" "${external[@]}"
    fi
}
