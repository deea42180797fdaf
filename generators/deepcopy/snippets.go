package deepcopy

import (
	"io"
	"text/template"

	"k8s.io/gengo/v2/generator"
)

// snippets executes the generator's const templates ($-delimited, with a
// function per name system, like gengo's SnippetWriter) but parses each
// template once per output file instead of on every use.
type snippets struct {
	w     io.Writer
	funcs template.FuncMap
	cache map[string]*template.Template
	err   error
}

func newSnippets(c *generator.Context) *snippets {
	s := &snippets{funcs: template.FuncMap{}, cache: map[string]*template.Template{}}
	for name, n := range c.Namers {
		s.funcs[name] = n.Name
	}
	return s
}

// do writes tmpl executed with args; the first error sticks.
func (s *snippets) do(tmpl string, args any) {
	if s.err != nil {
		return
	}
	t := s.cache[tmpl]
	if t == nil {
		t, s.err = template.New("deepcopy").Delims("$", "$").Funcs(s.funcs).Parse(tmpl)
		if s.err != nil {
			return
		}
		s.cache[tmpl] = t
	}
	s.err = t.Execute(s.w, args)
}

// line writes text that needs no arguments.
func (s *snippets) line(text string) {
	if s.err != nil {
		return
	}
	_, s.err = io.WriteString(s.w, text)
}
