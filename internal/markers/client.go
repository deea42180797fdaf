package markers

import "github.com/kodegen/kodegen/internal/kversion"

const clientTool = "client-gen"

// The family that reads client-gen's type markers besides client-gen.
var clientFamily = []string{"lister-gen", "informer-gen", "applyconfiguration-gen"}

// The +genclient markers, read by client-gen, lister-gen, informer-gen and
// applyconfiguration-gen (generators/internal/genclient parses them).
var (
	// Genclient asks for a typed client of the type.
	Genclient = Def{
		Name: "genclient", Generator: clientTool, ReadBy: clientFamily, Scopes: Type,
		Allowed: []string{""},
		Doc:     "Generates a typed client (and fake) for the type; it takes no value.",
		Example: "+genclient",
	}
	// GenclientNonNamespaced makes the client cluster-scoped.
	GenclientNonNamespaced = Def{
		Name: "genclient:nonNamespaced", Generator: clientTool, ReadBy: clientFamily, Scopes: Type,
		Allowed: []string{""},
		Doc:     "The type is cluster-scoped: its client takes no namespace.",
		Example: "+genclient:nonNamespaced",
	}
	// GenclientNoVerbs leaves out every verb.
	GenclientNoVerbs = Def{
		Name: "genclient:noVerbs", Generator: clientTool, ReadBy: clientFamily, Scopes: Type,
		Allowed: []string{""},
		Doc:     "Generates the client type without any verb methods.",
		Example: "+genclient:noVerbs",
	}
	// GenclientNoStatus leaves out the status verbs.
	GenclientNoStatus = Def{
		Name: "genclient:noStatus", Generator: clientTool, ReadBy: clientFamily, Scopes: Type,
		Allowed: []string{""},
		Doc:     "Leaves out UpdateStatus and ApplyStatus even though the type has a Status field.",
		Example: "+genclient:noStatus",
	}
	// GenclientReadonly keeps get, list and watch.
	GenclientReadonly = Def{
		Name: "genclient:readonly", Generator: clientTool, ReadBy: clientFamily, Scopes: Type,
		Allowed: []string{""},
		Doc:     "Generates only get, list and watch.",
		Example: "+genclient:readonly",
	}
	// GenclientOnlyVerbs keeps the listed verbs.
	GenclientOnlyVerbs = Def{
		Name: "genclient:onlyVerbs", Generator: clientTool, ReadBy: clientFamily, Scopes: Type, Value: VerbsKind,
		Doc:     "Generates only the listed verbs (create, update, updateStatus, delete, deleteCollection, get, list, watch, patch, apply, applyStatus).",
		Example: "+genclient:onlyVerbs=create,get",
	}
	// GenclientSkipVerbs leaves out the listed verbs.
	GenclientSkipVerbs = Def{
		Name: "genclient:skipVerbs", Generator: clientTool, ReadBy: clientFamily, Scopes: Type, Value: VerbsKind,
		Doc:     "Leaves out the listed verbs.",
		Example: "+genclient:skipVerbs=watch,deleteCollection",
	}
	// GenclientMethod adds a custom method.
	GenclientMethod = Def{
		Name: "genclient:method", Generator: clientTool, ReadBy: clientFamily, Scopes: Type, Repeatable: true, Value: MethodKind,
		Doc: "Adds a method NAME doing verb VERB (create, update, get, list, patch or apply), optionally on a subresource, " +
			"with input (create, update, apply) and result (create, update, get, list, patch, apply) types given as import/path.Type.",
		Example: "+genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
	}
)

// GenclientDefs are the +genclient markers, in the order genclient checks them.
func GenclientDefs() []Def {
	return []Def{Genclient, GenclientNonNamespaced, GenclientNoVerbs, GenclientOnlyVerbs,
		GenclientSkipVerbs, GenclientNoStatus, GenclientReadonly, GenclientMethod}
}

// The package and type markers of the client family (internal/naming reads
// +groupName, +groupGoName and +resourceName).
var (
	// ClientGen opts a package out of client generation.
	ClientGen = Def{
		Name: "k8s:client-gen", Generator: clientTool, Scopes: Package,
		Allowed: []string{"false"},
		Doc:     "In a package's doc.go, false leaves the package out of client generation.",
		Example: "+k8s:client-gen=false",
		Since:   kversion.V0_37,
	}
	// GroupName is the API group of a package. client-gen's family parses
	// it with codetags; register-gen reads it with ExtractCommentTags
	// (GroupName.With(Legacy)), as upstream does.
	GroupName = Def{
		Name: "groupName", Generator: clientTool,
		ReadBy: []string{"lister-gen", "informer-gen", "applyconfiguration-gen", "register-gen"},
		Scopes: Package, Parser: CodeTags, Value: GroupKind,
		Doc: "In doc.go: the API group of the package, when it differs from the folder name; it also turns " +
			"register-gen on (without it the group is the next-to-last element of the import path).",
		Example: "+groupName=shop.example.com",
	}
	// GroupGoName is the Go identifier of the group.
	GroupGoName = Def{
		Name: "groupGoName", Generator: clientTool, ReadBy: []string{"informer-gen", "applyconfiguration-gen"},
		Scopes: Package, Parser: FuncStyle, Value: GoNameKind,
		Doc:     "The Go identifier of the group in generated names, when the first label of the group is ambiguous.",
		Example: "+groupGoName=ShopExample",
	}
	// ResourceName is the REST resource of a type.
	ResourceName = Def{
		Name: "resourceName", Generator: clientTool, ReadBy: []string{"informer-gen", "lister-gen"}, Scopes: Type, Value: ResourceKind,
		Doc:     "The REST resource name of the type, when it is not the lower-case plural of the type name.",
		Example: "+resourceName=widgetclasses",
	}
)

// clientDefs are the markers client-gen owns.
var clientDefs = append(GenclientDefs(), ClientGen, GroupName, GroupGoName, ResourceName)

// With returns d read with parser p instead: for a tool whose upstream
// reads a shared marker with another parser than its owner.
func (d Def) With(p Parser) Def {
	d.Parser = p
	return d
}
