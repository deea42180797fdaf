package applyconfig

import (
	"reflect"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/kversion"
)

// jsonTag is a struct field's json tag as apply configurations use it.
type jsonTag struct {
	name      string
	inline    bool // an embedded field without a name (by option before v0.37)
	omitempty bool
	// byOption: the release's rules (jsonRulesAt) decide inline by the
	// ",inline" option and write it back.
	byOption bool
}

// jsonRules are how a release reads and writes json tags.
type jsonRules struct {
	// inlineByOption: before v0.37 a field was inlined when its tag had
	// the ",inline" option (embedded or not), and the apply
	// configuration's tag kept it (`json:",inline"`); from v0.37 an
	// embedded field without a name is inlined, tagged `json:""`.
	inlineByOption bool
}

var jsonRulesAt = kversion.From(jsonRules{inlineByOption: true}, kversion.V0_37, jsonRules{})

// String renders the tag value: "name[,omitempty]", or ",omitempty"/""
// for an inlined field (",inline" appended under byOption).
func (j jsonTag) String() string {
	s := ""
	if !j.inline {
		s = j.name
	}
	if j.omitempty {
		s += ",omitempty"
	}
	if j.inline && j.byOption {
		s += ",inline"
	}
	return s
}

// fieldJSONAt is fieldJSON under a release's rules.
func fieldJSONAt(m types.Member, r jsonRules) (tag jsonTag, ok bool) {
	tag, ok = fieldJSON(m)
	if !ok || !r.inlineByOption {
		return tag, ok
	}
	value := reflect.StructTag(m.Tags).Get("json")
	if value == "" {
		return jsonTag{}, false // Get, not Lookup: json:"" left the field out
	}
	_, opts, _ := strings.Cut(value, ",")
	tag.inline = slices.Contains(strings.Split(opts, ","), "inline")
	tag.byOption = true
	return tag, true
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
