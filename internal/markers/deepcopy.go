package markers

// deepcopyDefs are the markers the deepcopy generator reads.
var deepcopyDefs = []Def{}
