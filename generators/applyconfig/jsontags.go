package applyconfig

import (
	"reflect"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"
)

// jsonTag is a struct field's json tag as apply configurations use it.
type jsonTag struct {
	name      string
	inline    bool // an embedded field without a name
	omitempty bool
}

// String renders the tag value: "name[,omitempty]", or ",omitempty"/""
// for an inlined field.
func (j jsonTag) String() string {
	s := ""
	if !j.inline {
		s = j.name
	}
	if j.omitempty {
		s += ",omitempty"
	}
	return s
}

// fieldJSON returns the json tag of m; ok is false for a field that JSON
// leaves out (no json tag, or "-").
func fieldJSON(m types.Member) (tag jsonTag, ok bool) {
	value, found := reflect.StructTag(m.Tags).Lookup("json")
	if !found || value == "-" {
		return jsonTag{}, false
	}
	name, opts, _ := strings.Cut(value, ",")
	tag.inline = m.Embedded && name == ""
	tag.name = name
	if name == "" {
		tag.name = m.Name
	}
	tag.omitempty = slices.Contains(strings.Split(opts, ","), "omitempty")
	return tag, true
}
