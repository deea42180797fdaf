package output

import (
	"sort"
	"strconv"
	"strings"
)

// ImportBlock writes an import declaration for imports (gengo's form: a
// path, or `name "path"`) already in the shape goimports gives it: specs
// sorted by group (standard library, then everything else), path and name,
// duplicates dropped, a blank line between groups. Generated files start
// out formatted, so FormatGenerated needs a single parse and print.
func ImportBlock(imports []string) string {
	type spec struct {
		name, path string
		group      int
	}
	seen := map[spec]bool{}
	var specs []spec
	for _, imp := range imports {
		s := spec{path: imp}
		if i := strings.IndexByte(imp, '"'); i >= 0 {
			s.name = strings.TrimSpace(imp[:i])
			p, err := strconv.Unquote(strings.TrimSpace(imp[i:]))
			if err != nil {
				p = strings.Trim(imp[i:], `"`)
			}
			s.path = p
		}
		s.group = importGroup(s.path)
		if !seen[s] {
			seen[s] = true
			specs = append(specs, s)
		}
	}
	if len(specs) == 0 {
		return ""
	}
	sort.Slice(specs, func(i, j int) bool {
		a, b := specs[i], specs[j]
		if a.group != b.group {
			return a.group < b.group
		}
		if a.path != b.path {
			return a.path < b.path
		}
		return a.name < b.name
	})
	var b strings.Builder
	b.WriteString("import (\n")
	for i, s := range specs {
		if i > 0 && s.group != specs[i-1].group {
			b.WriteString("\n")
		}
		b.WriteString("\t")
		if s.name != "" {
			b.WriteString(s.name + " ")
		}
		b.WriteString(strconv.Quote(s.path) + "\n")
	}
	b.WriteString(")\n\n")
	return b.String()
}

// importGroup is goimports' grouping without a local prefix: the standard
// library, then paths whose first element has a dot, with appengine apart.
func importGroup(path string) int {
	switch first, _, _ := strings.Cut(path, "/"); {
	case strings.HasPrefix(path, "appengine"):
		return 2
	case strings.Contains(first, "."):
		return 1
	default:
		return 0
	}
}
