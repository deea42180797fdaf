package deepcopy

import (
	"io"

	"k8s.io/gengo/v2/generator"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// snippets writes the copy bodies: templates through the shared snippet
// writer (each parsed once per process), and plain lines as they are.
type snippets struct {
	sw  *snippet.Writer
	err error // of a plain line
}

func newSnippets(c *generator.Context, w io.Writer) *snippets {
	return &snippets{sw: snippet.NewWriter(w, c, "$", "$")}
}

// do writes tmpl executed with args; the first error sticks.
func (s *snippets) do(tmpl string, args any) {
	if s.firstErr() == nil {
		s.sw.Do(tmpl, args)
	}
}

// line writes text that needs no arguments.
func (s *snippets) line(text string) {
	if s.firstErr() == nil {
		_, s.err = io.WriteString(s.sw.Out(), text)
	}
}

// firstErr is the first error any write met.
func (s *snippets) firstErr() error {
	if err := s.sw.Error(); err != nil {
		return err
	}
	return s.err
}
