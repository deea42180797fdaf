package markers

// The markers the register generator reads.
var (
	// RegisterGen turns scheme registration on or off for a package.
	RegisterGen = Def{
		Name:      "k8s:register-gen",
		Generator: "register-gen",
		Scopes:    Package,
		Doc: "In doc.go: true generates the package's registration (GroupName, SchemeGroupVersion, AddToScheme, " +
			"addKnownTypes) even without +groupName; false turns it off. Other values act as true, with a warning.",
		Example: "+k8s:register-gen=true",
	}
	// RegisterGroupName is the API group; it also turns registration on.
	RegisterGroupName = Def{
		Name:      "groupName",
		Generator: "register-gen",
		Scopes:    Package,
		Doc: "In doc.go: the API group of the package; it also turns register-gen on (without it the group is the " +
			"next-to-last element of the import path).",
		Example: "+groupName=example.com",
	}
)

// registerDefs are the markers the register generator reads.
var registerDefs = []Def{RegisterGen, RegisterGroupName}
