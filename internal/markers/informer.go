package markers

import "github.com/kodegen/kodegen/internal/kversion"

// InformerGen is the package marker that turns informer-gen off for a
// package. informer-gen also reads client-gen's +genclient markers,
// +groupName, +groupGoName and +resourceName (client.go).
var InformerGen = Def{
	Name:      "k8s:informer-gen",
	Generator: "informer-gen",
	Scopes:    Package,
	Allowed:   []string{"true", "false"},
	Doc:       "Turns informers for the package's +genclient types on (the default) or off.",
	Example:   "+k8s:informer-gen=false",
	Since:     kversion.V0_37,
}

// informerDefs are the markers the informer generator owns.
var informerDefs = []Def{InformerGen}
