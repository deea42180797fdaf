package examplegen

import (
	"io"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/generator"
)

// genTypeNames writes one package's file.
type genTypeNames struct {
	generator.GoGenerator
	names []string
}

func (g *genTypeNames) Finalize(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	quoted := make([]string, len(g.names))
	for i, n := range g.names {
		quoted[i] = strconv.Quote(n)
	}
	sw.Do(typeNamesTmpl, generator.Args{"names": strings.Join(quoted, ", ")})
	return sw.Error()
}

const typeNamesTmpl = `
// TypeNames are the exported types of this package, sorted.
var TypeNames = []string{$.names$}
`
