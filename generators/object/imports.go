package object

import (
	"fmt"
	gotypes "go/types"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// imports are the imports of one generated file and the names they go by.
// Names are handed out as controller-gen does, first come first served:
// the last element of the import path, made a valid identifier, widened
// with the elements before it while it clashes with a name already given
// (or with the package's own name); so which package gets the short name
// depends on the order the types need them.
type imports struct {
	pkg     *gotypes.Package
	byPath  map[string]string
	byAlias map[string]string
	order   []string // paths, as first needed
}

func newImports(pkg *gotypes.Package) *imports {
	im := &imports{pkg: pkg, byPath: map[string]string{}, byAlias: map[string]string{}}
	// The package's own name is taken, so that no import shadows it.
	im.byAlias[pkg.Name()] = ""
	return im
}

// need returns the name to use for the package importPath, importing it.
func (im *imports) need(importPath string) string {
	if i := strings.LastIndex(importPath, "/vendor/"); i >= 0 {
		importPath = importPath[i+len("/vendor/"):]
	}
	if alias, ok := im.byPath[importPath]; ok {
		return alias
	}
	rest, word := path.Split(importPath)
	alias := ""
	for {
		if rest == "" {
			// Out of elements and still clashing: controller-gen appends x
			// (and, having no element left, repeats the first one).
			alias += "x"
		}
		word = identifier(word)
		alias = word + alias
		if rest != "" {
			rest, word = path.Split(rest[:len(rest)-1])
		}
		if other, taken := im.byAlias[alias]; !taken || other == importPath {
			break
		}
	}
	im.byPath[importPath] = alias
	im.byAlias[alias] = importPath
	im.order = append(im.order, importPath)
	return alias
}

// identifier makes an import path element a Go identifier: leading digits
// dropped, every other character that cannot be in one replaced by '_'.
func identifier(word string) string {
	for {
		r, n := utf8.DecodeRuneInString(word)
		if n == 0 || !unicode.IsDigit(r) {
			break
		}
		word = word[n:]
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return r
		}
		return '_'
	}, word)
}

// specs are the import lines: a package the input imports under the name
// it was given is written without one, every other with it. go/format
// sorts them.
func (im *imports) specs() []string {
	direct := map[string]string{}
	for _, p := range im.pkg.Imports() {
		direct[p.Path()] = p.Name()
	}
	out := make([]string, 0, len(im.order))
	for _, p := range im.order {
		alias := im.byPath[p]
		if name, ok := direct[p]; ok && name == alias {
			out = append(out, fmt.Sprintf("%q", p))
		} else {
			out = append(out, fmt.Sprintf("%s %q", alias, p))
		}
	}
	return out
}
