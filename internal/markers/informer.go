package markers

// informerDefs are the markers the informer generator reads.
var informerDefs = []Def{}
