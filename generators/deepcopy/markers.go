package deepcopy

import (
	"fmt"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/markers"
)

// enableMarker is a parsed +k8s:deepcopy-gen marker.
type enableMarker struct {
	// value is "package", "true" or "false"; "" when the marker is absent.
	value string
}

// parseEnable reads +k8s:deepcopy-gen from src. allowed are the values
// that fit where the marker is (package or type); hint says what to write
// instead of a value that does not fit. The value may carry parameters
// ("true,register=false"), so it is read with Tags, not Get.
func parseEnable(src markers.Source, allowed []string, hint string) (enableMarker, error) {
	d := markers.DeepcopyGen
	tags, err := d.Tags(src)
	if err != nil || len(tags) == 0 {
		return enableMarker{}, err
	}
	vals := make([]string, 0, len(tags))
	for _, tag := range tags {
		if tag.Args != nil {
			return enableMarker{}, d.Errorf(src.Sym, tag.Value, "%s(%s)=%s: takes no arguments; write %s=<value>", d.Marker(), strings.Join(tag.Args, ", "), tag.Value, d.Marker())
		}
		vals = append(vals, tag.Value)
	}
	for _, v := range vals[1:] {
		if v != vals[0] {
			return enableMarker{}, d.Errorf(src.Sym, v, "%s given %d times with different values (%s); give it once", d.Marker(), len(vals), strings.Join(vals, ", "))
		}
	}
	value, params, _ := strings.Cut(vals[0], ",")
	if params != "" {
		for _, p := range strings.Split(params, ",") {
			// register=<bool> is accepted (and unused) by upstream too.
			if k, _, _ := strings.Cut(p, "="); k != "register" {
				return enableMarker{}, d.Errorf(src.Sym, vals[0], "%s=%s: unknown parameter %q; the only parameter is register", d.Marker(), vals[0], p)
			}
		}
	}
	if !slices.Contains(allowed, value) {
		known := map[string]bool{}
		for _, a := range allowed {
			known[a] = true
		}
		if best := markers.Closest(value, known); best != "" {
			hint = fmt.Sprintf(" (did you mean %s=%s?)%s", d.Marker(), best, hint)
		}
		return enableMarker{}, d.Errorf(src.Sym, value, "%s=%s: want %s%s", d.Marker(), markers.Show(value), markers.Choices(allowed), hint)
	}
	return enableMarker{value: value}, nil
}

// parseInterfaces reads the interfaces a struct implements by deepcopy,
// in the order given, duplicates included.
func parseInterfaces(src markers.Source) ([]types.Name, error) {
	d := markers.DeepcopyInterfaces
	vals, err := d.All(src)
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
				return nil, d.Errorf(src.Sym, v, "%s=%s: %q is not <import path>.<Interface>, e.g. k8s.io/apimachinery/pkg/runtime.Object", d.Marker(), v, s)
			}
			names = append(names, n)
		}
	}
	return names, nil
}

// parseNonPointer reads +k8s:deepcopy-gen:nonpointer-interfaces.
func parseNonPointer(src markers.Source) (bool, error) {
	v, _, err := markers.DeepcopyNonPointerInterfaces.Get(src)
	return v == "true", err
}
