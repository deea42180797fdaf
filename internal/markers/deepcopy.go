package markers

const deepcopyTool = "deepcopy-gen"

// The markers deepcopy-gen reads. Upstream parses them function-style
// (trailing comments dropped).
var (
	// DeepcopyGen turns generation on for a package or a type, or off.
	DeepcopyGen = Def{
		Name:      "k8s:deepcopy-gen",
		Generator: deepcopyTool,
		Scopes:    Package | Type,
		Parser:    FuncStyle,
		// package on a package (or false to opt the package out); true or
		// false on a type. The generator checks which value fits where.
		Allowed: []string{"package", "true", "false"},
		Doc:     "Generates DeepCopy and DeepCopyInto for every exported struct and named map or slice of a package (=package), or for one type (=true); =false opts a package or type out.",
		Example: "+k8s:deepcopy-gen=package",
	}
	// DeepcopyInterfaces lists interfaces a struct implements by deepcopy.
	DeepcopyInterfaces = Def{
		Name:       "k8s:deepcopy-gen:interfaces",
		Generator:  deepcopyTool,
		Scopes:     Type,
		Parser:     FuncStyle,
		Repeatable: true,
		Value:      InterfacesKind,
		Doc:        "Also generates DeepCopy<Interface>() <Interface> for each listed interface (full import path, then the name), so the struct implements it.",
		Example:    "+k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object",
	}
	// DeepcopyNonPointerInterfaces moves those methods to the value receiver.
	DeepcopyNonPointerInterfaces = Def{
		Name:      "k8s:deepcopy-gen:nonpointer-interfaces",
		Generator: deepcopyTool,
		Scopes:    Type,
		Parser:    FuncStyle,
		Allowed:   []string{"true", "false"},
		Doc:       "Puts the generated DeepCopy<Interface> methods on the value receiver instead of the pointer receiver.",
		Example:   "+k8s:deepcopy-gen:nonpointer-interfaces=true",
	}
)

// deepcopyDefs are the markers the deepcopy generator reads.
var deepcopyDefs = []Def{DeepcopyGen, DeepcopyInterfaces, DeepcopyNonPointerInterfaces}
