#!/usr/bin/env bash
# The classic generate-groups.sh interface (code-generator before 1.30),
# backed by one `kodegen batch` run:
#
#   generate-groups.sh <generators> <output-package> <apis-package> <groups-versions> [flags]
#
#   <generators>      comma separated: deepcopy,defaulter,applyconfiguration,client,lister,informer, or "all"
#   <output-package>  e.g. github.com/example/project/pkg/generated
#   <apis-package>    e.g. github.com/example/project/pkg/apis
#   <groups-versions> e.g. "foo:v1 bar:v1alpha1,v1beta1" (relative to <apis-package>)
#   flags             every flag the 1.2x scripts and generators took: -h/--go-header-file FILE,
#                     -o/--output-base DIR (files for package P go to DIR/P, the in-place ones
#                     too; default: $GOPATH/src, as before), --plural-exceptions LIST,
#                     -v N, --verify(-only), -n/--clientset-name, the generators' own flags (passed
#                     to the generator that knows them); the rest (-i, -p, -O, --bounding-dirs,
#                     --trim-path-prefix, klog flags, …) are ignored with a one-line note.
# CLIENTSET_NAME_VERSIONED (versioned) and CLIENTSET_PKG_NAME (clientset) are honoured as before.
# KODEGEN_TARGET_VERSION=v0.34 writes for that client-go release (default: the go.mod's).
set -o errexit
set -o nounset
set -o pipefail

# shellcheck source=lib/kodegen.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/kodegen.sh"
# shellcheck source=lib/groups.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/groups.sh"

if [ "$#" -lt 4 ] || [ "${1}" == "--help" ]; then
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
fi

GENS="$1" OUTPUT_PKG="$2" APIS_PKG="$3" GROUPS_WITH_VERSIONS="$4"
shift 4
groups::parse_flags "$@"
if [ "${GENS}" = "all" ]; then GENS="deepcopy,applyconfiguration,client,lister,informer"; fi

FQ_APIS=()
for gv in ${GROUPS_WITH_VERSIONS}; do
    group="${gv%%:*}"
    IFS=, read -r -a versions <<< "${gv#*:}"
    for v in "${versions[@]}"; do FQ_APIS+=("${APIS_PKG}/${group}/${v}"); done
done

groups::lines "${GENS}" "${OUTPUT_PKG}" "" "${FQ_APIS[@]}" | kodegen::batch "${BATCH_FLAGS[@]+"${BATCH_FLAGS[@]}"}"
groups::mirror_in_place "${GENS}" "" "${FQ_APIS[@]}"
