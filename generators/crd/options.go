package crd

import "fmt"

// OptionDef declares one controller-gen command-line option (crd:...,
// paths=..., output:crd:dir=...), read with the markers' value grammar.
type OptionDef struct {
	Name string
	// Anon is the type of the one anonymous value ("string", "[]string",
	// "int", "bool"), or "" when the option has named arguments (Args) or none.
	Anon string
	Args []OptionArg
	Help string
}

// OptionArg is one named argument of an option.
type OptionArg struct {
	Name     string
	Type     string // string, []string, int, bool
	Optional bool
	Help     string
}

func typeFor(s string) argType {
	switch s {
	case "int":
		return tInt
	case "bool":
		return tBool
	case "[]string":
		return tStrings
	}
	return tString
}

func (o *OptionDef) def() *def {
	d := &def{name: o.Name, target: onPackage}
	if o.Anon != "" {
		t := typeFor(o.Anon)
		d.anon = &t
	}
	for _, a := range o.Args {
		t := typeFor(a.Type)
		t.optional = a.Optional
		d.args = append(d.args, arg{a.Name, t})
	}
	return d
}

// Usage is the option's syntax.
func (o *OptionDef) Usage() string { return o.def().usage()[1:] }

// Option is one parsed option.
type Option struct {
	Def  *OptionDef
	Anon any            // string, int, bool or []string
	Args map[string]any // the named arguments given
}

// ParseOption finds the definition of text among defs, as controller-gen
// looks options up (the whole name, then the name less its last
// segment), and parses its values.
func ParseOption(defs []OptionDef, text string) (*Option, error) {
	r := &registry{}
	byName := map[string]*OptionDef{}
	for i := range defs {
		r.add(defs[i].def())
		byName[defs[i].Name] = &defs[i]
	}
	if len(text) == 0 || text[0] != '+' {
		text = "+" + text
	}
	d := r.lookup(text, onPackage)
	if d == nil {
		return nil, fmt.Errorf("unknown option %q", text[1:])
	}
	v, err := d.parse(text)
	if err != nil {
		return nil, fmt.Errorf("unable to parse option %q: %v (want %s)", text[1:], err, d.usage()[1:])
	}
	o := &Option{Def: byName[d.name], Args: map[string]any{}}
	o.Anon = strAll(v.anon)
	for k, x := range v.args {
		o.Args[k] = strAll(x)
	}
	return o, nil
}

// strAll turns []any of strings into []string.
func strAll(v any) any {
	list, ok := v.([]any)
	if !ok {
		return v
	}
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = fmt.Sprint(x)
	}
	return out
}
