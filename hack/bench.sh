#!/usr/bin/env bash
# Times upstream k8s.io/code-generator v0.37.2 against kodegen on the oracle
# corpora (ORACLE.md), alternating runs on identical scratch copies, and
# prints medians, ratios and peak memory as Markdown, in three states:
#
#   warm       the go build cache and kodegen's type cache as a developer's
#              machine has them (after a warm-up run)
#   cold       an empty GOCACHE for every timed command (a fresh CI runner
#              whose kodegen type cache was restored, or a second job),
#              both sides
#   cold-all   an empty GOCACHE and an empty kodegen cache (a fresh CI
#              runner, nothing restored); upstream has no cache of its own,
#              so its figures are those of "cold"
#
# The module cache is warm in every state (both sides read it alike).
#
#   hack/bench.sh            # 5 runs of everything
#   RUNS=3 hack/bench.sh     # fewer runs
#   STATES=cold hack/bench.sh               # some states only
#   CASES='sample/conversion-gen|rerun' hack/bench.sh
#                            # some cases only: a regular expression over
#                            # CORPUS/TOOL, CORPUS/all, CORPUS/rerun
#                            # (CORPUS: api, sample, lifecycle:
#                            # prerelease-lifecycle-gen on k8s.io/api, or
#                            # validation: validation-gen on code-generator's
#                            # output_tests, apival: validation-gen on
#                            # k8s.io/api with apimachinery, the published
#                            # validations)
#   CASES=capi/object hack/bench.sh         # controller-gen object (controller-tools
#                            # v0.23.0) vs kodegen on sigs.k8s.io/cluster-api/api v1.14.2
#   CASES='capi/object\+crd' hack/bench.sh # controller-gen object and crd in one
#                            # run on cluster-api/api (kuberay/object\+crd: on
#                            # kuberay's whole ray-operator, paths=./...)
#   CASES='^examples/' hack/bench.sh        # examples/gen+crd: kodegen's examples/
#                            # module, clients and CRDs: upstream kube_codegen.sh's
#                            # gen_helpers, gen_openapi and gen_client, then
#                            # controller-gen v0.23.0 crd, vs one `kodegen gen`
#                            # with crd (the case's comment has the command lines)
#   BENCH_CORPORA=<dir> hack/bench.sh       # corpora prepared before, by
#     KODEGEN_CORPUS_OUT=<dir> go test -run '^TestPrepareBenchCorpora$' ./test/conformance/
#
# Upstream's binaries are installed with `go install` into a temporary GOBIN;
# ours are built from this checkout. Every run's output is checked to be
# byte-identical between the two sides at the end. This is a benchmark, not
# a test: it prints figures and fails only if a tool fails or outputs differ.
set -o errexit -o nounset -o pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd -P)"
RUNS="${RUNS:-5}"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
STATES="${STATES:-warm cold cold-all}"
CASES="${CASES:-.}"
TOOLS=(deepcopy-gen openapi-gen applyconfiguration-gen client-gen lister-gen informer-gen defaulter-gen conversion-gen prerelease-lifecycle-gen validation-gen)
# openapi-gen comes from k8s.io/kube-openapi, at the version code-generator
# v0.37.2 requires (the one in go.mod); the others from code-generator.
CODEGEN_TOOLS=(deepcopy-gen applyconfiguration-gen client-gen lister-gen informer-gen defaulter-gen conversion-gen prerelease-lifecycle-gen validation-gen)

work="$(mktemp -d "${TMPDIR:-/tmp}/kodegen-bench.XXXXXX")"
export work
trap 'chmod -R u+w "${work}" 2>/dev/null; rm -rf "${work}"' EXIT
log() { echo "# $*" >&2; }
# want LABEL: whether CASES selects the case; want_corpus CORPUS: any of its.
want() { [[ "$1" =~ ${CASES} ]]; }
want_corpus() { want "$1/rerun" || want_upstream "$1"; }
# want_upstream CORPUS: whether a selected case runs upstream's tools.
want_upstream() {
    local t
    for t in "${TOOLS[@]}" all; do want "$1/${t}" && return 0; done
    return 1
}

# The warm build cache is the user's; kodegen's caches (type cache, no-change
# records) live in the scratch folder, so "warm" means warmed by this run.
GOCACHE="$(go env GOCACHE)"
export GOCACHE XDG_CACHE_HOME="${work}/xdg"

# The code-generator corpora, unless CASES selects only capi/object.
codegen_cases=false
for c in api sample lifecycle validation apival; do want_corpus "${c}" && codegen_cases=true; done
mkdir -p "${work}/ours"
go build -o "${work}/ours/" ./cmd/...
if [ "${codegen_cases}" = true ]; then
if [ -n "${BENCH_CORPORA:-}" ]; then
    log "copying the corpora prepared earlier in ${BENCH_CORPORA}"
    cp -a "${BENCH_CORPORA}" "${work}/corpora"
else
    log "preparing the corpora (scratch copies, OpenAPI schemas) in ${work}"
    KODEGEN_CORPUS_OUT="${work}/corpora" go test -count=1 -run '^TestPrepareBenchCorpora$' ./test/conformance/ >/dev/null
fi

log "installing upstream v0.37.2"
GOFLAGS=-mod=mod GOBIN="${work}/upstream" go install $(printf 'k8s.io/code-generator/cmd/%s@v0.37.2 ' "${CODEGEN_TOOLS[@]}")
GOFLAGS=-mod=mod GOBIN="${work}/upstream" go install "k8s.io/kube-openapi/cmd/openapi-gen@$(go list -m -f '{{.Version}}' k8s.io/kube-openapi)"

for side in upstream ours; do
    mkdir -p "${work}/${side}-tree"
    cp -a "${work}/corpora/api" "${work}/corpora/client-go" "${work}/corpora/sample" "${work}/corpora/validation" "${work}/corpora/apival" "${work}/${side}-tree/"
    mkdir -p "${work}/${side}-tree/client-go/generatedopenapi"
done
fi

# expand SIDE LINESFILE: print the lines with the side's paths filled in.
expand() {
    local t="${work}/$1-tree"
    sed -e "s|@CG@|${t}/client-go|g" -e "s|@HEADER@|${work}/corpora/header.txt|g" \
        -e "s|@SCHEMA@|${work}/corpora/api.json|g" -e "s|@SAMPLE_SCHEMA@|${work}/corpora/sample.json|g" \
        -e "s|@SAMPLE@|${t}/sample|g" "$2"
}

# timed STATE LABEL -- CMD...: run CMD in STATE, append "STATE/LABEL seconds
# KiB user-seconds system-seconds" to the results. The empty caches are made before and removed after
# the timed command.
timed() {
    local state="$1" label="$2"; shift 3
    local -a env=()
    case "${state}" in
        cold) env=(GOCACHE="$(mktemp -d "${work}/gocache.XXXXXX")") ;;
        cold-all) env=(GOCACHE="$(mktemp -d "${work}/gocache.XXXXXX")" XDG_CACHE_HOME="$(mktemp -d "${work}/xdg.XXXXXX")") ;;
    esac
    /usr/bin/time -f "%e %M %U %S" -o "${work}/time" env "${env[@]}" "$@" >/dev/null 2>"${work}/stderr" || { cat "${work}/stderr" >&2; exit 1; }
    echo "${state}/${label} $(cat "${work}/time")" >> "${work}/results"
    if [ "${state}" != warm ]; then
        chmod -R u+w "${work}"/gocache.* "${work}"/xdg.* 2>/dev/null || true
        rm -rf "${work}"/gocache.* "${work}"/xdg.*
    fi
}

# timed_sides CASE WHAT FUNC: RUNS rounds, in every state, of FUNC SIDE
# (a function of this script, declared into the timed shell with work and
# ROOT) for upstream then ours, timed as CASE/SIDE; cold-all times only
# ours (upstream has no cache of its own).
timed_sides() {
    local name="$1" what="$2" fn="$3" r state side
    for r in $(seq "${RUNS}"); do
        for state in ${STATES}; do
            log "run ${r}/${RUNS}, ${state}: ${what}"
            for side in upstream ours; do
                [ "${state}" = cold-all ] && [ "${side}" = upstream ] && continue
                timed "${state}" "${name}/${side}" -- bash -c "work='${work}' ROOT='${ROOT}'; $(declare -f "${fn}"); ${fn} ${side}"
            done
        done
    done
}

# run_line SIDE DIR LINE: run one upstream command line with the side's binary.
run_line() {
    local side="$1" dir="$2" line="$3"
    local -a words
    eval "words=(${line})"
    local bin="${work}/${side}/${words[0]}"
    ( cd "${dir}" && GOFLAGS=-mod=mod "${bin}" "${words[@]:1}" )
}
export -f run_line

# sequence SIDE DIR LINESFILE: every line, one process each (upstream's way).
sequence() {
    local side="$1" dir="$2" file="$3" line
    while IFS= read -r line; do run_line "${side}" "${dir}" "${line}"; done < <(expand "${side}" "${file}")
}

# batch DIR LINESFILE [FLAGS]: all lines in one kodegen process.
batch() {
    local dir="$1" file="$2"; shift 2
    ( cd "${dir}" && expand ours "${file}" | GOFLAGS=-mod=mod "${work}/ours/kodegen" batch --cache-dir "${work}/cache" "$@" )
}

log "warming up (build cache, kodegen's type cache)"
for c in api sample; do
    want_corpus "${c}" || continue
    sequence ours "${work}/ours-tree/${c}" "${work}/corpora/${c}.lines" >/dev/null 2>&1
    want_upstream "${c}" || continue
    sequence upstream "${work}/upstream-tree/${c}" "${work}/corpora/${c}.lines" >/dev/null 2>&1
done
if want_upstream lifecycle; then
    sequence ours "${work}/ours-tree/api" "${work}/corpora/lifecycle.lines" >/dev/null 2>&1
    sequence upstream "${work}/upstream-tree/api" "${work}/corpora/lifecycle.lines" >/dev/null 2>&1
fi
if want_upstream apival; then
    sequence ours "${work}/ours-tree/apival/api" "${work}/corpora/apival.lines" >/dev/null 2>&1
    sequence upstream "${work}/upstream-tree/apival/api" "${work}/corpora/apival.lines" >/dev/null 2>&1
fi
if want_upstream validation; then
    sequence ours "${work}/ours-tree/validation" "${work}/corpora/validation.lines" >/dev/null 2>&1
    sequence upstream "${work}/upstream-tree/validation" "${work}/corpora/validation.lines" >/dev/null 2>&1
fi

# bench_corpus STATE NAME DIR LINESFILE: each line alone on both sides, then
# all lines (upstream: in sequence; kodegen: one batch), alternating.
# Upstream is not run in cold-all (the same state for it as cold).
bench_corpus() {
    local state="$1" name="$2" dir="$3" file="$4" i side tool line
    local -a lines sides=(upstream ours)
    [ "${state}" = cold-all ] && sides=(ours)
    want_corpus "${name}" || return 0
    mapfile -t lines < "${file}"
    for i in "${!lines[@]}"; do
        tool="${lines[$i]%% *}"; tool="${tool//\'/}"
        want "${name}/${tool}" || continue
        for side in "${sides[@]}"; do
            line="$(expand "${side}" <(echo "${lines[$i]}"))"
            timed "${state}" "${name}/${tool}/${side}" -- bash -c 'run_line "$@"' _ "${side}" "${work}/${side}-tree/${dir}" "${line}"
        done
    done
    want "${name}/all" && [ "${#lines[@]}" -gt 1 ] || return 0
    [ "${state}" = cold-all ] || timed "${state}" "${name}/all/upstream" -- bash -c "$(declare -f expand run_line sequence); sequence upstream '${work}/upstream-tree/${dir}' '${file}'"
    timed "${state}" "${name}/all/ours" -- bash -c "$(declare -f expand batch); batch '${work}/ours-tree/${dir}' '${file}' --no-cache"
}

for r in $(seq "${RUNS}"); do
    for state in ${STATES}; do
        log "run ${r}/${RUNS}, ${state}: k8s.io/api"
        bench_corpus "${state}" api api "${work}/corpora/api.lines"
        log "run ${r}/${RUNS}, ${state}: sample-apiserver"
        bench_corpus "${state}" sample sample "${work}/corpora/sample.lines"
        log "run ${r}/${RUNS}, ${state}: prerelease-lifecycle-gen on k8s.io/api"
        bench_corpus "${state}" lifecycle api "${work}/corpora/lifecycle.lines"
        log "run ${r}/${RUNS}, ${state}: validation-gen on code-generator's output_tests"
        bench_corpus "${state}" validation validation "${work}/corpora/validation.lines"
        log "run ${r}/${RUNS}, ${state}: validation-gen on k8s.io/api and apimachinery"
        bench_corpus "${state}" apival apival/api "${work}/corpora/apival.lines"
    done
done

# capi/object: controller-gen's object generator (sigs.k8s.io/controller-tools
# v0.23.0) against kodegen's on sigs.k8s.io/cluster-api/api v1.14.2 (14
# packages, the largest of test/conformance's object corpora), with the
# header its published files carry, each side in its own scratch copy.
if want capi/object; then
    log "controller-gen object: installing controller-gen v0.23.0, copying sigs.k8s.io/cluster-api/api v1.14.2"
    GOFLAGS=-mod=mod GOBIN="${work}/upstream" go install sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0
    capi_src="$(GOFLAGS=-mod=mod go mod download -json sigs.k8s.io/cluster-api/api@v1.14.2 | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    capi_first="$(grep -rl --include=zz_generated.deepcopy.go 'Code generated by controller-gen' "${capi_src}" | sort | head -1)"
    # The header: between the build tag and the "Code generated" line.
    awk 'NR > 2 && /^\/\/ Code generated by controller-gen/ {exit} NR > 2 {print}' "${capi_first}" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "${work}/capi-header.txt"
    for side in upstream ours; do
        cp -r "${capi_src}" "${work}/${side}-capi"
        chmod -R u+w "${work}/${side}-capi"
        grep -rl --include=zz_generated.deepcopy.go 'Code generated by controller-gen' "${work}/${side}-capi" | xargs rm -f
    done
    # capi SIDE: one object run in the side's copy.
    capi() {
        cd "${work}/$1-capi"
        if [ "$1" = upstream ]; then
            GOWORK=off GOFLAGS=-mod=mod "${work}/upstream/controller-gen" object:headerFile="${work}/capi-header.txt" paths=./...
        else
            GOWORK=off GOFLAGS=-mod=mod "${work}/ours/kodegen" controller-gen-object --header-file "${work}/capi-header.txt" ./...
        fi
    }
    capi upstream >/dev/null 2>&1; capi ours >/dev/null 2>&1 # warm-up
    timed_sides capi/object "controller-gen object on cluster-api/api" capi
fi

# CORPUS/object+crd: controller-gen's object and crd generators in one run
# (controller-gen v0.23.0's `object:headerFile=... crd... paths=./...
# output:crd:artifacts:config=...`) against kodegen's controller-gen with
# the same arguments, each side in its own scratch copy (the module's
# zz_generated.deepcopy.go removed, CRDs into a fresh folder):
#   capi/object+crd     sigs.k8s.io/cluster-api/api v1.14.2 (the header of
#                       its published files)
#   kuberay/object+crd  github.com/ray-project/kuberay/ray-operator v1.5.0,
#                       the whole operator as paths=./... with its Makefile's
#                       CRD_OPTIONS and header
cg_cases=()
want capi/object+crd && cg_cases+=(capi)
want kuberay/object+crd && cg_cases+=(kuberay)
if [ "${#cg_cases[@]}" -gt 0 ]; then
    [ -x "${work}/upstream/controller-gen" ] || GOFLAGS=-mod=mod GOBIN="${work}/upstream" go install sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0
    for c in "${cg_cases[@]}"; do
        case "${c}" in
            capi) mod=sigs.k8s.io/cluster-api/api@v1.14.2 ;;
            kuberay) mod=github.com/ray-project/kuberay/ray-operator@v1.5.0 ;;
        esac
        log "controller-gen object+crd: copying ${mod}"
        src="$(GOFLAGS=-mod=mod go mod download -json "${mod}" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
        if [ "${c}" = capi ]; then
            first="$(grep -rl --include=zz_generated.deepcopy.go 'Code generated by controller-gen' "${src}" | sort | head -1)"
            awk 'NR > 2 && /^\/\/ Code generated by controller-gen/ {exit} NR > 2 {print}' "${first}" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "${work}/cg-capi-header.txt"
        else
            cp "${src}/hack/boilerplate.go.txt" "${work}/cg-kuberay-header.txt"
        fi
        for side in upstream ours; do
            cp -r "${src}" "${work}/${side}-cg-${c}"
            chmod -R u+w "${work}/${side}-cg-${c}"
            grep -rl --include=zz_generated.deepcopy.go 'Code generated by controller-gen' "${work}/${side}-cg-${c}" | xargs rm -f
        done
    done
    # cg CORPUS SIDE: one object+crd run in the side's copy.
    cg() {
        local crd=crd
        [ "$1" = kuberay ] && crd=crd:maxDescLen=0,generateEmbeddedObjectMeta=true,allowDangerousTypes=true
        cd "${work}/$2-cg-$1"
        GOWORK=off GOFLAGS=-mod=mod "${work}/$2/controller-gen" object:headerFile="${work}/cg-$1-header.txt" "${crd}" paths=./... output:crd:artifacts:config=crd-out
    }
    for c in "${cg_cases[@]}"; do
        cg "${c}" upstream >/dev/null 2>&1; cg "${c}" ours >/dev/null 2>&1 # warm-up
    done
    for r in $(seq "${RUNS}"); do
        for state in ${STATES}; do
            for c in "${cg_cases[@]}"; do
                log "run ${r}/${RUNS}, ${state}: controller-gen object+crd on ${c}"
                for side in upstream ours; do
                    [ "${state}" = cold-all ] && [ "${side}" = upstream ] && continue
                    timed "${state}" "${c}/object+crd/${side}" -- bash -c "work='${work}'; $(declare -f cg); cg ${c} ${side}"
                done
            done
        done
    done
fi

# examples/gen+crd: kodegen's own examples/ module (the shop group, v1 and
# v1beta1), clients and CRDs. Upstream as a downstream repository does it:
# source code-generator v0.37.2's kube_codegen.sh (module cache) and call
#   kube::codegen::gen_helpers --boilerplate H ./apis/shop
#   kube::codegen::gen_openapi --boilerplate H --output-dir ./generated/openapi
#       --output-pkg P/openapi --extra-pkgs k8s.io/apimachinery/pkg/util/intstr
#       --report-filename api-rules/violation_exceptions.list --update-report ./apis/shop
#   kube::codegen::gen_client --boilerplate H --with-watch --with-applyconfig
#       --output-dir ./generated --output-pkg P --one-input-api shop ./apis
# then controller-gen v0.23.0's
#   crd paths=./apis/shop/... output:crd:artifacts:config=config/crd/bases
# against one
#   kodegen gen --no-cache --go-header-file H --output-dir generated
#       --openapi-report-filename api-rules/violation_exceptions.list
#       --generators deepcopy,defaulter,conversion,openapi,applyconfiguration,client,lister,informer,crd
#       --crd-dir config/crd/bases ./apis/shop/...
# (H: hack/boilerplate.go.txt, P: github.com/kodegen/kodegen/examples/generated),
# each side in its own scratch copy of examples/ (the shop group's generated
# files and CRDs removed, kodegen's replace made absolute). Left out of both
# sides, unlike examples/doc.go's line: prerelease-lifecycle (kube_codegen.sh
# has no step for it) and the apply configurations' OpenAPI schema
# (gen_client takes only a schema file, which a repository builds with a
# program of its own from the generated definitions; kodegen's
# --openapi-schema=-generated- has no upstream counterpart), so the apply
# configurations have no Extract functions on either side. intstr is an
# extra openapi package because kodegen gen reads it besides gen_openapi's
# four. Upstream's generators are installed beforehand the way
# kube_codegen.sh installs them (go install from code-generator's folder)
# and the script's own go install lines are turned off, as test/field does:
# neither side's figures include building or staleness-checking a tool
# (about 2 s warm upstream; an empty GOCACHE would rebuild every generator).
if want 'examples/gen+crd'; then
    cd "${ROOT}" # the object+crd warm-ups above ran in their copies
    log "examples gen+crd: installing upstream's generators as kube_codegen.sh does, controller-gen v0.23.0; copying examples/"
    [ -x "${work}/upstream/controller-gen" ] || GOFLAGS=-mod=mod GOBIN="${work}/upstream" go install sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0
    kcg_src="$(GOFLAGS=-mod=mod go mod download -json k8s.io/code-generator@v0.37.2 | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    # The generators gen_helpers, gen_openapi and gen_client install.
    ( cd "${kcg_src}" && GOBIN="${work}/kube-codegen-bin" GO111MODULE=on go install \
        $(printf 'k8s.io/code-generator/cmd/%s ' conversion-gen deepcopy-gen defaulter-gen validation-gen \
            applyconfiguration-gen client-gen informer-gen lister-gen) k8s.io/kube-openapi/cmd/openapi-gen )
    if [ "$(grep -c 'GO111MODULE=on go install ' "${kcg_src}/kube_codegen.sh")" != 4 ]; then
        echo "bench: ${kcg_src}/kube_codegen.sh: want 4 go install lines to turn off" >&2; exit 1
    fi
    sed 's/GO111MODULE=on go install /: /' "${kcg_src}/kube_codegen.sh" > "${work}/kube_codegen.sh"
    for side in upstream ours; do
        cp -r examples "${work}/${side}-examples"
        chmod -R u+w "${work}/${side}-examples"
        ( cd "${work}/${side}-examples"
          go mod edit -replace "github.com/kodegen/kodegen=${ROOT}"
          grep -rl --include='*.go' '^// Code generated .* DO NOT EDIT\.$' apis/shop generated | xargs -r rm -f
          rm -f config/crd/bases/*.yaml
          mkdir -p api-rules )
    done
    # examples SIDE: one run in the side's copy (ROOT: this checkout).
    examples() {
        set -o errexit -o nounset -o pipefail
        cd "${work}/$1-examples"
        export GOWORK=off GOFLAGS=-mod=mod
        local h="${ROOT}/hack/boilerplate.go.txt" p=github.com/kodegen/kodegen/examples/generated
        if [ "$1" = upstream ]; then
            export GOBIN="${work}/kube-codegen-bin"
            source "${work}/kube_codegen.sh"
            kube::codegen::gen_helpers --boilerplate "${h}" ./apis/shop
            kube::codegen::gen_openapi --boilerplate "${h}" --output-dir ./generated/openapi --output-pkg "${p}/openapi" \
                --extra-pkgs k8s.io/apimachinery/pkg/util/intstr \
                --report-filename api-rules/violation_exceptions.list --update-report ./apis/shop
            kube::codegen::gen_client --boilerplate "${h}" --with-watch --with-applyconfig \
                --output-dir ./generated --output-pkg "${p}" --one-input-api shop ./apis
            "${work}/upstream/controller-gen" crd paths=./apis/shop/... output:crd:artifacts:config=config/crd/bases
        else
            "${work}/ours/kodegen" gen --no-cache --go-header-file "${h}" --output-dir generated \
                --openapi-report-filename api-rules/violation_exceptions.list \
                --generators deepcopy,defaulter,conversion,openapi,applyconfiguration,client,lister,informer,crd \
                --crd-dir config/crd/bases ./apis/shop/...
        fi
    }
    for side in upstream ours; do # warm-up
        ( examples "${side}" ) >/dev/null 2>"${work}/stderr" || { cat "${work}/stderr" >&2; exit 1; }
    done
    timed_sides examples/gen+crd "kube_codegen.sh then controller-gen crd vs kodegen gen on examples/" examples
fi

log "no-change reruns of kodegen batch (cache on)"
for c in api sample; do
    want "${c}/rerun" || continue
    batch "${work}/ours-tree/${c}" "${work}/corpora/${c}.lines" >/dev/null 2>&1
done
for r in $(seq "${RUNS}"); do
    for c in api sample; do
        want "${c}/rerun" || continue
        timed warm "${c}/rerun/ours" -- bash -c "$(declare -f expand batch); batch '${work}/ours-tree/${c}' '${work}/corpora/${c}.lines'"
    done
done

log "where kodegen batch's time goes (one run per state, -v 1)"
# breakdown STATE CORPUS: the phases of one kodegen batch run in STATE.
breakdown() {
    local -a env=()
    case "$1" in
        cold) env=(GOCACHE="${work}/gocache.b") ;;
        cold-all) env=(GOCACHE="${work}/gocache.b" XDG_CACHE_HOME="${work}/xdg.b") ;;
    esac
    env "${env[@]}" bash -c "$(declare -f expand batch); batch '${work}/ours-tree/$2' '${work}/corpora/$2.lines' --no-cache -v 1" 2>&1 | grep -o 'load.*' | paste -sd ';' - || true
    chmod -R u+w "${work}"/gocache.b "${work}"/xdg.b 2>/dev/null || true
    rm -rf "${work}"/gocache.b "${work}"/xdg.b
}
breakdowns=""
for state in ${STATES}; do
    for c in api sample; do
        want_corpus "${c}" || continue
        breakdowns+="- ${state}, ${c}: $(breakdown "${state}" "${c}")"$'\n'
    done
done

log "checking that both sides wrote the same bytes"
# go.mod and go.sum are the go command's (-mod=mod), not a generator's. A
# difference fails the benchmark after the report, which is printed anyway.
same=true
if want_upstream api || want_upstream lifecycle; then
    diff -r -q "${work}/upstream-tree/client-go" "${work}/ours-tree/client-go" || same=false
    diff -r -q -x '*.tmp*' -x go.mod -x go.sum "${work}/upstream-tree/api" "${work}/ours-tree/api" || same=false
fi
if want_upstream sample; then
    diff -r -q -x go.mod -x go.sum "${work}/upstream-tree/sample" "${work}/ours-tree/sample" || same=false
fi
if want capi/object; then
    diff -r -q -x go.mod -x go.sum "${work}/upstream-capi" "${work}/ours-capi" || same=false
fi
if want_upstream apival; then
    diff -r -q -x go.mod -x go.sum "${work}/upstream-tree/apival" "${work}/ours-tree/apival" || same=false
fi
for c in "${cg_cases[@]}"; do
    diff -r -q -x go.mod -x go.sum "${work}/upstream-cg-${c}" "${work}/ours-cg-${c}" || same=false
done
if want 'examples/gen+crd'; then
    diff -r -q -x go.mod -x go.sum "${work}/upstream-examples" "${work}/ours-examples" || same=false
    # Not two empty trees: the clientset and the CRDs are there.
    files="$(grep -rl '^// Code generated .* DO NOT EDIT\.$' "${work}/upstream-examples/generated" "${work}/upstream-examples/apis/shop" | wc -l)"
    crds="$(find "${work}/upstream-examples/config/crd/bases" -name '*.yaml' | wc -l)"
    log "examples/gen+crd: ${files} generated Go files, ${crds} CRDs"
    if [ "${files}" -lt 50 ] || [ "${crds}" -lt 2 ]; then
        echo "bench: examples/gen+crd wrote ${files} generated Go files and ${crds} CRDs, want at least 50 and 2" >&2
        same=false
    fi
fi
if want_upstream validation; then
    diff -r -q -x go.mod -x go.sum "${work}/upstream-tree/validation" "${work}/ours-tree/validation" || same=false
fi

# Report: medians of seconds and peak MiB per label.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
stat() { # STATE/LABEL COLUMN
    awk -v l="$1" -v c="$2" '$1==l {print $c}' "${work}/results" | median
}
# cpu STATE/LABEL: the median of user+system seconds (steadier than wall
# time on a loaded machine).
cpu() {
    awk -v l="$1" '$1==l && NF >= 5 {print $4 + $5}' "${work}/results" | median
}
mib() { awk '{ if ($1 == "-") print "-"; else printf "%.0f", $1/1024 }' <<< "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b > 0) printf "%.1fx", a/b; else print "-" }'; }

echo "Machine: $(nproc) cores, $(go version | cut -d' ' -f3), ${RUNS} runs each, medians; $(date -u +%F); load average before: ${load_before}, after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
# table STATE NAME TITLE TOOLS...: one row per tool, then all, then (warm)
# the rerun. In cold-all, upstream's figures are its cold ones.
table() {
    local state="$1" name="$2" title="$3"; shift 3
    local label u o ustate="${state}"
    [ "${state}" = cold-all ] && ustate=cold
    want_corpus "${name}" || return 0
    echo "| ${title}, ${state} | upstream s | kodegen s | faster | upstream MiB | kodegen MiB |"
    echo "|---|---:|---:|---:|---:|---:|"
    for label in "$@" all; do
        want "${name}/${label}" || continue
        [ "${label}" = all ] && [ "$#" -lt 2 ] && continue # one tool: no "all"
        u="$(stat "${ustate}/${name}/${label}/upstream" 2)"; o="$(stat "${state}/${name}/${label}/ours" 2)"
        local row="${label}"
        [ "${label}" = all ] && row="all (upstream: one process each, in sequence; kodegen: one batch)"
        echo "| ${row} | ${u} | ${o} | $(ratio "${u}" "${o}") | $(mib "$(stat "${ustate}/${name}/${label}/upstream" 3)") | $(mib "$(stat "${state}/${name}/${label}/ours" 3)") |"
    done
    if [ "${state}" = warm ] && [ "$#" -gt 1 ] && want "${name}/rerun"; then
        o="$(stat "warm/${name}/rerun/ours" 2)"
        echo "| kodegen batch, no-change rerun | | ${o} | $(ratio "$(stat "warm/${name}/all/upstream" 2)" "${o}") | | $(mib "$(stat "warm/${name}/rerun/ours" 3)") |"
    fi
    echo
}
for state in ${STATES}; do
    table "${state}" api "k8s.io/api (60 packages, 2041 files and openapi-gen's)" deepcopy-gen openapi-gen applyconfiguration-gen client-gen lister-gen informer-gen
    table "${state}" sample "k8s.io/sample-apiserver (3 packages, 50 files)" deepcopy-gen defaulter-gen conversion-gen applyconfiguration-gen client-gen lister-gen informer-gen
    table "${state}" lifecycle "k8s.io/api (60 packages, 55 files)" prerelease-lifecycle-gen
    table "${state}" validation "code-generator output_tests (153 packages)" validation-gen
    table "${state}" apival "k8s.io/api + apimachinery validations (5 inputs, 3 published files)" validation-gen
done
if want capi/object; then
    echo "| sigs.k8s.io/cluster-api/api v1.14.2 (14 packages), controller-gen object | controller-gen v0.23.0 s | kodegen s | faster | controller-gen MiB | kodegen MiB |"
    echo "|---|---:|---:|---:|---:|---:|"
    for state in ${STATES}; do
        ustate="${state}"
        [ "${state}" = cold-all ] && ustate=cold
        u="$(stat "${ustate}/capi/object/upstream" 2)"; o="$(stat "${state}/capi/object/ours" 2)"
        echo "| ${state} | ${u} | ${o} | $(ratio "${u}" "${o}") | $(mib "$(stat "${ustate}/capi/object/upstream" 3)") | $(mib "$(stat "${state}/capi/object/ours" 3)") |"
    done
    echo
fi
for c in "${cg_cases[@]}"; do
    case "${c}" in
        capi) title="sigs.k8s.io/cluster-api/api v1.14.2 (16 packages), controller-gen object + crd, one run" ;;
        kuberay) title="github.com/ray-project/kuberay/ray-operator v1.5.0 (whole operator, paths=./...), controller-gen object + crd, one run" ;;
    esac
    echo "| ${title} | controller-gen v0.23.0 s | kodegen s | faster | controller-gen CPU s | kodegen CPU s | faster (CPU) | controller-gen MiB | kodegen MiB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for state in ${STATES}; do
        ustate="${state}"
        [ "${state}" = cold-all ] && ustate=cold
        u="$(stat "${ustate}/${c}/object+crd/upstream" 2)"; o="$(stat "${state}/${c}/object+crd/ours" 2)"
        uc="$(cpu "${ustate}/${c}/object+crd/upstream")"; oc="$(cpu "${state}/${c}/object+crd/ours")"
        echo "| ${state} | ${u} | ${o} | $(ratio "${u}" "${o}") | ${uc} | ${oc} | $(ratio "${uc}" "${oc}") | $(mib "$(stat "${ustate}/${c}/object+crd/upstream" 3)") | $(mib "$(stat "${state}/${c}/object+crd/ours" 3)") |"
    done
    echo
done
if want 'examples/gen+crd'; then
    echo "| kodegen's examples/ (shop: 2 versions), clients + CRDs | kube_codegen.sh + controller-gen s | kodegen gen s | faster | upstream CPU s | kodegen CPU s | faster (CPU) | upstream MiB | kodegen MiB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for state in ${STATES}; do
        ustate="${state}"
        [ "${state}" = cold-all ] && ustate=cold
        u="$(stat "${ustate}/examples/gen+crd/upstream" 2)"; o="$(stat "${state}/examples/gen+crd/ours" 2)"
        uc="$(cpu "${ustate}/examples/gen+crd/upstream")"; oc="$(cpu "${state}/examples/gen+crd/ours")"
        echo "| ${state} | ${u} | ${o} | $(ratio "${u}" "${o}") | ${uc} | ${oc} | $(ratio "${uc}" "${oc}") | $(mib "$(stat "${ustate}/examples/gen+crd/upstream" 3)") | $(mib "$(stat "${state}/examples/gen+crd/ours" 3)") |"
    done
    echo
fi
echo "Where kodegen batch's time goes (one run per state, -v 1):"
echo
printf '%s' "${breakdowns}"
echo
if [ "${same}" = true ]; then
    echo "Outputs of both sides: byte-identical (diff -r)."
else
    echo "Outputs of both sides DIFFER (diff -r above)."
    exit 1
fi
