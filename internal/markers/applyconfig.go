package markers

// applyconfigDefs are the markers the applyconfig generator reads.
var applyconfigDefs = []Def{}
