// Package top is an input that uses mid in a function body only, so the
// load (which skips bodies) never loads mid, and the compile check must.
package top

import (
	"github.com/kodegen/kodegen/internal/load/testdata/check/mid"
	"github.com/kodegen/kodegen/internal/load/testdata/check/ok"
)

func use() {
	var broken string = mid.Writer(ok.Widget{}) // a type error naming mid's type
	_ = broken
}
