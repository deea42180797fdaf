package markers

// listerDefs are the markers the lister generator reads.
var listerDefs = []Def{}
