package markers

import (
	"encoding/json"
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/mod/module"
)

// A Kind is what a marker's value must be where Def.Allowed does not list
// the values: a group name, a Go identifier, an import path, JSON. Every
// value a generator reads through Get, All, First or Check passes its
// Def's Kind first, so no value reaches generated code unless it is what
// it claims to be (a group is a DNS subdomain, so it can sit in a string
// literal; a Go name is an identifier, so it can sit in a declaration).
type Kind struct {
	// Name says what the value is, for messages and `kodegen markers`.
	Name string
	// Example is a good value, for messages when no close fix is known.
	Example string
	// check returns why v does not fit where it appears (0: anywhere
	// the Def may appear) and, when one is known, a value to write
	// instead; "" when v is fine.
	check func(v string, where Scope) (why, fix string)
}

// IsZero reports whether k accepts any value.
func (k Kind) IsZero() bool { return k.check == nil }

// Check returns why v is not a value of kind k where it appears, with a
// value to write instead when one is known; why is "" for a good value.
func (k Kind) Check(v string, where Scope) (why, fix string) {
	if k.check == nil {
		return "", ""
	}
	return k.check(v, where)
}

// Fix returns a value of kind k close to v, or "" when none is known.
func (k Kind) Fix(v string) string {
	if k.check == nil {
		return ""
	}
	if why, fix := k.check(v, 0); why != "" {
		return fix
	}
	return v
}

// The kinds of the catalogue's values.
var (
	// GroupKind is an API group: a lower-case DNS subdomain, or "" for
	// the legacy core group.
	GroupKind = Kind{Name: "an API group (a lower-case DNS subdomain such as shop.example.com; empty for the core group)", Example: "shop.example.com", check: checkGroup}
	// GoNameKind is a Go identifier (ASCII, starting with a letter).
	GoNameKind = Kind{Name: "a Go identifier such as ShopExample", Example: "ShopExample", check: func(v string, _ Scope) (string, string) {
		if why := GoIdent(v); why != "" {
			return "the name " + why, goNameFix(v)
		}
		return "", ""
	}}
	// ResourceKind is a REST resource name: a lower-case DNS label.
	ResourceKind = Kind{Name: "a resource name (a lower-case DNS label such as widgetclasses)", Example: "widgets", check: func(v string, _ Scope) (string, string) {
		if why := DNSLabel(v); why != "" {
			return "the resource name " + why, dnsFix(v, false)
		}
		return "", ""
	}}
	// ImportPathKind is a Go import path.
	ImportPathKind = Kind{Name: "an import path such as example.com/apis/shop", Example: "example.com/apis/shop/v1", check: func(v string, _ Scope) (string, string) {
		if why := ImportPath(v); why != "" {
			return "the package " + why, ""
		}
		return "", ""
	}}
	// InterfacesKind is a comma-separated list of <import path>.<Name>.
	InterfacesKind = Kind{Name: "<import path>.<Interface>, comma-separated, such as k8s.io/apimachinery/pkg/runtime.Object", check: checkInterfaces}
	// VerbsKind is a comma-separated list of client verbs.
	VerbsKind = Kind{Name: "client verbs, comma-separated (" + strings.Join(ClientVerbs, ", ") + ")", check: checkVerbs}
	// MethodKind is a +genclient:method value:
	// Name,verb=VERB[,subresource=NAME][,input=TYPE][,result=TYPE].
	MethodKind = Kind{Name: "Name,verb=VERB[,subresource=NAME][,input=TYPE][,result=TYPE]", check: func(v string, _ Scope) (string, string) {
		_, why := ParseMethod(v)
		return why, ""
	}}
	// DefaultKind is a +default value: JSON, or ref(Ident) or
	// ref(import/path.Ident) naming a constant.
	DefaultKind = Kind{Name: "JSON, or ref(Ident) or ref(import/path.Ident) naming a constant", check: checkDefault}
	// JSONNameKind is a field's JSON name (+listMapKey, +patchMergeKey),
	// which openapi-gen writes between quotes as it is.
	JSONNameKind = Kind{Name: "a field's JSON name such as containerPort", Example: "name", check: func(v string, _ Scope) (string, string) {
		return plainWords(v, "a JSON field name", false)
	}}
	// PatchStrategyKind is a comma-separated list of patch strategies.
	PatchStrategyKind = Kind{Name: "patch strategies, comma-separated, such as merge or merge,retainKeys", Example: "merge", check: func(v string, _ Scope) (string, string) {
		return plainWords(v, "a patch strategy", true)
	}}
	// ModelPackageKind is the dotted package part of OpenAPI model names.
	ModelPackageKind = Kind{Name: "a dotted model package such as io.k8s.api.core.v1", Example: "io.k8s.api.core.v1", check: func(v string, _ Scope) (string, string) {
		return plainWords(v, "a model package", false)
	}}
)

// plainWords accepts letters, digits, '_', '-' and '.' (and ',' between
// words when list): nothing that could leave a Go string literal.
func plainWords(v, what string, list bool) (string, string) {
	if v == "" {
		return "the value is empty; write " + what, ""
	}
	var fix strings.Builder
	ok := true
	for _, r := range v {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-', r == '.', list && r == ',':
			fix.WriteRune(r)
		default:
			ok = false
		}
	}
	if ok {
		return "", ""
	}
	return fmt.Sprintf("%q is not %s (letters, digits, '_', '-' and '.' only)", v, what), fix.String()
}

// ClientVerbs are the verbs a typed client can have, in the order their
// methods are declared.
var ClientVerbs = []string{
	"create", "update", "updateStatus", "delete", "deleteCollection",
	"get", "list", "watch", "patch", "apply", "applyStatus",
}

var dnsLabelRE = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)

// DNSLabel returns why s is not a lower-case DNS label (RFC 1123: at most
// 63 lower-case letters, digits and '-', starting and ending with a letter
// or digit), or "".
func DNSLabel(s string) string {
	switch {
	case s == "":
		return "is empty"
	case len(s) > 63:
		return fmt.Sprintf("is %d characters long; a DNS label has at most 63", len(s))
	case !dnsLabelRE.MatchString(s):
		return "is not a lower-case DNS label (letters a-z, digits and '-', starting and ending with a letter or digit)"
	}
	return ""
}

// DNSSubdomain returns why s is not a lower-case DNS subdomain (RFC 1123:
// DNS labels joined by '.', at most 253 characters), or "".
func DNSSubdomain(s string) string {
	if s == "" {
		return "is empty"
	}
	if len(s) > 253 {
		return fmt.Sprintf("is %d characters long; a DNS subdomain has at most 253", len(s))
	}
	for _, label := range strings.Split(s, ".") {
		if label == "" || !dnsLabelRE.MatchString(label) || len(label) > 63 {
			return "is not a lower-case DNS subdomain (labels of letters a-z, digits and '-', joined by '.')"
		}
	}
	return ""
}

func checkGroup(v string, _ Scope) (string, string) {
	if v == "" {
		return "", "" // the legacy core group (k8s.io/api/core/v1)
	}
	if why := DNSSubdomain(v); why != "" {
		return "the group " + why, dnsFix(v, true)
	}
	return "", ""
}

// GoIdent returns why s is not a Go identifier kodegen can build names
// from (ASCII letters, digits and '_', starting with a letter, not a
// keyword), or "".
func GoIdent(s string) string {
	switch {
	case s == "":
		return "is empty"
	case !asciiIdent(s):
		return "is not a Go identifier (ASCII letters, digits and '_', starting with a letter)"
	case token.IsKeyword(s):
		return "is a Go keyword"
	}
	return ""
}

func asciiIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '_')) {
			return false
		}
	}
	return s != ""
}

// metaPackages are the go command's pattern names; as a peer or input
// package they would load far more than one package.
var metaPackages = []string{"all", "std", "cmd", "tool", "work", "main"}

// ImportPath returns why s is not a Go import path of a package that can
// be loaded by name (no pattern, no relative path), or "".
func ImportPath(s string) string {
	switch {
	case s == "":
		return "is empty"
	case strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || s == "." || s == "..":
		return "is a relative path; write the full import path"
	case strings.Contains(s, "..."):
		return "is a pattern (...); write the import path of one package"
	case slices.Contains(metaPackages, s):
		return "is a go command pattern, not a package"
	}
	if err := module.CheckImportPath(s); err != nil {
		return "is not an import path (" + strings.TrimPrefix(err.Error(), fmt.Sprintf("malformed import path %q: ", s)) + ")"
	}
	return ""
}

// TypeRef returns why s is not <import path>.<Name>, or "".
func TypeRef(s string) string {
	i := strings.LastIndex(s, ".")
	if i < 0 {
		return "is not <import path>.<Name>"
	}
	if why := ImportPath(s[:i]); why != "" {
		return fmt.Sprintf("is not <import path>.<Name>: %s %s", Show(s[:i]), why)
	}
	if why := GoIdent(s[i+1:]); why != "" {
		return fmt.Sprintf("is not <import path>.<Name>: %s %s", Show(s[i+1:]), why)
	}
	return ""
}

func checkInterfaces(v string, _ Scope) (string, string) {
	for _, s := range strings.Split(v, ",") {
		if s == "" {
			continue // upstream skips empty items
		}
		if why := TypeRef(s); why != "" {
			return fmt.Sprintf("%s %s, such as k8s.io/apimachinery/pkg/runtime.Object", Show(s), why), ""
		}
	}
	return "", ""
}

func checkVerbs(v string, _ Scope) (string, string) {
	for _, verb := range strings.Split(v, ",") {
		if !slices.Contains(ClientVerbs, verb) {
			why := fmt.Sprintf("unknown verb %s", Show(verb))
			if best := closestOf(verb, ClientVerbs); best != "" {
				why += fmt.Sprintf(" (did you mean %s?)", best)
			}
			return why, ""
		}
	}
	return "", ""
}

// Method is a parsed +genclient:method value.
type Method struct {
	Name, Verb, Subresource string
	// Input and Result are "import/path.Type", a bare type name of the
	// type's own package, or "" for the type itself.
	Input, Result string
}

// ParseMethod parses "Name,verb=…[,subresource=…][,input=…][,result=…]"
// and checks every part that becomes code: the name is a Go identifier,
// the subresource a path segment, input and result type names. Whether
// the verb fits is genclient's to say. why is "" when m is fine.
func ParseMethod(raw string) (m Method, why string) {
	parts := strings.Split(raw, ",")
	m.Name = parts[0]
	if m.Name == "" || strings.Contains(m.Name, "=") {
		return m, "give the method name first, e.g. +genclient:method=GetScale,verb=get,subresource=scale"
	}
	if w := GoIdent(m.Name); w != "" {
		return m, fmt.Sprintf("the method name %s %s", Show(m.Name), w)
	}
	for _, p := range parts[1:] {
		key, val, ok := strings.Cut(p, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || strings.Contains(val, "=") {
			return m, fmt.Sprintf("%s: want key=value", Show(p))
		}
		if val == "" {
			return m, fmt.Sprintf("%s= needs a value", key)
		}
		switch key {
		case "verb":
			m.Verb = val
		case "subresource":
			if DNSLabel(strings.ToLower(val)) != "" {
				return m, fmt.Sprintf("subresource=%s is not a subresource name (letters, digits and '-', such as scale)", Show(val))
			}
			m.Subresource = val
		case "input", "result":
			if w := typeName(val); w != "" {
				return m, fmt.Sprintf("%s=%s %s", key, Show(val), w)
			}
			if key == "input" {
				m.Input = val
			} else {
				m.Result = val
			}
		default:
			why := fmt.Sprintf("unknown key %q", key)
			if best := closestOf(key, []string{"verb", "subresource", "input", "result"}); best != "" {
				why += fmt.Sprintf(" (did you mean %q?)", best)
			}
			return m, why + "; want verb, subresource, input or result"
		}
	}
	if m.Verb == "" {
		return m, fmt.Sprintf("no verb; write e.g. +genclient:method=%s,verb=get", m.Name)
	}
	return m, ""
}

// typeName checks a bare type name or <import path>.<Name>.
func typeName(s string) string {
	if !strings.Contains(s, ".") {
		if why := GoIdent(s); why != "" {
			return why
		}
		return ""
	}
	return TypeRef(s)
}

var refRE = regexp.MustCompile(`^ref\((.*)\)$`)

func checkDefault(v string, _ Scope) (string, string) {
	if m := refRE.FindStringSubmatch(v); m != nil {
		if why := typeName(m[1]); why != "" {
			return fmt.Sprintf("%s %s; ref() names a constant, as ref(Ident) or ref(import/path.Ident)", Show(m[1]), why), ""
		}
		return "", ""
	}
	if v == "" {
		return "is empty; write JSON, or ref(Ident) naming a constant", ""
	}
	if !json.Valid([]byte(v)) {
		return "is not valid JSON; write JSON, or ref(Ident) naming a constant", ""
	}
	return "", ""
}

// dnsFix suggests a DNS label (or subdomain) close to v, or "".
func dnsFix(v string, subdomain bool) string {
	if i := strings.Index(v, "//"); i > 0 {
		v = v[:i] // a trailing comment
	}
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(v)) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || subdomain && r == '.' {
			b.WriteRune(r)
		}
	}
	fix := strings.Trim(b.String(), "-.")
	if subdomain {
		if DNSSubdomain(fix) == "" {
			return fix
		}
	} else if DNSLabel(fix) == "" {
		return fix
	}
	return ""
}

// goNameFix suggests an identifier close to v: its letters and digits,
// each run starting upper-case ("my-group" → "MyGroup").
func goNameFix(v string) string {
	var b strings.Builder
	up := true
	for _, r := range v {
		switch {
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			if up {
				r = []rune(strings.ToUpper(string(r)))[0]
			}
			b.WriteRune(r)
			up = false
		case '0' <= r && r <= '9':
			if b.Len() > 0 {
				b.WriteRune(r)
			}
			up = true
		default:
			up = true
		}
	}
	if GoIdent(b.String()) == "" {
		return b.String()
	}
	return ""
}

// Show renders a marker value (or a line) for a message: as written when
// it is printable text, else Go-quoted, so that control characters never
// reach the terminal.
func Show(s string) string {
	if !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	for _, r := range s {
		if !strconv.IsPrint(r) {
			return strconv.Quote(s)
		}
	}
	return s
}

// closestOf returns the one of known nearest to s when s is probably a
// typo of it, or "".
func closestOf(s string, known []string) string {
	set := make(map[string]bool, len(known))
	for _, k := range known {
		set[k] = true
	}
	return Closest(s, set)
}
