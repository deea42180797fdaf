package snippet

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
)

// File is the part every gengo file generator shares: the output file
// (GoGenerator), the Go package it is written in, and the import tracker
// behind its raw namer, so that the file imports exactly the packages its
// templates named with $.x|raw$. Embed it and override what differs.
type File struct {
	generator.GoGenerator
	pkgPath string
	tracker namer.ImportTracker
}

// NewFile returns a File for the file name in the package pkgPath.
func NewFile(name, pkgPath string) File {
	return File{
		GoGenerator: generator.GoGenerator{OutputFilename: name},
		pkgPath:     pkgPath,
		tracker:     generator.NewImportTrackerForPackage(pkgPath),
	}
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
func (f *File) Imports(*generator.Context) []string { return f.tracker.ImportLines() }

// ImportsNotSelf are Imports without a line naming the file's own
// package, the filter upstream's deepcopy-gen and conversion-gen apply.
func (f *File) ImportsNotSelf() []string {
	var lines []string
	for _, line := range f.tracker.ImportLines() {
		if line == f.pkgPath || strings.HasSuffix(line, `"`+f.pkgPath+`"`) {
			continue
		}
		lines = append(lines, line)
	}
	return lines
}
