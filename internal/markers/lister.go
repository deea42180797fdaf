package markers

// ListerGen is the package marker that turns lister-gen off for a package.
var ListerGen = Def{
	Name:      "k8s:lister-gen",
	Generator: "lister-gen",
	Scopes:    Package,
	Values:    []string{"true", "false"},
	Doc:       "Turns listers for the package's +genclient types on (the default) or off.",
	Example:   "+k8s:lister-gen=false",
}

// listerDefs are the markers the lister generator reads. It also reads
// client-gen's +genclient markers and +groupName (see client.go).
var listerDefs = []Def{ListerGen}
