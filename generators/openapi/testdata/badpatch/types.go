package badpatch

// Thing has patch markers that disagree with its struct tags.
type Thing struct {
	// +patchMergeKey=name
	// +patchStrategy=merge
	Items []Item `json:"items" patchStrategy:"merge" patchMergeKey:"key"`
	// +listType=mapp
	Others []Item `json:"others"`
}

// Item is listed.
type Item struct {
	Name string `json:"name"`
	Key  string `json:"key"`
}
