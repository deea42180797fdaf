package applyconfig

import (
	"github.com/kodegen/kodegen/internal/markers"
)

// enableMarker is +k8s:applyconfiguration-gen, read from doc.go.
var enableMarker = markerDef("k8s:applyconfiguration-gen")

func markerDef(name string) markers.Def {
	for _, d := range markers.All() {
		if d.Name == name {
			return d
		}
	}
	return markers.Def{Name: name}
}
