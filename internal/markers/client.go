package markers

// clientDefs are the markers the client generator reads.
var clientDefs = []Def{}
