// Package app is kodegen's app layer: the cobra commands of every generator
// (one table, tools.go, binding each generator's Config flags), the
// all-in-one kodegen with gen, batch and markers, --verify, the exit codes
// and the only process-level effects (Main exits). Only cmd/ imports it; the
// upstream-named binaries (cmd/<tool>) and cmd/kodegen are one line each.
// Only this package and the mains parse flags, print and decide exit codes.
package app
