// Package examplegen is the smallest generator with kodegen's skeleton,
// the one docs/architecture.md walks through: typenames-gen writes, into
// each input package, a file listing the package's exported type names:
//
//	var TypeNames = []string{"Store", "Widget"}
//
// It reads no markers. It lives under test/ because it is a fixture: its
// test runs it through the engine, and cmd/internal/app's test runs it
// through a row of the tool table, flags to written file.
package examplegen
