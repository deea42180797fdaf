package crd

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	yamlv2 "go.yaml.in/yaml/v2"

	"github.com/kodegen/kodegen/internal/yamlemit"
)

// File is one generated CRD manifest.
type File struct {
	Name string // group_plural.yaml
	Data []byte
}

// Input is what a run reads besides the load: files (the header, the
// CRDs already written) and where warnings go.
type Input struct {
	ReadFile func(name string) ([]byte, error)
	ReadDir  func(name string) ([]string, error)
	Warn     func(msg string)
}

// Generate returns the CRD manifests of the kinds declared in roots (the
// loaded input packages, by import path), as controller-gen's crd
// generator writes them, sorted by name.
func Generate(cfg Config, src source, roots []string, in Input) ([]File, error) {
	var warned map[string]bool
	warn := func(pos token.Position, text string) {
		if in.Warn == nil || !strings.HasPrefix(text, "+kubebuilder:") || knownElsewhere(text) {
			return
		}
		if warned == nil {
			warned = map[string]bool{}
		}
		msg := fmt.Sprintf("%s:%d: unknown marker %s (controller-gen ignores it)", pos.Filename, pos.Line, text)
		if s := suggest(text); s != "" {
			msg += "; did you mean +" + s + "?"
		}
		if !warned[msg] {
			warned[msg] = true
			in.Warn(msg)
		}
	}
	p := newParser(cfg, src, warn)
	p.prefetch(roots)
	for _, r := range roots {
		p.needPackage(r)
	}
	// controller-gen writes nothing when no input imports metav1.
	importsMeta := false
	for _, r := range roots {
		pi := p.pkgs[r]
		switch {
		case pi == nil:
		case pi.types != nil:
			for _, imp := range pi.types.Imports() {
				importsMeta = importsMeta || imp.Path() == metav1Path
			}
		default: // not type-checked (no kind there): its files say
			for _, f := range pi.files {
				for _, imp := range f.Imports {
					importsMeta = importsMeta || strings.Trim(imp.Path.Value, "\"`") == metav1Path
				}
			}
		}
	}
	if !importsMeta {
		if in.Warn != nil {
			what := "no package"
			if len(roots) > 0 {
				what = "none of the " + fmt.Sprint(len(roots)) + " packages"
			}
			in.Warn(fmt.Sprintf("%s in paths= imports k8s.io/apimachinery/pkg/apis/meta/v1: no CRD to write", what))
		}
		return nil, nil
	}
	header := ""
	if cfg.HeaderFile != "" {
		b, err := in.ReadFile(cfg.HeaderFile)
		if err != nil {
			return nil, fmt.Errorf("crd: headerFile: %w", err)
		}
		header = string(b)
	}
	header = strings.ReplaceAll(header, " YEAR", " "+cfg.Year)
	// The files already in the output folder are read once, for their
	// versions and to check that they are CRDs.
	if in.ReadFile != nil {
		in.ReadFile = readOnce(in.ReadFile)
	}
	// The annotation: --tool-version, else what the file (or, for a new
	// file, the first CRD file of the folder) says, else DefaultVersion.
	dirVersion, existing := DefaultVersion, map[string]string{}
	if cfg.ToolVersion == "" && cfg.OutputDir != "" && in.ReadDir != nil {
		existing = existingVersions(cfg.OutputDir, in)
		if v := existing[""]; v != "" {
			dirVersion = v
		}
	}
	// A CRD is complete once built: nothing later changes its schema (each
	// is a deep copy of its own, sharing only defaults, which nothing
	// changes). So each is marshalled, the costly part, while the next
	// ones are built.
	var built []*builtCRD // appended to while earlier ones marshal: pointers
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, gk := range p.kinds(roots) {
		crd := p.crdFor(gk)
		if crd == nil {
			continue
		}
		name := fmt.Sprintf("%s_%s.yaml", crd.Spec.Group, crd.Spec.Names.Plural)
		if !cfg.OmitToolVersion {
			version := cfg.ToolVersion
			if version == "" {
				version = existing[name]
			}
			if version == "" {
				version = dirVersion
			}
			if crd.Metadata.Annotations == nil {
				crd.Metadata.Annotations = map[string]string{}
			}
			crd.Metadata.Annotations["controller-gen.kubebuilder.io/version"] = version
		}
		for _, v := range crd.Spec.Versions {
			if v.Schema != nil && v.Schema.OpenAPIV3Schema != nil {
				if _, ok := v.Schema.OpenAPIV3Schema.Properties["metadata"]; ok {
					v.Schema.OpenAPIV3Schema.Properties["metadata"] = Schema{Type: "object"}
				}
			}
		}
		crd.Spec.PreserveUnknownFields = cfg.PreserveUnknownFields
		if err := checkOwned(cfg, in, name); err != nil {
			wg.Wait()
			return nil, err
		}
		b := &builtCRD{gk: gk, name: name}
		built = append(built, b)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			data, err := marshalYAML(header+"---\n", crd)
			if err != nil {
				err = fmt.Errorf("crd: %s: %w", gk, err)
			}
			b.data, b.err = data, err
		}()
	}
	wg.Wait()
	var files []File
	byName := map[string]int{}
	for _, b := range built {
		if b.err != nil {
			return nil, b.err
		}
		f := File{Name: b.name, Data: b.data}
		if j, ok := byName[b.name]; ok {
			files[j] = f
			continue
		}
		byName[b.name] = len(files)
		files = append(files, f)
	}
	if err := errors.Join(p.errs...); err != nil {
		return nil, err
	}
	return files, nil
}

// builtCRD is one CRD of a run and its manifest.
type builtCRD struct {
	gk   groupKind
	name string
	data []byte
	err  error
}

// readOnce is read, remembering what it read.
func readOnce(read func(string) ([]byte, error)) func(string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	seen := map[string]result{}
	return func(name string) ([]byte, error) {
		r, ok := seen[name]
		if !ok {
			r.data, r.err = read(name)
			seen[name] = r
		}
		return r.data, r.err
	}
}

// checkOwned refuses to replace a file that is not a CRD manifest (CRD
// files carry no "Code generated" line: being one is what makes it ours).
func checkOwned(cfg Config, in Input, name string) error {
	if cfg.Stdout || cfg.OutputDir == "" || in.ReadFile == nil {
		return nil
	}
	path := filepath.Join(cfg.OutputDir, name)
	b, err := in.ReadFile(path)
	if err != nil {
		return nil // not there (or unreadable: the write will say)
	}
	if !crdKind.Match(b) {
		return fmt.Errorf("%s exists and is not a CustomResourceDefinition manifest: not overwriting it (move it, or choose another output:crd folder)", path)
	}
	return nil
}

var crdKind = regexp.MustCompile(`(?m)^kind:\s*CustomResourceDefinition\s*$`)

// marshalYAML is prefix and then the object as controller-gen writes it:
// JSON, read back into maps (numbers kept as written), then YAML with
// sorted keys.
func marshalYAML(prefix string, v any) ([]byte, error) {
	j, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(j))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		return nil, err
	}
	// What sigs.k8s.io/yaml.Marshal(obj) writes, without its second JSON
	// encoding and the YAML parse of it: yaml.v2 gives json.Numbers the
	// number types its parser would have resolved. yamlemit writes
	// yaml.v2's bytes several times faster, for all but the rare values
	// only yaml.v2's full emitter takes.
	// The YAML of a schema is about 1.5 times its JSON: room for twice.
	buf := make([]byte, 0, len(prefix)+2*len(j))
	out, err := yamlemit.Append(append(buf, prefix...), obj)
	if errors.Is(err, yamlemit.ErrUnsupported) {
		out, err = yamlv2.Marshal(obj)
		return append([]byte(prefix), out...), err
	}
	return out, err
}

var versionLine = regexp.MustCompile(`(?m)^\s*controller-gen\.kubebuilder\.io/version:\s*(\S+)\s*$`)

// existingVersions are the controller-gen versions named in the CRD
// files already in dir, by file name, and under "" the first one's.
func existingVersions(dir string, in Input) map[string]string {
	out := map[string]string{}
	names, err := in.ReadDir(dir)
	if err != nil {
		return out
	}
	sort.Strings(names)
	for _, n := range names {
		if !strings.HasSuffix(n, ".yaml") {
			continue
		}
		b, err := in.ReadFile(filepath.Join(dir, n))
		if err != nil {
			continue
		}
		if m := versionLine.FindSubmatch(b); m != nil {
			v := strings.Trim(string(m[1]), `"'`)
			out[n] = v
			if out[""] == "" {
				out[""] = v
			}
		}
	}
	return out
}

// knownElsewhere are +kubebuilder: markers other controller-gen generators
// (object, rbac, webhook, applyconfiguration) read: no warning for them.
func knownElsewhere(text string) bool {
	name, _, _ := strings.Cut(strings.TrimPrefix(text, "+"), "=")
	for _, p := range []string{
		"kubebuilder:object:", "kubebuilder:rbac:", "kubebuilder:webhook:", "kubebuilder:webhookconfiguration:",
		"kubebuilder:ac:", "kubebuilder:scaffold:", "kubebuilder:docs-gen:", "kubebuilder:informers:",
	} {
		if strings.HasPrefix(name+":", p) || strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// suggest is the known marker closest to text's name, or "".
func suggest(text string) string {
	name, _, _ := strings.Cut(strings.TrimPrefix(text, "+"), "=")
	best, bestD, bestLen := "", 1<<30, 0
	for _, n := range crdRegistry.names() {
		if !strings.HasPrefix(n, "kubebuilder:") {
			continue
		}
		cand := name
		if strings.Count(name, ":") > strings.Count(n, ":") {
			// +kubebuilder:printcolumn:name=...: compare the name part only
			parts := strings.Split(name, ":")
			cand = strings.Join(parts[:strings.Count(n, ":")+1], ":")
		}
		if d := distance(strings.ToLower(cand), strings.ToLower(n)); d < bestD {
			best, bestD, bestLen = n, d, len(n)-len("kubebuilder:")
		}
	}
	if bestD > max(2, bestLen/4) {
		return ""
	}
	return best
}

func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
