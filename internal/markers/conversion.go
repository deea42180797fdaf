package markers

// conversionDefs are the markers the conversion generator reads.
var conversionDefs = []Def{}
