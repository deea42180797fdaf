package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

// listed is what `go list -json` says about one package.
type listed struct {
	ImportPath string
	Name       string
	Dir        string
	GoFiles    []string
	CgoFiles   []string
	Imports    []string
	ImportMap  map[string]string
	Export     string
	Standard   bool
	DepOnly    bool
	Module     *module
	Error      *struct{ Err string }
	DepsErrors []*struct{ Err string }
}

// module is the module a listed package belongs to.
type module struct {
	Path, Version, Dir string
	Replace            *struct{ Path, Version, Dir string }
}

const listFields = "ImportPath,Name,Dir,GoFiles,CgoFiles,Imports,ImportMap,Export,Standard,DepOnly,Module,Error,DepsErrors"

// goList runs `go list -e -json` in dir; tags are the build tags. With
// deps it lists every dependency too (before the packages importing it);
// with export it also builds their export data, compiling what the build
// cache lacks.
func goList(dir string, tags []string, deps, export bool, patterns []string) ([]*listed, error) {
	args := []string{"list", "-e", "-json=" + listFields}
	if deps {
		args = append(args, "-deps")
	}
	if export {
		args = append(args, "-export")
	}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	args = append(args, "--")
	args = append(args, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go list %s: %v\n%s", strings.Join(patterns, " "), err, strings.TrimSpace(stderr.String()))
	}
	if msg := strings.TrimSpace(stderr.String()); msg != "" && !deps {
		// "matched no packages" and similar warnings.
		fmt.Fprintln(os.Stderr, msg)
	}
	var out []*listed
	dec := json.NewDecoder(&stdout)
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list output: %w", err)
		}
		out = append(out, &p)
	}
	return out, nil
}

// dir is where the package's files live, as gengo computes it.
func (p *listed) dir() string {
	if p.Module != nil && p.Module.Dir != "" {
		return strings.TrimSuffix(p.Module.Dir, "/") + strings.TrimPrefix(p.ImportPath, p.Module.Path)
	}
	return p.Dir
}

// resolve maps an import path as written in p's source to the package path.
func (p *listed) resolve(path string) string {
	if real, ok := p.ImportMap[path]; ok {
		return real
	}
	return path
}
