package markers

// clientDefs are the markers the client generator reads. +groupName,
// +groupGoName and +resourceName are shared with lister-gen and
// informer-gen (see internal/naming).
var clientDefs = []Def{
	{
		Name: "genclient", Generator: "client-gen", Scopes: Type,
		Values:  []string{""},
		Doc:     "Generates a typed client (and fake) for the type; it takes no value.",
		Example: "+genclient",
	},
	{
		Name: "genclient:nonNamespaced", Generator: "client-gen", Scopes: Type,
		Values:  []string{""},
		Doc:     "The type is cluster-scoped: its client takes no namespace.",
		Example: "+genclient:nonNamespaced",
	},
	{
		Name: "genclient:noVerbs", Generator: "client-gen", Scopes: Type,
		Values:  []string{""},
		Doc:     "Generates the client type without any verb methods.",
		Example: "+genclient:noVerbs",
	},
	{
		Name: "genclient:noStatus", Generator: "client-gen", Scopes: Type,
		Values:  []string{""},
		Doc:     "Leaves out UpdateStatus and ApplyStatus even though the type has a Status field.",
		Example: "+genclient:noStatus",
	},
	{
		Name: "genclient:readonly", Generator: "client-gen", Scopes: Type,
		Values:  []string{""},
		Doc:     "Generates only get, list and watch.",
		Example: "+genclient:readonly",
	},
	{
		Name: "genclient:onlyVerbs", Generator: "client-gen", Scopes: Type,
		Doc:     "Generates only the listed verbs (create, update, updateStatus, delete, deleteCollection, get, list, watch, patch, apply, applyStatus).",
		Example: "+genclient:onlyVerbs=create,get",
	},
	{
		Name: "genclient:skipVerbs", Generator: "client-gen", Scopes: Type,
		Doc:     "Leaves out the listed verbs.",
		Example: "+genclient:skipVerbs=watch,deleteCollection",
	},
	{
		Name: "genclient:method", Generator: "client-gen", Scopes: Type, Repeatable: true,
		Doc: "Adds a method NAME doing verb VERB (create, update, get, list, patch or apply), optionally on a subresource, " +
			"with input (create, update, apply) and result (create, update, get, list, patch, apply) types given as import/path.Type.",
		Example: "+genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
	},
	{
		Name: "k8s:client-gen", Generator: "client-gen", Scopes: Package,
		Values:  []string{"false"},
		Doc:     "In a package's doc.go, false leaves the package out of client generation.",
		Example: "+k8s:client-gen=false",
	},
	{
		Name: "groupName", Generator: "client-gen", Scopes: Package,
		Doc:     "The API group of the package, when it differs from the folder name (client-gen, lister-gen and informer-gen read it).",
		Example: "+groupName=shop.example.com",
	},
	{
		Name: "groupGoName", Generator: "client-gen", Scopes: Package,
		Doc:     "The Go identifier of the group in generated names, when the first label of the group is ambiguous.",
		Example: "+groupGoName=ShopExample",
	},
	{
		Name: "resourceName", Generator: "client-gen", Scopes: Type,
		Doc:     "The REST resource name of the type, when it is not the lower-case plural of the type name.",
		Example: "+resourceName=widgetclasses",
	},
}
