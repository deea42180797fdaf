package deepcopy

import (
	"fmt"
	"slices"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// enableMarker is a parsed +k8s:deepcopy-gen marker.
type enableMarker struct {
	// value is "package", "true" or "false"; "" when the marker is absent.
	value string
}

// typeComments are the lines upstream reads a type's markers from: the
// block one blank line above the doc comment, then the doc comment.
func typeComments(t *types.Type) []string {
	return append(slices.Clone(t.SecondClosestCommentLines), t.CommentLines...)
}

// markerValues returns the values of every +name line in lines, parsed the
// way upstream parses them (trailing comments dropped, no arguments).
func markerValues(where, name string, lines []string) ([]string, error) {
	tags, err := gengo.ExtractFunctionStyleCommentTags("+", []string{name}, lines)
	if err != nil {
		return nil, fmt.Errorf("%s: +%s: %w", where, name, err)
	}
	var vals []string
	for _, tag := range tags[name] {
		if tag.Args != nil {
			return nil, fmt.Errorf("%s: +%s: takes no arguments; write +%s=<value>", where, tag, name)
		}
		vals = append(vals, tag.Value)
	}
	return vals, nil
}

// parseEnable reads +k8s:deepcopy-gen from lines. allowed are the values
// that fit where the marker is (package or type); hint says what to write
// instead of a value that does not fit.
func parseEnable(where string, lines []string, allowed []string, hint string) (enableMarker, error) {
	vals, err := markerValues(where, markers.DeepcopyGen, lines)
	if err != nil || len(vals) == 0 {
		return enableMarker{}, err
	}
	for _, v := range vals[1:] {
		if v != vals[0] {
			return enableMarker{}, fmt.Errorf("%s: +%s given %d times with different values (%s); give it once", where, markers.DeepcopyGen, len(vals), strings.Join(vals, ", "))
		}
	}
	value, params, _ := strings.Cut(vals[0], ",")
	if params != "" {
		for _, p := range strings.Split(params, ",") {
			// register=<bool> is accepted (and unused) by upstream too.
			if k, _, _ := strings.Cut(p, "="); k != "register" {
				return enableMarker{}, fmt.Errorf("%s: +%s=%s: unknown parameter %q; the only parameter is register", where, markers.DeepcopyGen, vals[0], p)
			}
		}
	}
	if !slices.Contains(allowed, value) {
		return enableMarker{}, fmt.Errorf("%s: +%s=%s: want %s%s", where, markers.DeepcopyGen, value, orList(allowed), hint)
	}
	return enableMarker{value: value}, nil
}

// parseInterfaces reads the interfaces a struct implements by deepcopy,
// in the order given, duplicates included.
func parseInterfaces(where string, lines []string) ([]types.Name, error) {
	vals, err := markerValues(where, markers.DeepcopyInterfaces, lines)
	if err != nil {
		return nil, err
	}
	var names []types.Name
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			if s == "" {
				continue
			}
			n := types.ParseFullyQualifiedName(s)
			if n.Package == "" || n.Name == "" {
				return nil, fmt.Errorf("%s: +%s=%s: %q is not <import path>.<Interface>, e.g. k8s.io/apimachinery/pkg/runtime.Object", where, markers.DeepcopyInterfaces, v, s)
			}
			names = append(names, n)
		}
	}
	return names, nil
}

// parseNonPointer reads +k8s:deepcopy-gen:nonpointer-interfaces.
func parseNonPointer(where string, lines []string) (bool, error) {
	vals, err := markerValues(where, markers.DeepcopyNonPointerInterfaces, lines)
	if err != nil || len(vals) == 0 {
		return false, err
	}
	for _, v := range vals {
		if v != "true" && v != "false" {
			return false, fmt.Errorf("%s: +%s=%s: want true or false", where, markers.DeepcopyNonPointerInterfaces, v)
		}
		if v != vals[0] {
			return false, fmt.Errorf("%s: +%s given as both %s and %s; give it once", where, markers.DeepcopyNonPointerInterfaces, vals[0], v)
		}
	}
	return vals[0] == "true", nil
}

// orList renders values as "a, b or c".
func orList(vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	return strings.Join(vals[:len(vals)-1], ", ") + " or " + vals[len(vals)-1]
}
