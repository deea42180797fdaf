package markers

// Names of the markers deepcopy-gen reads.
const (
	// DeepcopyGen turns generation on for a package or a type, or off.
	DeepcopyGen = "k8s:deepcopy-gen"
	// DeepcopyInterfaces lists interfaces a struct implements by deepcopy.
	DeepcopyInterfaces = "k8s:deepcopy-gen:interfaces"
	// DeepcopyNonPointerInterfaces moves those methods to the value receiver.
	DeepcopyNonPointerInterfaces = "k8s:deepcopy-gen:nonpointer-interfaces"

	deepcopyTool = "deepcopy-gen"
)

// deepcopyDefs are the markers the deepcopy generator reads.
var deepcopyDefs = []Def{
	{
		Name:      DeepcopyGen,
		Generator: deepcopyTool,
		Scopes:    Package | Type,
		// package on a package (or false to opt the package out); true or
		// false on a type. The generator checks which value fits where.
		Values:  []string{"package", "true", "false"},
		Doc:     "Generates DeepCopy and DeepCopyInto for every exported struct and named map or slice of a package (=package), or for one type (=true); =false opts a package or type out.",
		Example: "+k8s:deepcopy-gen=package",
	},
	{
		Name:       DeepcopyInterfaces,
		Generator:  deepcopyTool,
		Scopes:     Type,
		Repeatable: true,
		Doc:        "Also generates DeepCopy<Interface>() <Interface> for each listed interface (full import path, then the name), so the struct implements it.",
		Example:    "+k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object",
	},
	{
		Name:      DeepcopyNonPointerInterfaces,
		Generator: deepcopyTool,
		Scopes:    Type,
		Values:    []string{"true", "false"},
		Doc:       "Puts the generated DeepCopy<Interface> methods on the value receiver instead of the pointer receiver.",
		Example:   "+k8s:deepcopy-gen:nonpointer-interfaces=true",
	},
}
