package emptyiface

// Widget has an empty interface.
type Widget struct {
	Any interface{}
}
