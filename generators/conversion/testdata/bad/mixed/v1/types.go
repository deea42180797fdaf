package v1

type Part struct {
	ID    string
	Count int32
}
