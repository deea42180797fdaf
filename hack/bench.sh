#!/usr/bin/env bash
# Times upstream k8s.io/code-generator v0.37.2 against kodegen on the oracle
# corpora (ORACLE.md), alternating runs on identical scratch copies, and
# prints medians, ratios and peak memory as Markdown.
#
#   hack/bench.sh            # 5 runs of everything
#   RUNS=3 hack/bench.sh     # fewer runs
#
# Upstream's binaries are installed with `go install` into a temporary GOBIN;
# ours are built from this checkout. Every run's output is checked to be
# byte-identical between the two sides at the end. This is a benchmark, not
# a test: it prints figures and fails only if a tool fails or outputs differ.
set -o errexit -o nounset -o pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
TOOLS=(deepcopy-gen applyconfiguration-gen client-gen lister-gen informer-gen defaulter-gen conversion-gen)

work="$(mktemp -d "${TMPDIR:-/tmp}/kodegen-bench.XXXXXX")"
export work
trap 'rm -rf "${work}"' EXIT
log() { echo "# $*" >&2; }

log "preparing the corpora (scratch copies, OpenAPI schemas) in ${work}"
KODEGEN_CORPUS_OUT="${work}/corpora" go test -count=1 -run '^TestPrepareBenchCorpora$' ./test/conformance/ >/dev/null

log "installing upstream v0.37.2 and building kodegen"
GOFLAGS=-mod=mod GOBIN="${work}/upstream" go install $(printf 'k8s.io/code-generator/cmd/%s@v0.37.2 ' "${TOOLS[@]}")
mkdir -p "${work}/ours"
go build -o "${work}/ours/" ./cmd/...

for side in upstream ours; do
    mkdir -p "${work}/${side}-tree"
    cp -a "${work}/corpora/api" "${work}/corpora/client-go" "${work}/corpora/sample" "${work}/${side}-tree/"
done

# expand SIDE LINESFILE: print the lines with the side's paths filled in.
expand() {
    local t="${work}/$1-tree"
    sed -e "s|@CG@|${t}/client-go|g" -e "s|@HEADER@|${work}/corpora/header.txt|g" \
        -e "s|@SCHEMA@|${work}/corpora/api.json|g" -e "s|@SAMPLE_SCHEMA@|${work}/corpora/sample.json|g" \
        -e "s|@SAMPLE@|${t}/sample|g" "$2"
}

# timed LABEL -- CMD...: run CMD, append "LABEL seconds KiB" to the results.
timed() {
    local label="$1"; shift 2
    /usr/bin/time -f "%e %M" -o "${work}/time" "$@" >/dev/null 2>"${work}/stderr" || { cat "${work}/stderr" >&2; exit 1; }
    echo "${label} $(cat "${work}/time")" >> "${work}/results"
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

log "warming up (build cache, export data)"
sequence ours "${work}/ours-tree/api" "${work}/corpora/api.lines" >/dev/null 2>&1
sequence upstream "${work}/upstream-tree/api" "${work}/corpora/api.lines" >/dev/null 2>&1

# bench_corpus NAME DIR LINESFILE: each line alone on both sides, then all
# lines (upstream: in sequence; kodegen: one batch), alternating.
bench_corpus() {
    local name="$1" dir="$2" file="$3" i side tool line
    local -a lines
    mapfile -t lines < "${file}"
    for i in "${!lines[@]}"; do
        tool="${lines[$i]%% *}"; tool="${tool//\'/}"
        for side in upstream ours; do
            line="$(expand "${side}" <(echo "${lines[$i]}"))"
            timed "${name}/${tool}/${side}" -- bash -c 'run_line "$@"' _ "${side}" "${work}/${side}-tree/${dir}" "${line}"
        done
    done
    timed "${name}/all/upstream" -- bash -c "$(declare -f expand run_line sequence); sequence upstream '${work}/upstream-tree/${dir}' '${file}'"
    timed "${name}/all/ours" -- bash -c "$(declare -f expand batch); batch '${work}/ours-tree/${dir}' '${file}' --no-cache"
}

for r in $(seq "${RUNS}"); do
    log "run ${r}/${RUNS}: k8s.io/api"
    bench_corpus api api "${work}/corpora/api.lines"
    log "run ${r}/${RUNS}: sample-apiserver"
    bench_corpus sample sample "${work}/corpora/sample.lines"
done

log "no-change reruns of kodegen batch (cache on)"
batch "${work}/ours-tree/api" "${work}/corpora/api.lines" >/dev/null 2>&1
batch "${work}/ours-tree/sample" "${work}/corpora/sample.lines" >/dev/null 2>&1
for r in $(seq "${RUNS}"); do
    timed "api/rerun/ours" -- bash -c "$(declare -f expand batch); batch '${work}/ours-tree/api' '${work}/corpora/api.lines'"
    timed "sample/rerun/ours" -- bash -c "$(declare -f expand batch); batch '${work}/ours-tree/sample' '${work}/corpora/sample.lines'"
done

log "where kodegen batch's time goes (one run, -v 1)"
breakdown_api="$(batch "${work}/ours-tree/api" "${work}/corpora/api.lines" --no-cache -v 1 2>&1 | grep -o 'load .*' || true)"
breakdown_sample="$(batch "${work}/ours-tree/sample" "${work}/corpora/sample.lines" --no-cache -v 1 2>&1 | grep -o 'load .*' || true)"

log "checking that both sides wrote the same bytes"
diff -r -q "${work}/upstream-tree/client-go" "${work}/ours-tree/client-go"
diff -r -q -x '*.tmp*' "${work}/upstream-tree/api" "${work}/ours-tree/api"
diff -r -q "${work}/upstream-tree/sample" "${work}/ours-tree/sample"

# Report: medians of seconds and peak MiB per label.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
stat() { # LABEL COLUMN
    awk -v l="$1" -v c="$2" '$1==l {print $c}' "${work}/results" | median
}
mib() { awk '{printf "%.0f", $1/1024}' <<< "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a/b; else print "-" }'; }

echo "Machine: $(nproc) cores, $(go version | cut -d' ' -f3), ${RUNS} runs each, medians; $(date -u +%F)."
echo
# table NAME TITLE TOOLS...: one row per tool, then all, then the rerun.
table() {
    local name="$1" title="$2"; shift 2
    local label u o
    echo "| ${title} | upstream s | kodegen s | faster | upstream MiB | kodegen MiB |"
    echo "|---|---:|---:|---:|---:|---:|"
    for label in "$@" all; do
        u="$(stat "${name}/${label}/upstream" 2)"; o="$(stat "${name}/${label}/ours" 2)"
        local row="${label}"
        [ "${label}" = all ] && row="all (upstream: one process each, in sequence; kodegen: one batch)"
        echo "| ${row} | ${u} | ${o} | $(ratio "${u}" "${o}") | $(mib "$(stat "${name}/${label}/upstream" 3)") | $(mib "$(stat "${name}/${label}/ours" 3)") |"
    done
    o="$(stat "${name}/rerun/ours" 2)"
    echo "| kodegen batch, no-change rerun | | ${o} | $(ratio "$(stat "${name}/all/upstream" 2)" "${o}") | | $(mib "$(stat "${name}/rerun/ours" 3)") |"
    echo
}
table api "k8s.io/api (60 packages, 2041 files)" deepcopy-gen applyconfiguration-gen client-gen lister-gen informer-gen
table sample "k8s.io/sample-apiserver (3 packages, 50 files)" deepcopy-gen defaulter-gen conversion-gen applyconfiguration-gen client-gen lister-gen informer-gen
echo "kodegen batch, k8s.io/api: ${breakdown_api}"
echo "kodegen batch, sample-apiserver: ${breakdown_sample}"
echo
echo "Outputs of both sides: byte-identical (diff -r)."
