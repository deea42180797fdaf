#!/usr/bin/env bash
# The classic generate-internal-groups.sh interface (code-generator before
# 1.30), for API servers with internal and versioned types, backed by one
# `kodegen batch` run:
#
#   generate-internal-groups.sh <generators> <output-package> <internal-apis-package> <external-apis-package> <groups-versions> [flags]
#
#   <generators>            comma separated: deepcopy,defaulter,conversion,client,lister,informer,openapi, or "all"
#   <output-package>        e.g. github.com/example/project/pkg/generated
#   <internal-apis-package> e.g. github.com/example/project/pkg/apis (internal types in <group>/)
#   <external-apis-package> e.g. github.com/example/project/pkg/apis (versions in <group>/<version>/)
#   <groups-versions>       e.g. "foo:v1 bar:v1alpha1,v1beta1"
#   flags                   as generate-groups.sh: every flag of the 1.2x scripts and generators
#                           (-h, -o, --plural-exceptions, -r, -v, …), mapped or ignored with a note
#
# openapi writes <output-package>/openapi/zz_generated.openapi.go from the versioned packages,
# $OPENAPI_EXTRA_PACKAGES and apimachinery's, its API rule report to -r (default: standard output).
set -o errexit
set -o nounset
set -o pipefail

# shellcheck source=lib/kodegen.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/kodegen.sh"
# shellcheck source=lib/groups.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/groups.sh"

if [ "$#" -lt 5 ] || [ "${1}" == "--help" ]; then
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
fi

GENS="$1" OUTPUT_PKG="$2" INT_APIS_PKG="$3" EXT_APIS_PKG="$4" GROUPS_WITH_VERSIONS="$5"
shift 5
groups::parse_flags "$@"
if [ "${GENS}" = "all" ]; then GENS="deepcopy,defaulter,conversion,client,lister,informer,openapi"; fi

INTERNAL=() EXTERNAL=()
for gv in ${GROUPS_WITH_VERSIONS}; do
    group="${gv%%:*}"
    INTERNAL+=("${INT_APIS_PKG}/${group}")
    IFS=, read -r -a versions <<< "${gv#*:}"
    for v in "${versions[@]}"; do EXTERNAL+=("${EXT_APIS_PKG}/${group}/${v}"); done
done

groups::lines "${GENS}" "${OUTPUT_PKG}" "${INTERNAL[*]}" "${EXTERNAL[@]}" | kodegen::batch "${BATCH_FLAGS[@]+"${BATCH_FLAGS[@]}"}"
groups::mirror_in_place "${GENS}" "${INTERNAL[*]}" "${EXTERNAL[@]}"
