package aliases

// Original is a struct.
type Original struct {
	Values []string
}

// Alias is another name for Original: it shares its methods.
type Alias = Original

// Defined is a new struct type with Original's fields.
type Defined Original

// List is a named slice of a defined type.
type List []Defined

// Holder uses all of them.
type Holder struct {
	A  Alias
	D  Defined
	L  List
	PA *Alias
	M  map[string]Alias
}
