package markers

// registerDefs are the markers the register generator reads.
var registerDefs = []Def{}
