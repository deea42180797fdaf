package field

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// module is one downstream module of the suite.
//
// Each script runs with bash in the module's folder, with
// CODEGEN_PKG (upstream's code-generator folder, or kodegen's hack/),
// CODEGEN_BIN and GOBIN (the generators' folder), KODEGEN_BIN and a GOPATH
// whose src/k8s.io/code-generator is CODEGEN_PKG (see env.vars).
type module struct {
	Name    string // subtest name
	Path    string // module path on the proxy
	Version string // pinned
	Style   string
	CI      bool // part of hack/test.sh; the others run with --field
	// Dir is the module's folder below the mode's scratch folder, which is
	// also GOPATH: "src/<import path>" for scripts that want the GOPATH
	// layout. Default: the last element of Path.
	Dir string
	// Prepare runs once after the copy, before the upgrade (e.g. drop a
	// vendor folder a user would regenerate).
	Prepare string
	// Tidy follows go get in the upgrade; default "go mod tidy".
	Tidy string
	// Upstream runs the module's codegen with upstream v0.37.2; Scripts
	// (a), Binaries (b) and Gen (c) with kodegen. Empty: not applicable.
	Upstream, Scripts, Binaries, Gen string
	// Build lists the packages that must compile afterwards.
	Build []string
	// Substitutions says what the suite changes in the user's invocation.
	Substitutions string
}

func (m *module) dir() string {
	if m.Dir != "" {
		return m.Dir
	}
	return path.Base(m.Path)
}

func (m *module) modeScript(name string) string {
	switch name {
	case "upstream":
		return m.Upstream
	case "scripts":
		return m.Scripts
	case "binaries":
		return m.Binaries
	case "gen":
		return m.Gen
	}
	return ""
}

var k8sRequire = regexp.MustCompile(`(?m)^\s*(?:require\s+)?(k8s\.io/(?:api|apimachinery|client-go|code-generator|apiextensions-apiserver|apiserver|component-base|kms|kube-aggregator|metrics)) v0\.\d+\.\d+`)

// upgrades lists what the upgrade passes to go get: every k8s.io
// staging module the go.mod requires, at v0.37.2.
func (m *module) upgrades(modDir string) []string {
	data, _ := os.ReadFile(filepath.Join(modDir, "go.mod"))
	seen := map[string]bool{}
	var out []string
	for _, sm := range k8sRequire.FindAllStringSubmatch(string(data), -1) {
		if !seen[sm[1]] {
			seen[sm[1]] = true
			out = append(out, sm[1]+"@"+codegenVersion)
		}
	}
	return out
}

var modules = []module{
	{
		Name:    "metrics",
		Path:    "k8s.io/metrics",
		Version: "v0.37.2",
		Style:   "kube_codegen.sh; internal versions with conversion; 3 groups, 6 versions",
		CI:      true,
		// The script reads CODEGEN_PKG from the environment: nothing to substitute.
		Upstream: `hack/update-codegen.sh`,
		Scripts:  `hack/update-codegen.sh`,
		Binaries: `hack/update-codegen.sh`,
		Gen: `"$KODEGEN_BIN" gen --no-cache --generators deepcopy,defaulter,conversion,client --prefers-protobuf ` +
			`--output-dir pkg/client --output-pkg k8s.io/metrics/pkg/client --clientset-dir clientset --clientset-name versioned ./pkg/apis/...`,
		Build:         []string{"./..."},
		Substitutions: "none: CODEGEN_PKG set in the environment (the script honours it)",
	},
	{
		Name:     "external-snapshotter-v8",
		Path:     "github.com/kubernetes-csi/external-snapshotter/client/v8",
		Version:  "v8.7.0",
		Style:    "kube_codegen.sh from ${GOPATH}/src; clientset, listers, informers at the module root",
		CI:       true,
		Dir:      "src/github.com/kubernetes-csi/external-snapshotter/client",
		Upstream: `hack/update-generated-code.sh`,
		Scripts:  `hack/update-generated-code.sh`,
		Binaries: `hack/update-generated-code.sh`,
		Gen: `"$KODEGEN_BIN" gen --no-cache --generators deepcopy,client,lister,informer ` +
			`--output-dir . --output-pkg github.com/kubernetes-csi/external-snapshotter/client/v8 ./apis/...`,
		Build:         []string{"./..."},
		Substitutions: "GOPATH is a scratch folder whose src/k8s.io/code-generator links to CODEGEN_PKG (the script sources ${GOPATH}/src/k8s.io/code-generator/kube_codegen.sh)",
	},
	{
		Name:    "external-snapshotter-v6",
		Path:    "github.com/kubernetes-csi/external-snapshotter/client/v6",
		Version: "v6.3.0",
		Style:   "old generate-groups.sh (deepcopy,client,informer,lister) into $GOPATH/src, then cp -r",
		CI:      true,
		Dir:     "src/github.com/kubernetes-csi/external-snapshotter/client",
		Prepare: `rm -rf vendor`,
		// Upstream v0.37.2's generate-groups.sh is a stub that exits 1; the
		// reference is what the old script ran, with v0.37.2's flags.
		Upstream: groupsV6Reference,
		Scripts:  `hack/update-generated-code.sh`,
		Binaries: groupsV6Reference,
		Gen: `"$KODEGEN_BIN" gen --no-cache --generators deepcopy,client,lister,informer ` +
			`--output-dir . --output-pkg github.com/kubernetes-csi/external-snapshotter/client/v6 ./apis/...`,
		Build: []string{"./..."},
		Substitutions: "vendor/ removed (the upgrade would need go mod vendor); GOPATH/src/k8s.io/code-generator links to kodegen's hack/ for (a); " +
			"upstream v0.37.2's generate-groups.sh only prints that it was removed, so the reference (and (b)) are the four v0.37.2 command lines the old script ran",
	},
	{
		Name:    "mcs-api",
		Path:    "sigs.k8s.io/mcs-api",
		Version: "v0.5.2",
		Style:   "direct calls of the binaries from ${GOBIN}; api/<version> layout (pkg/apis/v1alpha1, v1beta1); register-gen after client-gen",
		CI:      true,
		// tools/ is a nested module, not in the zip: the script's
		// `go -C tools install …` line is dropped; GOBIN holds the binaries.
		Prepare:  `sed -i '/^go -C tools install/d' hack/update-codegen.sh`,
		Upstream: `hack/update-codegen.sh`,
		Binaries: `hack/update-codegen.sh`,
		Gen: `"$KODEGEN_BIN" gen --no-cache --generators register,client,lister,informer ` +
			`--output-dir pkg/client --output-pkg sigs.k8s.io/mcs-api/pkg/client ./pkg/apis/...`,
		Build:         []string{"./pkg/..."},
		Substitutions: "the line `go -C tools install k8s.io/code-generator/cmd/...` deleted (tools/ is a nested module, absent from the zip); GOBIN names the binaries",
	},
	{
		Name:    "network-policy-api",
		Path:    "sigs.k8s.io/network-policy-api",
		Version: "v0.3.0",
		Style:   "`go run k8s.io/code-generator/cmd/…` per generator; kubebuilder apis/<version> layout; deepcopy by controller-gen",
		// Upstream: the script as it is (go run builds code-generator at
		// the go.mod's version, v0.37.2 after the upgrade), without its
		// controller-gen steps (CRDs and deepcopy are not ours to compare).
		Upstream: `hack/update-codegen.sh --applyconfig --clientset --listers --informers --register`,
		Binaries: `sed 's#go run k8s.io/code-generator/cmd/#"$CODEGEN_BIN"/#' hack/update-codegen.sh > hack/.field-codegen.sh
trap 'rm -f hack/.field-codegen.sh' EXIT
bash hack/.field-codegen.sh --applyconfig --clientset --listers --informers --register`,
		// The script's header is hack/boilerplate.generatego.txt, not gen's default.
		Gen: `"$KODEGEN_BIN" gen --no-cache --generators register,applyconfiguration,client,lister,informer ` +
			`--go-header-file hack/boilerplate.generatego.txt ` +
			`--output-dir pkg/client --output-pkg sigs.k8s.io/network-policy-api/pkg/client ./apis/...`,
		Build:         []string{"./apis/...", "./pkg/client/..."},
		Substitutions: "script flags select the code-generator steps (not --crd, --deepcopy: controller-gen); (b) replaces `go run k8s.io/code-generator/cmd/` with the binaries' folder",
	},
	{
		Name:    "kube-aggregator",
		Path:    "k8s.io/kube-aggregator",
		Version: "v0.37.2",
		Style:   "kube_codegen.sh; aggregated API server: internal version, conversion, defaulters, openapi-gen, apply configurations from its models-schema",
		// In kubernetes/kubernetes, hack/update-codegen.sh runs this script
		// with API_KNOWN_VIOLATIONS_DIR=api/api-rules: its gen_openapi
		// diffs openapi-gen's API-rule report against that folder's
		// aggregator_violation_exceptions.list (testdata/kube-aggregator).
		Upstream: aggregatorScript,
		Scripts:  aggregatorScript,
		Binaries: aggregatorScript,
		Gen:      aggregatorGen,
		Build:    []string{"./pkg/apis/...", "./pkg/client/..."},
		Substitutions: "API_KNOWN_VIOLATIONS_DIR names testdata/kube-aggregator/api-rules, as kubernetes/kubernetes names its api/api-rules (all modes); " +
			"CODEGEN_PKG set in the environment; (b) GOBIN holds kodegen's generators, openapi-gen included, in place of upstream's; " +
			"(c) kodegen gen for helpers and clients around kodegen's gen_openapi",
	},
	{
		Name:    "openshift-client-go",
		Path:    "github.com/openshift/client-go",
		Version: "v0.0.0-20251015124057-db0dee36e235",
		Style: "kube_codegen.sh gen_client once per API group (29 groups of github.com/openshift/api, --one-input-api): " +
			"clientsets, listers, informers, apply configurations from openshift/api's openapi.json, external apply configurations, plural exceptions",
		// Its dependencymagnet imports openshift/api's root package,
		// whose install.go imports k8s.io/api packages v0.37 removed
		// (autoscaling/v2beta1, v2beta2, scheduling/v1alpha1): a user
		// upgrading to v0.37.2 tidies with -e. No generator input imports them.
		Tidy: "go mod tidy -e",
		// The script sets CODEGEN_PKG=$(go list … k8s.io/code-generator):
		// upstream runs it as it is (go list finds code-generator v0.37.2
		// after the upgrade); (a) and (b) make that line honour CODEGEN_PKG.
		Upstream: `hack/update-codegen.sh`,
		Scripts:  openshiftScript,
		Binaries: openshiftScript,
		Gen:      openshiftGen,
		Build:    openshiftBuild(),
		Substitutions: "upgrade with `go mod tidy -e` (openshift/api's root package imports k8s.io/api packages v0.37 removed; no generator input does); " +
			"(a), (b): the script's line `CODEGEN_PKG=$(go list -f '{{.Dir}}' k8s.io/code-generator)` made `CODEGEN_PKG=${CODEGEN_PKG}` " +
			"(kodegen's hack/, or upstream's kube_codegen.sh without its go install); upstream: nothing",
	},
}

// openshiftGroups are the API groups hack/update-codegen.sh of
// openshift/client-go generates, each into its own folder.
var openshiftGroups = strings.Fields(`apiserver apps authorization build cloudnetwork config console helm image imageregistry
	insights machine machineconfiguration monitoring network oauth operator operatorcontrolplane operatoringress project
	quota route samples security securityinternal servicecertsigner sharedresource template user`)

func openshiftBuild() []string {
	var pkgs []string
	for _, g := range openshiftGroups {
		pkgs = append(pkgs, "./"+g+"/...")
	}
	return pkgs
}

// openshiftScript is the repository's script with its CODEGEN_PKG line
// made to honour the environment, run from a copy that is removed after.
const openshiftScript = `sed 's#^CODEGEN_PKG=.*#CODEGEN_PKG="${CODEGEN_PKG}"#' hack/update-codegen.sh > hack/.field-codegen.sh
trap 'rm -f hack/.field-codegen.sh' EXIT
grep -q '^CODEGEN_PKG="${CODEGEN_PKG}"$' hack/.field-codegen.sh
bash hack/.field-codegen.sh`

// openshiftGen is one kodegen gen per group, with the script's flags.
var openshiftGen = `API=$(go list -f '{{.Dir}}' github.com/openshift/api)
EXT="` + openshiftExternals + `"
for group in ` + strings.Join(openshiftGroups, " ") + `; do
  ext=$EXT
  if [[ $group == machineconfiguration ]]; then ext="k8s.io/api/core/v1.ObjectReference:k8s.io/client-go/applyconfigurations/core/v1,$EXT"; fi
  "$KODEGEN_BIN" gen --no-cache --generators applyconfiguration,client,lister,informer \
    --output-dir "$group" --output-pkg "github.com/openshift/client-go/$group" \
    --clientset-dir clientset --clientset-name versioned --applyconfiguration-dir applyconfigurations \
    --external-applyconfigurations "$ext" --openapi-schema "$API/openapi/openapi.json" \
    --plural-exceptions "DNS:DNSes,DNSList:DNSList,SecurityContextConstraints:SecurityContextConstraints" \
    --go-header-file hack/boilerplate.txt "github.com/openshift/api/$group/..."
done`

const openshiftExternals = "github.com/openshift/api/operator/v1.OperatorSpec:github.com/openshift/client-go/operator/applyconfigurations/operator/v1," +
	"github.com/openshift/api/operator/v1.OperatorStatus:github.com/openshift/client-go/operator/applyconfigurations/operator/v1," +
	"github.com/openshift/api/operator/v1.OperatorCondition:github.com/openshift/client-go/operator/applyconfigurations/operator/v1," +
	"github.com/openshift/api/operator/v1.GenerationStatus:github.com/openshift/client-go/operator/applyconfigurations/operator/v1"

const aggregatorScript = `API_KNOWN_VIOLATIONS_DIR="$FIELD_DATA/kube-aggregator/api-rules" hack/update-codegen.sh`

// aggregatorGen is the script's three steps with kodegen gen for the
// helpers and the clients; openapi-gen runs through kodegen's
// kube::codegen::gen_openapi with the script's flags (its definitions go
// to pkg/generated/openapi, outside the clients' --output-dir), and the
// clients' apply configurations read the schema it yields.
const aggregatorGen = `"$KODEGEN_BIN" gen --no-cache --generators deepcopy,defaulter,conversion ./pkg/apis/...
source "$CODEGEN_PKG/kube_codegen.sh"
kube::codegen::gen_openapi --output-dir pkg/generated/openapi --output-pkg k8s.io/kube-aggregator/pkg/generated/openapi \
  --report-filename "$FIELD_DATA/kube-aggregator/api-rules/aggregator_violation_exceptions.list" \
  --output-model-name-file zz_generated.model_name.go --boilerplate hack/boilerplate.go.txt pkg/apis
"$KODEGEN_BIN" gen --no-cache --generators applyconfiguration,client,lister,informer --prefers-protobuf \
  --openapi-schema <(go run k8s.io/kube-aggregator/pkg/generated/openapi/cmd/models-schema) \
  --output-dir pkg/client --output-pkg k8s.io/kube-aggregator/pkg/client --clientset-dir clientset_generated --clientset-name clientset ./pkg/apis/...`

// groupsV6Reference is what code-generator's generate-groups.sh (v0.28)
// ran for external-snapshotter client/v6, with v0.37.2's flags: output
// below $GOPATH/src/<package>, then the repository's own cp -rf v6/. .
var groupsV6Reference = strings.Join([]string{
	`B=hack/boilerplate.go.txt P=github.com/kubernetes-csi/external-snapshotter/client/v6 O="$GOPATH/src/github.com/kubernetes-csi/external-snapshotter/client/v6"`,
	`A="$P/apis/volumesnapshot/v1 $P/apis/volumegroupsnapshot/v1alpha1"`,
	`"$CODEGEN_BIN/deepcopy-gen" --go-header-file $B --output-file zz_generated.deepcopy.go $A`,
	`"$CODEGEN_BIN/client-gen" --go-header-file $B --clientset-name versioned --input-base "" --input $P/apis/volumesnapshot/v1 --input $P/apis/volumegroupsnapshot/v1alpha1 --output-pkg $P/clientset --output-dir "$O/clientset"`,
	`"$CODEGEN_BIN/lister-gen" --go-header-file $B --output-pkg $P/listers --output-dir "$O/listers" $A`,
	`"$CODEGEN_BIN/informer-gen" --go-header-file $B --versioned-clientset-package $P/clientset/versioned --listers-package $P/listers --output-pkg $P/informers --output-dir "$O/informers" $A`,
	`cp -rf v6/. .`,
	`rm -rf v6`,
}, "\n")
