package markers

import "github.com/kodegen/kodegen/internal/kversion"

// RegisterGen turns scheme registration on or off for a package. The
// register generator also reads +groupName (GroupName, client.go).
var RegisterGen = Def{
	Name:      "k8s:register-gen",
	Generator: "register-gen",
	Scopes:    Package,
	Doc: "In doc.go: true generates the package's registration (GroupName, SchemeGroupVersion, AddToScheme, " +
		"addKnownTypes) even without +groupName; false turns it off. Other values act as true, with a warning.",
	Example: "+k8s:register-gen=true",
	Since:   kversion.V0_37, // register-gen before v0.37 writes for every input package
}

// registerDefs are the markers the register generator owns.
var registerDefs = []Def{RegisterGen}
