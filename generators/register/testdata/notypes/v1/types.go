package v1

// Part is not a top-level type.
type Part struct {
	Name string
}
