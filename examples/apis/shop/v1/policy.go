package v1

// RestockPolicy decides how much of a widget to reorder. Implementations
// must be deep-copyable, so a Store can hold one by value.
type RestockPolicy interface {
	Reorder(stock int32) int32
	DeepCopyRestockPolicy() RestockPolicy
}

// +k8s:deepcopy-gen:interfaces=github.com/kodegen/kodegen/examples/apis/shop/v1.RestockPolicy

// FixedRestock always tops the shelf up to Level.
type FixedRestock struct {
	Level int32 `json:"level"`
	// Except lists widgets never restocked.
	Except []string `json:"except,omitempty"`
	// Weekdays are the days it restocks, Monday first. (A Go array: fine
	// for deepcopy, but server-side apply's structured-merge-diff cannot
	// read arrays, so API types use slices.)
	Weekdays [7]bool `json:"weekdays,omitempty"`
}

// Reorder implements RestockPolicy.
func (p *FixedRestock) Reorder(stock int32) int32 {
	if stock >= p.Level {
		return 0
	}
	return p.Level - stock
}
