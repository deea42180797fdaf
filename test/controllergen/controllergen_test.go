// Package controllergen compares kodegen's controller-gen with upstream
// sigs.k8s.io/controller-tools' controller-gen v0.23.0 (installed from the
// Go module proxy) on real public projects that generate CRDs with it:
// each project's module is copied out of the module cache, both tools run
// the project's own controller-gen command lines (from its Makefile or
// scripts, with the output folder changed), and every CRD file must be the
// same bytes.
//
// go test ./test/controllergen/ runs the CI set (gateway-api,
// prometheus-operator); KODEGEN_CONTROLLERGEN=all (hack/test.sh --all)
// adds kuberay and cluster-api, the large one (or name them:
// KODEGEN_CONTROLLERGEN=kuberay); -short skips everything.
package controllergen

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const upstreamVersion = "v0.23.0"

// project is one module and its controller-gen command lines; OUT in an
// argument is replaced by the output folder.
type project struct {
	name, module, version string
	// keep, when set, are the only top-level entries of the module copied
	// (the API packages and go.mod/go.sum).
	keep []string
	// dir is the folder below the module the lines run in.
	dir   string
	lines [][]string
	ci    bool
}

var projects = []project{
	{
		// hack/update-clientset.sh validates the CRD markers with
		// `controller-gen crd paths=./apis/... paths=./apisx/... output:none`.
		name: "gateway-api", module: "sigs.k8s.io/gateway-api", version: "v1.6.3",
		keep:  []string{"apis", "apisx", "go.mod", "go.sum"},
		lines: [][]string{{"crd", "paths=./apis/...", "paths=./apisx/...", "output:crd:dir=OUT"}},
		ci:    true,
	},
	{
		// Makefile generate-crds, from pkg/apis/monitoring (CRD_OPTIONS
		// crd:crdVersions=v1), and a maxDescLen=0 run.
		name: "prometheus-operator", module: "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring", version: "v0.95.2",
		lines: [][]string{
			{"crd:crdVersions=v1", "paths=./v1/.", "paths=./v1alpha1/.", "output:crd:dir=OUT/crd"},
			{"crd:crdVersions=v1", "paths=./...", "output:crd:dir=OUT/crd-full"},
			{"crd:crdVersions=v1,maxDescLen=0,generateEmbeddedObjectMeta=true", "paths=./...", "output:crd:dir=OUT/short"},
		},
		ci: true,
	},
	{
		// Makefile manifests (CRD_OPTIONS crd:maxDescLen=0,
		// generateEmbeddedObjectMeta=true,allowDangerousTypes=true; its rbac
		// and webhook generators left out): the whole operator module as
		// paths, pod templates embedded.
		name: "kuberay", module: "github.com/ray-project/kuberay/ray-operator", version: "v1.5.0",
		lines: [][]string{
			{"crd:maxDescLen=0,generateEmbeddedObjectMeta=true,allowDangerousTypes=true", "paths=./...", "output:crd:artifacts:config=OUT"},
		},
	},
	{
		// Makefile generate-manifests-core, -kubeadm-bootstrap and
		// -kubeadm-control-plane, with the api module's packages (the
		// controllers' packages those lines add hold no API types).
		name: "cluster-api", module: "sigs.k8s.io/cluster-api/api", version: "v1.14.2",
		lines: [][]string{
			{"paths=./addons/...", "paths=./core/...", "paths=./ipam/...", "paths=./runtime/...", "crd:crdVersions=v1", "output:crd:dir=OUT/core"},
			{"paths=./bootstrap/kubeadm/...", "crd:crdVersions=v1", "output:crd:dir=OUT/bootstrap"},
			{"paths=./controlplane/kubeadm/...", "crd:crdVersions=v1", "output:crd:dir=OUT/controlplane"},
		},
	},
}

var (
	workDir  string
	kodegen  string // kodegen's controller-gen
	upstream string // controller-gen v0.23.0
)

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("controllergen: skipped in -short mode")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "kodegen-controllergen-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	workDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func run(t *testing.T, dir string, env []string, name string, args ...string) (string, time.Duration) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s (in %s): %v\n%s", name, strings.Join(args, " "), dir, err, out.String())
	}
	return out.String(), time.Since(start)
}

func repoRoot(t *testing.T) string {
	t.Helper()
	out, _ := run(t, ".", nil, "go", "env", "GOMOD")
	return filepath.Dir(strings.TrimSpace(out))
}

// tools builds kodegen's controller-gen and installs upstream's, once.
func tools(t *testing.T) {
	t.Helper()
	if kodegen != "" {
		return
	}
	bin := filepath.Join(workDir, "bin")
	run(t, repoRoot(t), nil, "go", "build", "-o", filepath.Join(bin, "kodegen-controller-gen"), "./cmd/controller-gen")
	up := filepath.Join(workDir, "upstream")
	run(t, workDir, []string{"GOBIN=" + up, "GOFLAGS=-mod=mod", "GOWORK=off"}, "go", "install", "sigs.k8s.io/controller-tools/cmd/controller-gen@"+upstreamVersion)
	kodegen, upstream = filepath.Join(bin, "kodegen-controller-gen"), filepath.Join(up, "controller-gen")
}

// scratch copies the project's module out of the module cache.
func scratch(t *testing.T, p project) string {
	t.Helper()
	out, _ := run(t, workDir, []string{"GOFLAGS=-mod=mod", "GOWORK=off"}, "go", "mod", "download", "-json", p.module+"@"+p.version)
	var info struct{ Dir string }
	if err := json.Unmarshal([]byte(out), &info); err != nil || info.Dir == "" {
		t.Fatalf("go mod download %s@%s: %v\n%s", p.module, p.version, err, out)
	}
	dst := filepath.Join(workDir, p.name)
	err := filepath.WalkDir(info.Dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(info.Dir, path)
		if top, _, _ := strings.Cut(filepath.ToSlash(rel), "/"); p.keep != nil && rel != "." && !slices.Contains(p.keep, top) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	run(t, dst, []string{"GOWORK=off"}, "go", "mod", "download")
	return dst
}

// generate runs the project's lines with tool, writing below out.
func generate(t *testing.T, p project, dir, tool, out string) time.Duration {
	t.Helper()
	var total time.Duration
	for _, line := range p.lines {
		args := make([]string, len(line))
		for i, a := range line {
			args[i] = strings.ReplaceAll(a, "OUT", out)
		}
		_, took := run(t, filepath.Join(dir, p.dir), []string{"GOWORK=off"}, tool, args...)
		total += took
	}
	return total
}

// readTree is every file below root by slash path.
func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		files[filepath.ToSlash(rel)], err = os.ReadFile(path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  upstream: %q\n  kodegen:  %q", i+1, x, y)
		}
	}
	return "(same lines)"
}

func TestProjects(t *testing.T) {
	want := os.Getenv("KODEGEN_CONTROLLERGEN")
	if want == "0" {
		t.Skip("KODEGEN_CONTROLLERGEN=0")
	}
	for _, p := range projects {
		t.Run(p.name, func(t *testing.T) {
			if !p.ci && want != "all" && !slices.Contains(strings.Split(want, ","), p.name) {
				t.Skipf("not in the CI set; KODEGEN_CONTROLLERGEN=all or =%s runs it", p.name)
			}
			tools(t)
			dir := scratch(t, p)
			upOut := filepath.Join(workDir, p.name+"-upstream")
			upTime := generate(t, p, dir, upstream, upOut)
			want := readTree(t, upOut)
			if len(want) == 0 {
				t.Fatal("upstream wrote no CRD")
			}
			runs := 2
			if os.Getenv("KODEGEN_CONTROLLERGEN") == "all" {
				runs = 20
			}
			var first map[string][]byte
			var kTime time.Duration
			for i := range runs {
				out := filepath.Join(workDir, fmt.Sprintf("%s-kodegen-%d", p.name, i))
				took := generate(t, p, dir, kodegen, out)
				got := readTree(t, out)
				if i == 0 {
					first, kTime = got, took
					continue
				}
				for name, data := range got {
					if !bytes.Equal(data, first[name]) {
						t.Errorf("run %d: %s differs from the first run: kodegen is not deterministic", i+1, name)
					}
				}
			}
			same := 0
			for name, data := range want {
				g, ok := first[name]
				switch {
				case !ok:
					t.Errorf("%s: kodegen did not write it", name)
				case !bytes.Equal(g, data):
					t.Errorf("%s differs, %s", name, firstDiff(data, g))
				default:
					same++
				}
			}
			for name := range first {
				if _, ok := want[name]; !ok {
					t.Errorf("%s: kodegen wrote it, upstream did not", name)
				}
			}
			t.Logf("%s@%s: %d/%d CRD files byte-identical; %d kodegen runs the same; upstream %v, kodegen %v (warm)",
				p.module, p.version, same, len(want), runs, upTime.Round(time.Millisecond), kTime.Round(time.Millisecond))
		})
	}
}
