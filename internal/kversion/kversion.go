// Package kversion names the Kubernetes releases kodegen writes code for
// (the "target": the k8s.io/client-go the generated code compiles
// against), finds the target a module asks for in its go.mod, and holds
// the tables that say which template or line applies from which release
// (Table), so that each generator keeps its release differences as data
// beside its templates.
//
// A target is a minor release, v0.31 … v0.37, optionally with a patch
// (v0.34.2) where a patch release changed the output. The zero Version is
// the latest supported target.
package kversion

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a k8s.io/client-go release: v0.<Minor>.<Patch>. Patch is -1
// when only the minor is known or matters (v0.34). The zero Version means
// the latest supported release.
type Version struct {
	Minor int
	Patch int
}

// The supported minors, oldest first. A new release adds a line here and,
// in each generator's tables, the rows that changed in it.
var (
	V0_31 = Version{Minor: 31, Patch: -1}
	V0_32 = Version{Minor: 32, Patch: -1}
	V0_33 = Version{Minor: 33, Patch: -1}
	V0_34 = Version{Minor: 34, Patch: -1}
	V0_35 = Version{Minor: 35, Patch: -1}
	V0_36 = Version{Minor: 36, Patch: -1}
	V0_37 = Version{Minor: 37, Patch: -1}
)

// Supported lists every supported target, oldest first.
func Supported() []Version { return []Version{V0_31, V0_32, V0_33, V0_34, V0_35, V0_36, V0_37} }

// Latest is the newest supported target, what a module without a
// k8s.io/client-go requirement gets.
func Latest() Version { s := Supported(); return s[len(s)-1] }

// Oldest is the oldest supported target.
func Oldest() Version { return Supported()[0] }

// SupportedList is the supported targets for messages: "v0.31, v0.32, …".
func SupportedList() string {
	var b strings.Builder
	for i, v := range Supported() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// IsZero reports whether v is the zero Version (the latest).
func (v Version) IsZero() bool { return v.Minor == 0 && v.Patch == 0 }

// Resolve returns v, or Latest for the zero Version.
func (v Version) Resolve() Version {
	if v.IsZero() {
		return Latest()
	}
	return v
}

// String is "v0.34", or "v0.34.2" with a patch.
func (v Version) String() string {
	v = v.Resolve()
	if v.Patch < 0 {
		return fmt.Sprintf("v0.%d", v.Minor)
	}
	return fmt.Sprintf("v0.%d.%d", v.Minor, v.Patch)
}

// MinorOnly returns v without its patch.
func (v Version) MinorOnly() Version { v = v.Resolve(); return Version{Minor: v.Minor, Patch: -1} }

// Compare orders versions; a version without patch sorts before every
// patch of its minor (v0.34 < v0.34.0 < v0.34.2 < v0.35).
func (v Version) Compare(w Version) int {
	v, w = v.Resolve(), w.Resolve()
	switch {
	case v.Minor != w.Minor:
		return v.Minor - w.Minor
	default:
		return v.Patch - w.Patch
	}
}

// AtLeast reports whether v is since or after the release since: for a
// since without patch, every patch of its minor counts.
func (v Version) AtLeast(since Version) bool { return v.Compare(since) >= 0 }

// Parse reads a target as a user writes it: "v0.34", "v0.34.2", "0.34",
// "1.34" (the Kubernetes release of the same minor) or "auto"/"" (the zero
// Version, left to Detect). It is an error when the minor is not supported.
func Parse(s string) (Version, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" || s == "auto" {
		return Version{}, nil
	}
	s = strings.TrimPrefix(s, "v")
	parts := strings.Split(s, ".")
	bad := fmt.Errorf("target version %q: want v0.MINOR or v0.MINOR.PATCH (supported: %s)", orig, SupportedList())
	if len(parts) < 2 || len(parts) > 3 || (parts[0] != "0" && parts[0] != "1") {
		return Version{}, bad
	}
	minor, err := strconv.Atoi(parts[1])
	if err != nil || minor < 0 {
		return Version{}, bad
	}
	v := Version{Minor: minor, Patch: -1}
	if len(parts) == 3 {
		p, err := strconv.Atoi(parts[2])
		if err != nil || p < 0 {
			return Version{}, bad
		}
		v.Patch = p
	}
	if err := CheckSupported(v); err != nil {
		return Version{}, fmt.Errorf("target version %q: %w", orig, err)
	}
	return v, nil
}

// CheckSupported is the error for a target outside Supported, listing the
// supported ones.
func CheckSupported(v Version) error {
	for _, s := range Supported() {
		if s.Minor == v.Minor {
			return nil
		}
	}
	return fmt.Errorf("v0.%d is not a supported target; supported: %s", v.Minor, SupportedList())
}

// Since is one row of a Table: Value applies from release From on, until
// the next row's From.
type Since[T any] struct {
	From  Version
	Value T
}

// Table says what applies from which release on: rows sorted by From,
// oldest first, the first one from Oldest. Generators keep their release
// differences in tables beside their templates.
type Table[T any] []Since[T]

// At returns the value of the last row whose From is at or before v (the
// zero Version is Latest).
func (t Table[T]) At(v Version) T {
	v = v.Resolve()
	var out T
	for _, row := range t {
		if v.AtLeast(row.From) {
			out = row.Value
		}
	}
	return out
}

// From returns a two-row table: before, then after from since on. It is
// the shape of most changes (a line or template that changed once).
func From[T any](before T, since Version, after T) Table[T] {
	return Table[T]{{From: Oldest(), Value: before}, {From: since, Value: after}}
}

// Flag is a --target-version value: "" or "auto" for automatic.
type Flag struct {
	V     Version
	Given bool // a version was given (not auto)
}

// String implements pflag.Value.
func (f *Flag) String() string {
	if !f.Given {
		return "auto"
	}
	return f.V.String()
}

// Type implements pflag.Value.
func (f *Flag) Type() string { return "version" }

// Set implements pflag.Value.
func (f *Flag) Set(s string) error {
	v, err := Parse(s)
	if err != nil {
		return err
	}
	f.V, f.Given = v, !v.IsZero()
	return nil
}
