package markers

import "github.com/kodegen/kodegen/internal/kversion"

// ApplyconfigGen switches apply configurations off for an API package.
// applyconfiguration-gen also reads +genclient and its +genclient:…
// markers, +groupName and +groupGoName, which client-gen declares
// (client.go).
var ApplyconfigGen = Def{
	Name:      "k8s:applyconfiguration-gen",
	Generator: "applyconfiguration-gen",
	Scopes:    Package,
	Allowed:   []string{"true", "false"},
	Doc:       "Switches apply configurations off (false) for an API package; they are on by default.",
	Example:   "+k8s:applyconfiguration-gen=false",
	Since:     kversion.V0_37,
}

// applyconfigDefs are the markers the applyconfig generator owns.
var applyconfigDefs = []Def{ApplyconfigGen}
