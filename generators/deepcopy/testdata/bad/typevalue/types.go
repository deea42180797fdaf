package typevalue

// Widget has a misspelled marker value.
// +k8s:deepcopy-gen=ture
type Widget struct {
	Parts []string
}
