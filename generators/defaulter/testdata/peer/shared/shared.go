// Package shared is a peer package (--extra-peer-dirs): its hand-written
// defaulters are called from the generated code of other packages.
package shared

// Color is shared by several APIs.
type Color struct {
	Name string `json:"name,omitempty"`
}

// SetDefaults_Color defaults a Color.
func SetDefaults_Color(obj *Color) {
	if obj.Name == "" {
		obj.Name = "black"
	}
}
