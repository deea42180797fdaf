// Package snippet is gengo's SnippetWriter with the same templates,
// delimiters, namer functions and errors, except that each template text is
// parsed once per process instead of on every Do: generating k8s.io/api's
// clients runs the same few dozen templates tens of thousands of times.
package snippet

import (
	"fmt"
	"io"
	"sync"
	"text/template"
	"text/template/parse"

	"k8s.io/gengo/v2/generator"
)

// trees memoizes the parse of each template text. The texts are the
// generators' constants and a parse tree is never changed after it is
// stored, so sharing them changes nothing but the time spent.
var trees sync.Map // key -> *parse.Tree

type key struct{ left, right, text string }

// Writer writes templates, executed with the context's namers as
// functions, to an io.Writer; the first error sticks.
type Writer struct {
	w           io.Writer
	left, right string
	funcs       template.FuncMap
	err         error
}

// NewWriter returns a Writer over w whose templates use the given
// delimiters and c's name systems as functions ($.type|public$).
func NewWriter(w io.Writer, c *generator.Context, left, right string) *Writer {
	funcs := template.FuncMap{}
	for name, n := range c.Namers {
		funcs[name] = n.Name
	}
	return &Writer{w: w, left: left, right: right, funcs: funcs}
}

// Do executes text with args and writes the result.
func (s *Writer) Do(text string, args any) *Writer {
	if s.err != nil {
		return s
	}
	t, err := s.template(text)
	if err != nil {
		s.err = err
		return s
	}
	s.err = t.Execute(s.w, args)
	return s
}

func (s *Writer) template(text string) (*template.Template, error) {
	k := key{s.left, s.right, text}
	if tree, ok := trees.Load(k); ok {
		return template.New("snippet").Delims(s.left, s.right).Funcs(s.funcs).AddParseTree("snippet", tree.(*parse.Tree))
	}
	t, err := template.New("snippet").Delims(s.left, s.right).Funcs(s.funcs).Parse(text)
	if err != nil {
		return nil, fmt.Errorf("template %q: %w", text, err)
	}
	trees.Store(k, t.Tree)
	return t, nil
}

// Error is the first error any Do met.
func (s *Writer) Error() error { return s.err }

// Out is the underlying writer.
func (s *Writer) Out() io.Writer { return s.w }

// Append copies r to the output, unless an error already stuck.
func (s *Writer) Append(r io.Reader) error {
	if s.err != nil {
		return nil
	}
	_, err := io.Copy(s.w, r)
	return err
}
