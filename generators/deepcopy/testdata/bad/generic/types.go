package generic

// Box holds items of any type.
type Box[T any] struct {
	Items []T
}
