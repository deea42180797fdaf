// Package output holds generated files in memory until every generator has
// finished, then either writes the ones whose bytes changed (atomically, one
// temp file and rename each) or, in verify mode, reports the difference
// without touching the disk.
//
// A file is ours to overwrite or delete only if it carries the
// "Code generated … DO NOT EDIT." header; anything else at an output path is
// an error, reported before a single byte is written.
package output
