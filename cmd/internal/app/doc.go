// Package app holds the cobra commands: one per generator, with
// upstream's flags bound into the generator's typed Config, shared by the
// upstream-named binaries (cmd/<tool>) and the all-in-one kodegen, whose gen,
// batch and markers commands live here too. Only these commands and the
// mains parse flags, print and decide exit codes.
package app
