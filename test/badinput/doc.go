// Package badinput is kodegen's catalogue of bad inputs: every case is a
// small module (a txtar archive under testdata/<kind>/) and a command a
// tired user or an attacker could run on it. The test runs each case and
// asserts the exit code, that the message points at file:line and names
// the symbol and the fix, and that nothing was written: the module and
// its parent folder keep their bytes and mtimes, and no file appears.
//
// A case file:
//
//	# What the user did and what kodegen must say (free text).
//	-- cmd --
//	kodegen gen --generators deepcopy ./apis/...
//	-- want --
//	exit 2
//	at apis/v1/types.go:12
//	has Widget
//	has did you mean
//	-- apis/v1/types.go --
//	package v1
//	...
//
// cmd is a bash script run in the module with kodegen and every standalone
// generator first on PATH, $REPO set to this repository and $MOD to the
// module. want holds one expectation per line:
//
//	exit N      the exit code (required)
//	at F:L      the output names file F (relative to the module) at line L
//	at none     no file applies (a flag error); say why after the word
//	has TEXT    the output contains TEXT (a symbol, the marker, the fix)
//	lacks TEXT  the output does not contain TEXT
//	writes      the run may write into the module (warning cases that exit 0);
//	            the module's parent folder must still be unchanged
//
// Without a go.mod the case gets one for module example.com/m that requires
// what this repository requires (k8s.io/api, apimachinery, client-go at
// their pinned versions), and this repository's go.sum.
package badinput
