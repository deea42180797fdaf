package markers

// applyconfigDefs are the markers the applyconfig generator reads. It also
// reads +genclient and its +genclient:… markers, +groupName and
// +groupGoName, which client-gen declares (client.go).
var applyconfigDefs = []Def{
	{
		Name:      "k8s:applyconfiguration-gen",
		Generator: "applyconfiguration-gen",
		Scopes:    Package,
		Values:    []string{"true", "false"},
		Doc:       "Switches apply configurations off (false) for an API package; they are on by default.",
		Example:   "+k8s:applyconfiguration-gen=false",
	},
}
