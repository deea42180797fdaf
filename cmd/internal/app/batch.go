package app

import (
	"io"

	"github.com/kodegen/kodegen/internal/engine"
)

// Batch collects the generators of several commands so that they run
// together, on one load. A command whose output writer is a *Batch adds
// its generators to it instead of running them (see Run): that is how
// `kodegen batch` and `kodegen gen` reuse every command's flag parsing.
type Batch struct {
	io.Writer
	Gens   []engine.Generator
	Verify bool // some command asked for --verify
}

func (b *Batch) add(rf RunFlags, gens ...engine.Generator) {
	b.Gens = append(b.Gens, gens...)
	b.Verify = b.Verify || rf.Verify
}
