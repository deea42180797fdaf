package markers

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The markers prerelease-lifecycle-gen reads: one in doc.go that turns it
// on, four on the API types (the types embedding TypeMeta) of such a
// package. Upstream reads the type markers with
// ExtractFunctionStyleCommentTags from the doc comment and the block above
// it (TypeLines), and the package marker with codetags.
var (
	// PrereleaseLifecycleGen turns prerelease-lifecycle-gen on for a
	// package.
	PrereleaseLifecycleGen = Def{
		Name:      "k8s:prerelease-lifecycle-gen",
		Generator: "prerelease-lifecycle-gen",
		Scopes:    Package,
		Parser:    CodeTags,
		Doc: "In doc.go: true generates APILifecycleIntroduced/Deprecated/Replacement/Removed methods for every type " +
			"embedding TypeMeta; false turns it off. Other values act as true, with a warning.",
		Example: "+k8s:prerelease-lifecycle-gen=true",
	}
	// PrereleaseIntroduced is the release an API type first appeared in.
	PrereleaseIntroduced = Def{
		Name:      "k8s:prerelease-lifecycle-gen:introduced",
		Generator: "prerelease-lifecycle-gen",
		Scopes:    Type,
		Parser:    FuncStyle,
		Value:     ReleaseKind,
		Doc: "On every type embedding TypeMeta (required): the Kubernetes release <major>.<minor> the type was introduced in; " +
			"APILifecycleIntroduced returns it.",
		Example: "+k8s:prerelease-lifecycle-gen:introduced=1.30",
	}
	// PrereleaseDeprecated is the release an API type is deprecated in.
	PrereleaseDeprecated = Def{
		Name:      "k8s:prerelease-lifecycle-gen:deprecated",
		Generator: "prerelease-lifecycle-gen",
		Scopes:    Type,
		Parser:    FuncStyle,
		Value:     ReleaseKind,
		Doc: "The release <major>.<minor> the type is deprecated in (default for alpha and beta versions: introduced + 3 minor " +
			"releases; GA versions get APILifecycleDeprecated only with this marker).",
		Example: "+k8s:prerelease-lifecycle-gen:deprecated=1.33",
	}
	// PrereleaseRemoved is the release an API type is no longer served in.
	PrereleaseRemoved = Def{
		Name:      "k8s:prerelease-lifecycle-gen:removed",
		Generator: "prerelease-lifecycle-gen",
		Scopes:    Type,
		Parser:    FuncStyle,
		Value:     ReleaseKind,
		Doc: "The release <major>.<minor> the type is no longer served in (default for alpha and beta versions: deprecated + 3 " +
			"minor releases; GA versions get APILifecycleRemoved only with this marker).",
		Example: "+k8s:prerelease-lifecycle-gen:removed=1.36",
	}
	// PrereleaseReplacement names the kind to use instead of a
	// deprecated API type.
	PrereleaseReplacement = Def{
		Name:      "k8s:prerelease-lifecycle-gen:replacement",
		Generator: "prerelease-lifecycle-gen",
		Scopes:    Type,
		Parser:    FuncStyle,
		Value:     ReplacementKind,
		Doc:       "<group>,<version>,<Kind> to use instead of the type (empty group: the core group); APILifecycleReplacement returns it.",
		Example:   "+k8s:prerelease-lifecycle-gen:replacement=batch,v1,CronJob",
	}
)

// prereleaseDefs are the markers prerelease-lifecycle-gen reads.
var prereleaseDefs = []Def{PrereleaseLifecycleGen, PrereleaseIntroduced, PrereleaseDeprecated, PrereleaseRemoved, PrereleaseReplacement}

// ReleaseKind is a Kubernetes release as <major>.<minor>, each a decimal
// number (upstream parses each with strconv.ParseInt(…, 10, 32)).
var ReleaseKind = Kind{Name: "a release <major>.<minor> such as 1.30", Example: "1.30", check: func(v string, _ Scope) (string, string) {
	if _, _, err := ParseRelease(v); err != nil {
		return err.Error(), releaseFix(v)
	}
	return "", ""
}}

// ParseRelease splits a ReleaseKind value into its numbers.
func ParseRelease(v string) (major, minor int, err error) {
	maj, mnr, ok := strings.Cut(v, ".")
	if !ok || strings.Contains(mnr, ".") {
		return 0, 0, fmt.Errorf("want <major>.<minor>")
	}
	if major, err = releaseNumber(maj); err == nil {
		minor, err = releaseNumber(mnr)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("want <major>.<minor>: %v", err)
	}
	return major, minor, nil
}

func releaseNumber(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("a number is missing")
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("%q is not a decimal number", s)
		}
	}
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, fmt.Errorf("%s is too large", s)
	}
	return int(n), nil
}

// releaseFix is v with what is not part of <major>.<minor> dropped
// ("v1.30" → "1.30", "1.30.2" → "1.30", "1.30," → "1.30"), or "".
func releaseFix(v string) string {
	v = strings.TrimPrefix(strings.TrimSpace(v), "v")
	var parts []string
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r < '0' || r > '9' }) {
		parts = append(parts, p)
	}
	if len(parts) < 2 {
		return ""
	}
	fix := parts[0] + "." + parts[1]
	if _, _, err := ParseRelease(fix); err != nil {
		return ""
	}
	return fix
}

// ReplacementKind is <group>,<version>,<Kind>: a lower-case group (empty
// for the core group), a lower-case version starting with v, a Kind
// starting with an upper-case letter.
var ReplacementKind = Kind{Name: "<group>,<version>,<Kind> such as batch,v1,CronJob (an empty group is the core group)", Example: "batch,v1,CronJob", check: func(v string, _ Scope) (string, string) {
	_, _, _, why := ParseReplacement(v)
	if why == "" {
		return "", ""
	}
	return why, replacementFix(v)
}}

// ParseReplacement splits a ReplacementKind value; why says what is wrong
// with it ("" for a good value). Beyond upstream's checks (lower-case
// group and version, version starting with v, Kind starting with an
// upper-case letter), each part must be safe in a Go string literal: the
// group a DNS subdomain, the version a DNS label, the Kind a Go identifier.
func ParseReplacement(v string) (group, version, kind, why string) {
	parts := strings.Split(v, ",")
	if len(parts) != 3 {
		return "", "", "", fmt.Sprintf("want three comma-separated parts, <group>,<version>,<Kind>; got %d", len(parts))
	}
	group, version, kind = parts[0], parts[1], parts[2]
	switch {
	case group != "" && strings.ToLower(group) != group:
		return "", "", "", fmt.Sprintf("the group %s must be lower-case", Show(group))
	case group != "":
		if w, _ := checkGroup(group, 0); w != "" {
			return "", "", "", w
		}
	}
	switch {
	case version == "":
		return "", "", "", "the version is empty"
	case !strings.HasPrefix(version, "v") || strings.ToLower(version) != version:
		return "", "", "", fmt.Sprintf("the version %s must start with v and be lower-case", Show(version))
	case DNSLabel(version) != "":
		return "", "", "", "the version " + DNSLabel(version)
	}
	switch {
	case kind == "":
		return "", "", "", "the Kind is empty"
	case !unicode.IsUpper([]rune(kind)[0]):
		return "", "", "", fmt.Sprintf("the Kind %s must start with an upper-case letter", Show(kind))
	case GoIdent(kind) != "":
		return "", "", "", fmt.Sprintf("the Kind %q %s", kind, GoIdent(kind))
	}
	return group, version, kind, ""
}

// replacementFix is the usual slips of v mended (spaces, case, a missing
// v, a slash instead of a comma), when that gives a good value.
func replacementFix(v string) string {
	v = strings.ReplaceAll(strings.TrimSpace(v), " ", "")
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '/' })
	if len(parts) == 2 && strings.HasPrefix(parts[0], "v") {
		parts = append([]string{""}, parts...) // the core group
	}
	if len(parts) != 3 {
		return ""
	}
	parts[0], parts[1] = strings.ToLower(parts[0]), strings.ToLower(parts[1])
	if !strings.HasPrefix(parts[1], "v") {
		parts[1] = "v" + parts[1]
	}
	if k := parts[2]; k != "" {
		parts[2] = strings.ToUpper(k[:1]) + k[1:]
	}
	fix := strings.Join(parts, ",")
	if _, _, _, why := ParseReplacement(fix); why != "" {
		return ""
	}
	return fix
}
