#!/usr/bin/env bash
# A drop-in for k8s.io/code-generator's kube_codegen.sh (v0.37): the same
# functions, flags and output, sourced the same way:
#
#   source "${KODEGEN_ROOT}/hack/kube_codegen.sh"
#   kube::codegen::gen_helpers --boilerplate hack/boilerplate.go.txt ./pkg/apis
#   kube::codegen::gen_client --with-watch --output-dir pkg/generated \
#       --output-pkg example.com/project/pkg/generated ./pkg/apis
#
# Each function runs kodegen once, on one package load, instead of a
# `go install` and one process per generator. Files whose bytes did not
# change are not rewritten, stale generated files are deleted, and
# --boilerplate may be left out (no header). KODEGEN_VERIFY=true turns every
# call into a check that prints a diff and fails when something is stale.
# KODEGEN_TARGET_VERSION=v0.34 writes for that client-go release instead of
# the one the output module's go.mod requires (docs/versions.md).
# gen_openapi runs kodegen's openapi-gen with upstream's gen_openapi flags.

set -o errexit
set -o nounset
set -o pipefail

# shellcheck source=lib/kodegen.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/kodegen.sh"

# kube::codegen::internal::pkgs_with prints the import path of every
# package below dir that has a Go file matching the regex, sorted.
function kube::codegen::internal::pkgs_with() {
    local dir="$1" regex="$2"
    local dirs=()
    while read -r d; do
        dirs+=("${d}")
    done < <(
        ( grep -l -r -E --null --include '*.go' --exclude-dir vendor -e "${regex}" "${dir}" || true ) \
            | while read -r -d $'\0' f; do dirname "${f}"; done | LC_ALL=C sort -u
    )
    if [ "${#dirs[@]}" -gt 0 ]; then
        local abs=()
        for d in "${dirs[@]}"; do abs+=("$(cd "${d}" && pwd -P)"); done
        GO111MODULE=on go list -find "${abs[@]}"
    fi
}

# kube::codegen::internal::header_args prints the header flag, given even
# when empty: no --boilerplate means no header, whatever files exist.
function kube::codegen::internal::header_args() {
    echo "--go-header-file"
    echo "$1"
}

# The packages upstream passes as --readonly-pkg to validation-gen and
# openapi-gen.
KUBE_CODEGEN_READONLY_PKGS=(
    k8s.io/apimachinery/pkg/apis/meta/v1
    k8s.io/apimachinery/pkg/api/resource
    k8s.io/apimachinery/pkg/runtime
    k8s.io/apimachinery/pkg/types
    k8s.io/apimachinery/pkg/util/intstr
    k8s.io/apimachinery/pkg/version
    time
)

# Generate tagged helper code: conversions, deepcopy, defaults and
# validations, all kodegen's, in one batch.
#
# USAGE: kube::codegen::gen_helpers [FLAGS] <input-dir>
#   --boilerplate <string>     header file for generated files (optional)
#   --extra-peer-dir <string>  extra peer package for conversion-gen (repeatable)
#   --lint-rules <string>      lint rules for the generators
function kube::codegen::gen_helpers() {
    local in_dir="" boilerplate="" lint_rules=""
    local v="${KUBE_VERBOSE:-0}"
    local extra_peers=()
    while [ "$#" -gt 0 ]; do
        case "$1" in
            "--boilerplate") boilerplate="$2"; shift 2 ;;
            "--extra-peer-dir") extra_peers+=("$2"); shift 2 ;;
            "--lint-rules") lint_rules="$2"; shift 2 ;;
            *)
                if [[ "$1" =~ ^-- ]]; then echo "unknown argument: $1" >&2; return 1; fi
                if [ -n "$in_dir" ]; then echo "too many arguments: $1 (already have $in_dir)" >&2; return 1; fi
                in_dir="$1"; shift ;;
        esac
    done
    if [ -z "${in_dir}" ]; then echo "input-dir argument is required" >&2; return 1; fi
    kodegen::check_markers deepcopy,defaulter,conversion "${in_dir}" || return $?

    local common=()
    mapfile -t common < <(kube::codegen::internal::header_args "${boilerplate}")
    if [ -n "${lint_rules}" ]; then common+=("--lint-rules" "${lint_rules}"); fi
    local lines=() pkgs=()

    mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}" '^\s*//\s*\+k8s:deepcopy-gen=')
    if [ "${#pkgs[@]}" != 0 ]; then
        echo "Generating deepcopy code for ${#pkgs[@]} targets"
        lines+=("$(kodegen::quote deepcopy-gen --output-file zz_generated.deepcopy.go "${common[@]+"${common[@]}"}" "${pkgs[@]}")")
    fi
    mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}" '^\s*//\s*\+k8s:validation-gen=')
    if [ "${#pkgs[@]}" != 0 ]; then
        echo "Generating validation code for ${#pkgs[@]} targets"
        local readonly_args=() p
        for p in "${KUBE_CODEGEN_READONLY_PKGS[@]}"; do readonly_args+=("--readonly-pkg" "${p}"); done
        lines+=("$(kodegen::quote validation-gen --output-file zz_generated.validations.go "${readonly_args[@]}" "${common[@]+"${common[@]}"}" "${pkgs[@]}")")
    fi
    mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}" '^\s*//\s*\+k8s:defaulter-gen=')
    if [ "${#pkgs[@]}" != 0 ]; then
        echo "Generating defaulter code for ${#pkgs[@]} targets"
        lines+=("$(kodegen::quote defaulter-gen --output-file zz_generated.defaults.go "${common[@]+"${common[@]}"}" "${pkgs[@]}")")
    fi
    mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}" '^\s*//\s*\+k8s:conversion-gen=')
    if [ "${#pkgs[@]}" != 0 ]; then
        echo "Generating conversion code for ${#pkgs[@]} targets"
        local peers=() p
        for p in "${extra_peers[@]+"${extra_peers[@]}"}"; do peers+=("--extra-peer-dirs" "${p}"); done
        lines+=("$(kodegen::quote conversion-gen --output-file zz_generated.conversion.go "${common[@]+"${common[@]}"}" "${peers[@]+"${peers[@]}"}" "${pkgs[@]}")")
    fi
    if [ "${#lines[@]}" != 0 ]; then
        printf '%s\n' "${lines[@]}" | kodegen::batch -v "${v}" --prune-root "${in_dir}" || return 1
    fi
}

# Generate client code: clientset, and optionally listers, informers and
# apply configurations.
#
# USAGE: kube::codegen::gen_client [FLAGS] <input-dir>
#   --one-input-api <string>, --output-dir <string>, --output-pkg <string>,
#   --boilerplate <string>, --clientset-name <string = "clientset">,
#   --versioned-name <string = "versioned">, --with-applyconfig,
#   --applyconfig-name <string = "applyconfiguration">,
#   --applyconfig-externals <string>, --applyconfig-openapi-schema <string>,
#   --with-watch, --listers-name <string = "listers">,
#   --informers-name <string = "informers">, --plural-exceptions <string>,
#   --prefers-protobuf, --lint-rules <string>
function kube::codegen::gen_client() {
    local in_dir="" one_input_api="" out_dir="" out_pkg="" boilerplate="" lint_rules=""
    local clientset_subdir="clientset" clientset_versioned_name="versioned"
    local applyconfig="false" applyconfig_subdir="applyconfiguration" applyconfig_external="" applyconfig_openapi_schema=""
    local watchable="false" listers_subdir="listers" informers_subdir="informers"
    local plural_exceptions="" prefers_protobuf="false"
    local v="${KUBE_VERBOSE:-0}"
    while [ "$#" -gt 0 ]; do
        case "$1" in
            "--one-input-api") one_input_api="/$2"; shift 2 ;;
            "--output-dir") out_dir="$2"; shift 2 ;;
            "--output-pkg") out_pkg="$2"; shift 2 ;;
            "--boilerplate") boilerplate="$2"; shift 2 ;;
            "--clientset-name") clientset_subdir="$2"; shift 2 ;;
            "--versioned-name") clientset_versioned_name="$2"; shift 2 ;;
            "--with-applyconfig") applyconfig="true"; shift ;;
            "--applyconfig-name") applyconfig_subdir="$2"; shift 2 ;;
            "--applyconfig-externals") applyconfig_external="$2"; shift 2 ;;
            "--applyconfig-openapi-schema") applyconfig_openapi_schema="$2"; shift 2 ;;
            "--with-watch") watchable="true"; shift ;;
            "--listers-name") listers_subdir="$2"; shift 2 ;;
            "--informers-name") informers_subdir="$2"; shift 2 ;;
            "--plural-exceptions") plural_exceptions="$2"; shift 2 ;;
            "--prefers-protobuf") prefers_protobuf="true"; shift ;;
            "--lint-rules") lint_rules="$2"; shift 2 ;;
            *)
                if [[ "$1" =~ ^-- ]]; then echo "unknown argument: $1" >&2; return 1; fi
                if [ -n "$in_dir" ]; then echo "too many arguments: $1 (already have $in_dir)" >&2; return 1; fi
                in_dir="$1"; shift ;;
        esac
    done
    if [ -z "${in_dir}" ]; then echo "input-dir argument is required" >&2; return 1; fi
    if [ -z "${out_dir}" ]; then echo "--output-dir is required" >&2; return 1; fi
    if [ -z "${out_pkg}" ]; then echo "--output-pkg is required" >&2; return 1; fi
    kodegen::below --clientset-name "${clientset_subdir}" "--output-dir" || return $?
    kodegen::below --versioned-name "${clientset_versioned_name}" "the clientset folder" || return $?
    kodegen::below --applyconfig-name "${applyconfig_subdir}" "--output-dir" || return $?
    kodegen::below --listers-name "${listers_subdir}" "--output-dir" || return $?
    kodegen::below --informers-name "${informers_subdir}" "--output-dir" || return $?
    local checked="client"
    if [ "${watchable}" == "true" ]; then checked+=",lister,informer"; fi
    if [ "${applyconfig}" == "true" ]; then checked+=",applyconfiguration"; fi
    kodegen::check_markers "${checked}" "${in_dir}${one_input_api}" || return $?

    local common=()
    mapfile -t common < <(kube::codegen::internal::header_args "${boilerplate}")
    if [ -n "${lint_rules}" ]; then common+=("--lint-rules" "${lint_rules}"); fi

    local group_versions=() input_pkgs=() line pkg dir leaf
    while read -r line; do
        pkg="${line%% *}"; dir="${line#* }"
        leaf="$(basename "${dir}")"
        if grep -E -q '^v[0-9]+((alpha|beta)[0-9]+)?$' <<< "${leaf}"; then
            input_pkgs+=("${pkg}")
            group_versions+=("$(basename "$(dirname "${dir}")")/${leaf}")
        fi
    done < <(
        local pkgs=()
        mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}${one_input_api}" '^\s*//\s*\+genclient')
        if [ "${#pkgs[@]}" != 0 ]; then GO111MODULE=on go list -find -f '{{.ImportPath}} {{.Dir}}' "${pkgs[@]}"; fi
    )
    if [ "${#group_versions[@]}" == 0 ]; then return 0; fi

    local lines=() roots=()
    local applyconfig_pkg=""
    if [ "${applyconfig}" == "true" ]; then
        applyconfig_pkg="${out_pkg}/${applyconfig_subdir}"
        echo "Generating applyconfig code for ${#input_pkgs[@]} targets"
        lines+=("$(kodegen::quote applyconfiguration-gen "${common[@]+"${common[@]}"}" \
            --output-dir "${out_dir}/${applyconfig_subdir}" --output-pkg "${applyconfig_pkg}" \
            --external-applyconfigurations "${applyconfig_external}" \
            --openapi-schema "${applyconfig_openapi_schema}" "${input_pkgs[@]}")")
        roots+=(--prune-root "${out_dir}/${applyconfig_subdir}")
    fi
    echo "Generating client code for ${#group_versions[@]} targets"
    local inputs=() gv
    for gv in "${group_versions[@]}"; do inputs+=("--input" "${gv}"); done
    lines+=("$(kodegen::quote client-gen "${common[@]+"${common[@]}"}" \
        --output-dir "${out_dir}/${clientset_subdir}" --output-pkg "${out_pkg}/${clientset_subdir}" \
        --clientset-name "${clientset_versioned_name}" --apply-configuration-package "${applyconfig_pkg}" \
        --input-base "$(cd "${in_dir}" && pwd -P)" --plural-exceptions "${plural_exceptions}" \
        --prefers-protobuf="${prefers_protobuf}" "${inputs[@]}")")
    roots+=(--prune-root "${out_dir}/${clientset_subdir}")
    if [ "${watchable}" == "true" ]; then
        echo "Generating lister code for ${#input_pkgs[@]} targets"
        lines+=("$(kodegen::quote lister-gen "${common[@]+"${common[@]}"}" \
            --output-dir "${out_dir}/${listers_subdir}" --output-pkg "${out_pkg}/${listers_subdir}" \
            --plural-exceptions "${plural_exceptions}" "${input_pkgs[@]}")")
        echo "Generating informer code for ${#input_pkgs[@]} targets"
        lines+=("$(kodegen::quote informer-gen "${common[@]+"${common[@]}"}" \
            --output-dir "${out_dir}/${informers_subdir}" --output-pkg "${out_pkg}/${informers_subdir}" \
            --versioned-clientset-package "${out_pkg}/${clientset_subdir}/${clientset_versioned_name}" \
            --listers-package "${out_pkg}/${listers_subdir}" \
            --plural-exceptions "${plural_exceptions}" "${input_pkgs[@]}")")
        roots+=(--prune-root "${out_dir}/${listers_subdir}" --prune-root "${out_dir}/${informers_subdir}")
    fi
    printf '%s\n' "${lines[@]}" | kodegen::batch -v "${v}" "${roots[@]}"
}

# Generate register code.
#
# USAGE: kube::codegen::gen_register [FLAGS] <input-dir>
#   --boilerplate <string>, --lint-rules <string>
function kube::codegen::gen_register() {
    local in_dir="" boilerplate="" lint_rules=""
    local v="${KUBE_VERBOSE:-0}"
    while [ "$#" -gt 0 ]; do
        case "$1" in
            "--boilerplate") boilerplate="$2"; shift 2 ;;
            "--lint-rules") lint_rules="$2"; shift 2 ;;
            *)
                if [[ "$1" =~ ^-- ]]; then echo "unknown argument: $1" >&2; return 1; fi
                if [ -n "$in_dir" ]; then echo "too many arguments: $1 (already have $in_dir)" >&2; return 1; fi
                in_dir="$1"; shift ;;
        esac
    done
    if [ -z "${in_dir}" ]; then echo "input-dir argument is required" >&2; return 1; fi
    kodegen::check_markers register "${in_dir}" || return $?
    local common=() pkgs=()
    mapfile -t common < <(kube::codegen::internal::header_args "${boilerplate}")
    if [ -n "${lint_rules}" ]; then common+=("--lint-rules" "${lint_rules}"); fi
    mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}" '^\s*//\s*\+groupName')
    if [ "${#pkgs[@]}" == 0 ]; then return 0; fi
    echo "Generating register code for ${#pkgs[@]} targets"
    kodegen::quote register-gen --output-file zz_generated.register.go "${common[@]+"${common[@]}"}" "${pkgs[@]}" \
        | kodegen::batch -v "${v}" --prune-root "${in_dir}"
}

# Generate OpenAPI definitions (and, with --output-model-name-file, model
# names) with kodegen's openapi-gen, run with the flags upstream's
# gen_openapi gives k8s.io/kube-openapi's: same inputs (the apimachinery
# packages first, then every package below <input-dir> with a +k8s:openapi
# marker), same --readonly-pkg list, same bytes.
#
# The API rule violation report works as upstream's: the new report is
# compared with --report-filename (the known violations; created empty when
# missing) and a difference fails with the diff; --update-report writes the
# new report there instead. With KODEGEN_VERIFY=true the report is verified
# like every generated file: a new violation fails with its diff, and
# nothing is written.
#
# USAGE: kube::codegen::gen_openapi [FLAGS] <input-dir>
#   --output-dir <string>, --output-pkg <string>, --extra-pkgs <string> (repeatable),
#   --report-filename <string = "/dev/null">, --output-model-name-file <string>,
#   --update-report, --boilerplate <string>
function kube::codegen::gen_openapi() {
    local in_dir="" out_dir="" out_pkg="" report="/dev/null" model_name_file="" update_report=""
    local boilerplate="${KODEGEN_ROOT}/hack/boilerplate.go.txt"
    local v="${KUBE_VERBOSE:-0}"
    local extra_pkgs=()
    while [ "$#" -gt 0 ]; do
        case "$1" in
            "--output-dir") out_dir="$2"; shift 2 ;;
            "--output-pkg") out_pkg="$2"; shift 2 ;;
            "--extra-pkgs") extra_pkgs+=("$2"); shift 2 ;;
            "--report-filename") report="$2"; shift 2 ;;
            "--output-model-name-file") model_name_file="$2"; shift 2 ;;
            "--update-report") update_report="true"; shift ;;
            "--boilerplate") boilerplate="$2"; shift 2 ;;
            *)
                if [[ "$1" =~ ^-- ]]; then echo "unknown argument: $1" >&2; return 1; fi
                if [ -n "$in_dir" ]; then echo "too many arguments: $1 (already have $in_dir)" >&2; return 1; fi
                in_dir="$1"; shift ;;
        esac
    done
    if [ -z "${in_dir}" ]; then echo "input-dir argument is required" >&2; return 1; fi
    if [ -z "${out_dir}" ]; then echo "--output-dir is required" >&2; return 1; fi
    if [ -z "${out_pkg}" ]; then echo "--output-pkg is required" >&2; return 1; fi

    local verify=""
    if [ "${KODEGEN_VERIFY:-}" = "true" ]; then verify="true"; fi
    if [ ! -e "${report}" ]; then touch "${report}"; fi # as upstream: the known list starts empty
    local new_report="${report}" tmp=""
    if [ -z "${update_report}" ] && [ -z "${verify}" ]; then
        tmp="$(mktemp -t "kodegen.api_violations.XXXXXX")"
        new_report="${tmp}"
    fi

    local pkgs=()
    mapfile -t pkgs < <(kube::codegen::internal::pkgs_with "${in_dir}" '^\s*//\s*\+k8s:openapi')
    pkgs=("${extra_pkgs[@]+"${extra_pkgs[@]}"}" "${pkgs[@]+"${pkgs[@]}"}")
    if [ "${#pkgs[@]}" != 0 ]; then
        echo "Generating openapi code for ${#pkgs[@]} targets"
        local readonly_args=() p
        for p in "${KUBE_CODEGEN_READONLY_PKGS[@]}"; do readonly_args+=("--readonly-pkg" "${p}"); done
        if ! kodegen::quote openapi-gen --output-file zz_generated.openapi.go --go-header-file "${boilerplate}" \
            --output-dir "${out_dir}" --output-pkg "${out_pkg}" --report-filename "${new_report}" \
            --output-model-name-file="${model_name_file}" "${readonly_args[@]}" \
            k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/runtime k8s.io/apimachinery/pkg/version \
            k8s.io/apimachinery/pkg/api/resource "${pkgs[@]}" \
            | kodegen::batch -v "${v}"; then
            if [ -n "${verify}" ]; then
                echo "ERROR: kube::codegen::gen_openapi: generated OpenAPI code or the API rule report ${report} is out of date (new violations: see api/api-rules/README.md)" >&2
            fi
            if [ -n "${tmp}" ]; then rm -f "${tmp}"; fi
            return 1
        fi
    fi
    if [ -n "${tmp}" ]; then
        local rc=0
        diff -u "${report}" "${tmp}" || rc=$?
        rm -f "${tmp}"
        if [ "${rc}" != 0 ]; then
            echo "ERROR:" >&2
            echo -e "\tAPI rule check failed for ${report}: new reported violations" >&2
            echo -e "\tPlease read api/api-rules/README.md" >&2
            return 1
        fi
    fi
}
