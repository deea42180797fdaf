package v1

// Part opts in with a value that is not allowed.
//
// +k8s:conversion-gen=yes
type Part struct {
	ID    string
	Count int32
}
