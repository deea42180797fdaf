package validation

import (
	"encoding/json"
	"io"

	"github.com/kodegen/kodegen/internal/markers"
)

// tagDoc is one tag of --docs, in upstream's field names.
type tagDoc struct {
	Tag              string
	StabilityLevel   string
	Args             []argDoc `json:",omitempty"`
	Usage            string
	Description      string
	Scopes           []string
	Payloads         []payloadDoc `json:",omitempty"`
	PayloadsType     string       `json:",omitempty"`
	PayloadsRequired bool         `json:",omitempty"`
}

type argDoc struct {
	Name     string
	Required bool
}

type payloadDoc struct {
	Description string
}

// Docs writes the validation tags as JSON, as upstream's --docs (with
// upstream's names, scopes, arguments and payloads; the longer Docs texts
// are not repeated).
func Docs(w io.Writer) error {
	var docs []tagDoc
	for _, t := range markers.ValidationTags() {
		d := tagDoc{
			Tag: t.Name, StabilityLevel: t.Stability, Usage: t.Usage()[1:], Description: t.Doc,
			Scopes: t.Contexts, PayloadsType: t.Payload, PayloadsRequired: t.PayloadRequired,
		}
		for _, a := range t.Args {
			d.Args = append(d.Args, argDoc{Name: a.Name, Required: a.Required})
		}
		for _, p := range t.Payloads {
			d.Payloads = append(d.Payloads, payloadDoc{Description: p})
		}
		docs = append(docs, d)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "    ")
	return enc.Encode(docs)
}
