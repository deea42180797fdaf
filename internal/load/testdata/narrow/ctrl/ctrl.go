// Package ctrl stands for an operator's controllers: no marker, and
// dependencies (text/template) that nothing else imports.
package ctrl

import (
	"text/template"

	"github.com/kodegen/kodegen/internal/load/testdata/narrow/api"
)

// Reconciler embeds what a controller embeds.
type Reconciler struct {
	*template.Template
	Widgets []api.Widget
}
