package markers

import "github.com/kodegen/kodegen/internal/kversion"

// ListerGen is the package marker that turns lister-gen off for a package.
// lister-gen also reads client-gen's +genclient markers and +groupName
// (client.go).
var ListerGen = Def{
	Name:      "k8s:lister-gen",
	Generator: "lister-gen",
	Scopes:    Package,
	Allowed:   []string{"true", "false"},
	Doc:       "Turns listers for the package's +genclient types on (the default) or off.",
	Example:   "+k8s:lister-gen=false",
	Since:     kversion.V0_37,
}

// listerDefs are the markers the lister generator owns.
var listerDefs = []Def{ListerGen}
