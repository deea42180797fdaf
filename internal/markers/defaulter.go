package markers

// defaulterDefs are the markers the defaulter generator reads.
var defaulterDefs = []Def{}
