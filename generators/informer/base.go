package informer

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// base is what every informer-gen file generator shares: one output file
// in package pkgPath, written once in Init, with tracked imports.
type base struct {
	generator.GoGenerator
	pkgPath string
	imports namer.ImportTracker
}

func newBase(file, pkgPath string) base {
	return base{
		GoGenerator: generator.GoGenerator{OutputFilename: file},
		pkgPath:     pkgPath,
		imports:     generator.NewImportTrackerForPackage(pkgPath),
	}
}

// Filter keeps no type: each file is written once, in Init.
func (b *base) Filter(*generator.Context, *types.Type) bool { return false }

func (b *base) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(b.pkgPath, b.imports)}
}

func (b *base) Imports(*generator.Context) []string { return b.imports.ImportLines() }
