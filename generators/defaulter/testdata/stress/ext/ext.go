// Package ext holds types and constants used from another package.
package ext

type Ext struct {
	// +default="ext"
	Name  string `json:"name"`
	Inner *ExtInner
}

type ExtInner struct {
	// +default=7
	N int
}

// +default="yy"
type YString *string

const YConst = "yconst"
