package output

import (
	"strings"
	"testing"
)

func TestBelow(t *testing.T) {
	for _, c := range []struct{ value, want string }{
		{"clientset", ""},
		{"a/b", ""},
		{"a/../b", ""},
		{"", ""}, // the caller's to report
		{"..", "leaves it"},
		{"../escape", "leaves it"},
		{"a/../../b", "leaves it"},
		{"/tmp/x", "absolute path"},
	} {
		err := Below("clientset-dir", c.value, "--output-dir")
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v, want nil", c.value, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "--clientset-dir="+c.value)):
			t.Errorf("%q: %v, want an error naming the flag and %q", c.value, err, c.want)
		}
	}
}
