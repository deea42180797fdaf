// Package mid imports a package the compile check's output lands in (ok),
// so the check type-checks it too; it alone imports text/tabwriter.
package mid

import (
	"text/tabwriter"

	"github.com/kodegen/kodegen/internal/load/testdata/check/ok"
)

// Writer has a type of a package nothing else imports.
func Writer(w ok.Widget) *tabwriter.Writer { return nil }
