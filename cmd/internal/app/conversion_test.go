package app

import (
	"bytes"
	"strings"
	"testing"
)

const conversionTestdata = "github.com/kodegen/kodegen/generators/conversion/testdata/"

func runConversionGen(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := Command("conversion-gen")
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

// The golden files are what the command generates, so --verify finds
// nothing to change and writes nothing.
func TestConversionGenVerify(t *testing.T) {
	out, err := runConversionGen(t, "--verify", "--output-file", "zz_generated.conversion.go",
		conversionTestdata+"shapes/v1", conversionTestdata+"external/conv")
	if code := ExitCode(err); code != ExitOK {
		t.Fatalf("exit %d: %v\n%s", code, err, out)
	}
}

func TestConversionGenDrift(t *testing.T) {
	// --skip-unsafe output differs from the golden file of shapes/v1.
	out, err := runConversionGen(t, "--verify", "--skip-unsafe", "--output-file", "zz_generated.conversion.go",
		conversionTestdata+"shapes/v1")
	if code := ExitCode(err); code != ExitDrift {
		t.Fatalf("exit %d, want %d: %v\n%s", code, ExitDrift, err, out)
	}
	if !strings.Contains(out, "-\tout.Parts = *(*[]api.Part)(unsafe.Pointer(&in.Parts))") {
		t.Errorf("diff lacks the unsafe cast that --skip-unsafe removes:\n%s", out)
	}
}

func TestConversionGenErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--lint-rules", "bogus", conversionTestdata + "shapes/v1"}, `unrecognized rule "bogus"`},
		{[]string{"--output-file", "", conversionTestdata + "shapes/v1"}, "--output-file must be specified"},
		{[]string{"--strict", "--verify", conversionTestdata + "bad/missing/v1"}, "require manual conversion"},
	} {
		_, err := runConversionGen(t, tc.args...)
		if ExitCode(err) != ExitError || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want exit 2 and %q", tc.args, err, tc.want)
		}
	}
}
