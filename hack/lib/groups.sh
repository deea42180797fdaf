# Shared by generate-groups.sh and generate-internal-groups.sh: their flags,
# where an output package lives on disk, and the command lines for kodegen.

HEADER="" OUTPUT_BASE="" PLURAL="" BATCH_FLAGS=()
CS_NAME="" APPLY_PKG_FLAG="" HAS_APPLY_PKG_FLAG="" VERIFY=""
CLIENT_FLAGS=() INFORMER_FLAGS=() APPLY_FLAGS=() CONVERSION_FLAGS=() DEFAULTER_FLAGS=()
OPENAPI_REPORT="-" # openapi-gen's default: the violations on the standard output
GROUPS_SCRIPT="$(basename "$0")"

# groups::note prints a one-line note about a flag that means nothing now.
function groups::note() {
    echo "${GROUPS_SCRIPT}: note: $1" >&2
}

# groups::parse_flags takes every flag the scripts and the generators of the
# 1.2x era took (the scripts passed their extra arguments to every
# generator): those that still mean something are mapped onto today's
# flags, the generator that knows one gets it, the others are ignored with
# a note.
function groups::parse_flags() {
    while [ "$#" -gt 0 ]; do
        local name="$1" value="" n=2 inline=""
        case "${name}" in
            --*=*|-?=*) value="${name#*=}"; name="${name%%=*}"; n=1; inline=1 ;;
            *) value="${2-}" ;;
        esac
        case "${name}" in
            # Booleans: no value unless written --flag=value.
            --verify|--verify-only|--clientset-only|--fake-clientset|--single-directory|--skip-unsafe|--prefers-protobuf|\
            --include-test-files|--logtostderr|--alsologtostderr|--add_dir_header|--skip_headers|--skip_log_headers|--one_output)
                [ -n "${inline}" ] || { value=true; n=1; } ;;
            *)
                if [ -z "${inline}" ] && [ "$#" -lt 2 ]; then
                    echo "${GROUPS_SCRIPT}: flag ${name} needs a value" >&2
                    exit 2
                fi ;;
        esac
        case "${name}" in
            -h|--go-header-file) HEADER="${value}" ;;
            -o|--output-base) OUTPUT_BASE="${value}" ;;
            --plural-exceptions) PLURAL="${value}" ;;
            -v|--v) BATCH_FLAGS+=(-v "${value}") ;;
            --verify|--verify-only) if [ "${value}" = true ]; then BATCH_FLAGS+=(--verify); VERIFY=1; fi ;;
            -n|--clientset-name) CS_NAME="${value}" ;;
            --apply-configuration-package) APPLY_PKG_FLAG="${value}"; HAS_APPLY_PKG_FLAG=1 ;;
            --clientset-api-path|--included-types-overrides) CLIENT_FLAGS+=("${name}=${value}") ;;
            --clientset-only|--fake-clientset|--prefers-protobuf) CLIENT_FLAGS+=("${name}=${value}") ;;
            --single-directory|--listers-package|--versioned-clientset-package|--internal-clientset-package)
                INFORMER_FLAGS+=("${name}=${value}") ;;
            --external-applyconfigurations|--openapi-schema) APPLY_FLAGS+=("${name}=${value}") ;;
            --extra-peer-dirs) CONVERSION_FLAGS+=("${name}=${value}"); DEFAULTER_FLAGS+=("${name}=${value}") ;;
            --base-peer-dirs|--skip-unsafe) CONVERSION_FLAGS+=("${name}=${value}") ;;
            -i|--input-dirs|-p|--output-package|--clientset-path|-O|--output-file-base|--input|--input-base|--input-base-path)
                groups::note "${name} ignored: the script sets it from its arguments" ;;
            -r|--report-filename) OPENAPI_REPORT="${value}" ;;
            --bounding-dirs|--trim-path-prefix|--build-tag|--extra-dirs|--include-test-files)
                groups::note "${name} ignored: it no longer changes what is generated" ;;
            --vmodule|--log_dir|--log_file|--log_file_max_size|--stderrthreshold|--log_backtrace_at|\
            --logtostderr|--alsologtostderr|--add_dir_header|--skip_headers|--skip_log_headers|--one_output)
                groups::note "${name} ignored: a klog flag; kodegen logs to stderr (-v sets the level)" ;;
            *) echo "${GROUPS_SCRIPT}: unknown flag: ${name}" >&2; exit 2 ;;
        esac
        shift "${n}"
    done
    # The old scripts' default (their generators wrote to gengo's default
    # source tree): repositories either live there or copy the output back
    # (`cp -r ./<import path>/. .`).
    if [ -z "${OUTPUT_BASE}" ]; then
        local gopath
        gopath="$(go env GOPATH)"
        OUTPUT_BASE="${gopath%%:*}/src"
    fi
}

# groups::mirror_in_place copies what the in-place generators wrote into the
# GOPATH-shaped tree below --output-base (the packages' folders there),
# where the generators of the 1.2x era wrote it and scripts copy it from.
# GENS and the internal and external packages as for groups::lines.
function groups::mirror_in_place() {
    local gens="$1" internal="$2"
    shift 2
    [ -n "${OUTPUT_BASE}" ] && [ -z "${VERIFY}" ] && [ "${KODEGEN_VERIFY:-}" != true ] || return 0
    grep -qwE 'deepcopy|defaulter|conversion' <<< "${gens//,/ }" || return 0
    local internal_pkgs=() pkg dir dst file
    read -r -a internal_pkgs <<< "${internal}"
    local all=("${internal_pkgs[@]+"${internal_pkgs[@]}"}" "$@")
    while read -r pkg dir; do
        dst="${OUTPUT_BASE}/${pkg}"
        mkdir -p "${dst}"
        [ "$(cd "${dst}" && pwd -P)" != "$(cd "${dir}" && pwd -P)" ] || continue
        for file in deepcopy:zz_generated.deepcopy.go defaulter:zz_generated.defaults.go conversion:zz_generated.conversion.go; do
            if grep -qw "${file%%:*}" <<< "${gens//,/ }" && [ -f "${dir}/${file#*:}" ]; then
                cp -p "${dir}/${file#*:}" "${dst}/"
            fi
        done
    done < <(GO111MODULE=on go list -f '{{.ImportPath}} {{.Dir}}' "${all[@]}")
}

# groups::dir_of prints the folder of an output package, below --output-base.
function groups::dir_of() {
    echo "${OUTPUT_BASE}/$1"
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
    local cs_name="${CS_NAME:-${CLIENTSET_NAME_VERSIONED:-versioned}}"
    local apply_pkg=""
    local has
    has() { grep -qw "$1" <<< "${gens//,/ }"; }

    if has deepcopy; then
        kodegen::quote deepcopy-gen --output-file zz_generated.deepcopy.go "${header[@]+"${header[@]}"}" \
            "${internal_pkgs[@]+"${internal_pkgs[@]}"}" "${external[@]}"
    fi
    if has defaulter; then
        kodegen::quote defaulter-gen --output-file zz_generated.defaults.go "${header[@]+"${header[@]}"}" \
            "${DEFAULTER_FLAGS[@]+"${DEFAULTER_FLAGS[@]}"}" "${external[@]}"
    fi
    if has conversion; then
        kodegen::quote conversion-gen --output-file zz_generated.conversion.go "${header[@]+"${header[@]}"}" \
            "${CONVERSION_FLAGS[@]+"${CONVERSION_FLAGS[@]}"}" "${external[@]}"
    fi
    if has openapi; then
        # As generate-internal-groups.sh of the 1.2x era: the versioned
        # packages, $OPENAPI_EXTRA_PACKAGES, then apimachinery's.
        local extra=()
        read -r -a extra <<< "${OPENAPI_EXTRA_PACKAGES[*]:-}"
        kodegen::quote openapi-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${out_pkg}/openapi")" --output-pkg "${out_pkg}/openapi" \
            --output-file zz_generated.openapi.go --report-filename "${OPENAPI_REPORT}" \
            "${external[@]}" "${extra[@]+"${extra[@]}"}" \
            k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/runtime k8s.io/apimachinery/pkg/version
    fi
    if has applyconfiguration; then
        apply_pkg="${out_pkg}/applyconfiguration"
        kodegen::quote applyconfiguration-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${apply_pkg}")" --output-pkg "${apply_pkg}" \
            "${APPLY_FLAGS[@]+"${APPLY_FLAGS[@]}"}" "${external[@]}"
    fi
    if [ -n "${HAS_APPLY_PKG_FLAG}" ]; then apply_pkg="${APPLY_PKG_FLAG}"; fi
    if has client; then
        local inputs=() p
        for p in "${external[@]}"; do inputs+=(--input "${p}"); done
        kodegen::quote client-gen "${header[@]+"${header[@]}"}" \
            --output-dir "$(groups::dir_of "${cs_pkg}")" --output-pkg "${cs_pkg}" \
            --clientset-name "${cs_name}" --input-base "" --apply-configuration-package "${apply_pkg}" \
            --plural-exceptions "${PLURAL}" "${CLIENT_FLAGS[@]+"${CLIENT_FLAGS[@]}"}" "${inputs[@]}"
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
            --plural-exceptions "${PLURAL}" "${INFORMER_FLAGS[@]+"${INFORMER_FLAGS[@]}"}" "${internal_pkgs[@]+"${internal_pkgs[@]}"}" "${external[@]}"
    fi
}
