package structs

// Inner is a struct that needs a deep copy.
type Inner struct {
	Name  string
	Count *int
	Tags  []string
}

// Flat holds only values: it is copied by assignment.
type Flat struct {
	A int
	B string
	C bool
}

// Base is embedded in Outer.
type Base struct {
	ID     string
	Labels map[string]string
}

// Outer has a field of every shape.
type Outer struct {
	Base
	Flat

	Int       int
	Str       string
	Bytes     []byte
	Array     [4]byte
	FlatArray [2]Flat
	PtrInt    *int
	PtrPtr    **string
	PtrInner  *Inner
	PtrFlat   *Flat
	PtrSlice  *[]string
	PtrMap    *map[string]int
	Inner     Inner
	FlatVal   Flat
	Anon      struct{ X, Y int }

	Strings      []string
	Inners       []Inner
	InnerPtrs    []*Inner
	IntPtrs      []*int
	Nested       [][]string
	SliceOfMaps  []map[string]string
	FlatSlice    []Flat
	StringMap    map[string]string
	InnerMap     map[string]Inner
	InnerPtrMap  map[string]*Inner
	SliceMap     map[string][]string
	SliceOfPtrs  map[string][]*Inner
	MapOfMaps    map[string]map[string]int
	FlatMap      map[int]Flat
	AnonMap      map[string]struct{}
	PtrSliceMaps *[]map[string]*int
}

// unexported types are skipped.
type unexported struct {
	A []int
}
