package openapi

import (
	"k8s.io/gengo/v2/generator"

	"github.com/kodegen/kodegen/internal/engine"
)

// apiViolationFileType is the file type of kube-openapi's report writer,
// which writes the report itself, to the standard output or a file.
const apiViolationFileType = "api-violation"

// genReport is kube-openapi's API rule violation report writer (it checks
// every generated type and writes the sorted list in Finalize), with its
// file handed to the run's file set instead: a plain file at --report-filename.
type genReport struct {
	generator.Generator
	path string
}

func (g genReport) FileType() string   { return engine.PlainFileType }
func (g genReport) OutputPath() string { return g.path }

var _ engine.PlainFile = genReport{}
