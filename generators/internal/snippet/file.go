package snippet

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/kodegen/kodegen/internal/kversion"
)

// File is the part every gengo file generator shares: the output file
// (GoGenerator), the Go package it is written in, and the import tracker
// behind its raw namer, so that the file imports exactly the packages its
// templates named with $.x|raw$. Embed it and override what differs.
type File struct {
	generator.GoGenerator
	pkgPath string
	tracker namer.ImportTracker
	// plain are import paths written without a name (PlainImports).
	plain []string
}

// NewFile returns a File for the file name in the package pkgPath.
func NewFile(name, pkgPath string) File {
	return NewFileAt(name, pkgPath, kversion.Version{})
}

// NewFileAt is NewFile for the generators of a target release: before
// v0.32 upstream's import trackers did not know the file's own package
// (packageTracker), so other packages may take its name.
func NewFileAt(name, pkgPath string, target kversion.Version) File {
	tracker := generator.NewImportTracker()
	if packageTracker.At(target) {
		tracker = generator.NewImportTrackerForPackage(pkgPath)
	}
	return File{
		GoGenerator: generator.GoGenerator{OutputFilename: name},
		pkgPath:     pkgPath,
		tracker:     tracker,
	}
}

// packageTracker: from v0.32 the import trackers know the file's package.
var packageTracker = kversion.From(false, kversion.V0_32, true)

// PlainImports makes the import lines of these paths plain ("fmt", not
// fmt "fmt"), as upstream wrote the packages its templates spelled by hand
// before v0.32.
func (f *File) PlainImports(paths ...string) { f.plain = append(f.plain, paths...) }

// importLines are the tracker's import lines, PlainImports applied.
func (f *File) importLines() []string {
	lines := f.tracker.ImportLines()
	if len(f.plain) == 0 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		for _, p := range f.plain {
			if name, path, ok := strings.Cut(line, " "); ok && path == `"`+p+`"` && name == p[strings.LastIndex(p, "/")+1:] {
				line = path
			}
		}
		out = append(out, line)
	}
	return out
}

// PkgPath is the import path of the package the file is written in.
func (f *File) PkgPath() string { return f.pkgPath }

// Tracker records the packages the file refers to.
func (f *File) Tracker() namer.ImportTracker { return f.tracker }

// Namers names types as the file's package sees them, importing their
// packages ("raw").
func (f *File) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": f.RawNamer()}
}

// RawNamer is the "raw" name system of Namers, for generators that add
// name systems of their own.
func (f *File) RawNamer() namer.Namer { return namer.NewRawNamer(f.pkgPath, f.tracker) }

// Imports are the import lines of the packages the namers recorded.
func (f *File) Imports(*generator.Context) []string { return f.importLines() }

// ImportsNotSelf are Imports without a line naming the file's own
// package, the filter upstream's deepcopy-gen and conversion-gen apply.
func (f *File) ImportsNotSelf() []string {
	var lines []string
	for _, line := range f.importLines() {
		if line == f.pkgPath || strings.HasSuffix(line, `"`+f.pkgPath+`"`) {
			continue
		}
		lines = append(lines, line)
	}
	return lines
}
