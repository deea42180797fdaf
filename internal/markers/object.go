package markers

// controllerGenTool is the upstream tool whose object generator reads the
// markers below (sigs.k8s.io/controller-tools' controller-gen).
const controllerGenTool = "controller-gen"

var (
	// ObjectGenerate turns controller-gen's deepcopy on or off for a
	// package, or overrides the package's choice for one type.
	ObjectGenerate = Def{
		Name:      "kubebuilder:object:generate",
		Generator: controllerGenTool,
		Scopes:    Package | Type,
		Parser:    Legacy,
		Allowed:   []string{"true", "false"},
		Doc:       "controller-gen object: generates DeepCopy and DeepCopyInto for every exported struct and named map or slice of the package (=true on the package), or overrides that for one type (=true or =false on the type).",
		Example:   "+kubebuilder:object:generate=true",
	}
	// ObjectRoot makes a type a root object: it also gets DeepCopyObject,
	// and is copied even when its package is not.
	ObjectRoot = Def{
		Name:      "kubebuilder:object:root",
		Generator: controllerGenTool,
		Scopes:    Type,
		Parser:    Legacy,
		Allowed:   []string{"true", "false"},
		Doc:       "controller-gen object: the type is a runtime.Object: it also gets DeepCopyObject() runtime.Object, and deepcopy even when its package has none.",
		Example:   "+kubebuilder:object:root=true",
	}
)

// objectDefs are the markers controller-gen's object generator reads
// besides deepcopy-gen's +k8s:deepcopy-gen and +k8s:deepcopy-gen:interfaces.
var objectDefs = []Def{ObjectGenerate, ObjectRoot}
