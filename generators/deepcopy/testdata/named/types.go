package named

// Names is a named slice of builtins.
type Names []string

// Items is a named slice of structs.
type Items []Item

// ItemPtrs is a named slice of pointers.
type ItemPtrs []*Item

// Index is a named map of named slices.
type Index map[string]Names

// ItemMap is a named map of pointers.
type ItemMap map[string]*Item

// Matrix is a named slice of named slices.
type Matrix []Names

// Level is a named builtin without deepcopy methods: not copied.
type Level string

// Item is a struct using the named types.
type Item struct {
	Name   string
	Level  Level
	Levels []Level
	Alias  Names
	Index  Index
	ByName map[string]Names
	Lists  []Names
	Ptr    *Names
	Maps   []Index
}
