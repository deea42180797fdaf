// +k8s:header-marker=true
package positions

// +genclient:method=GetA,verb=get
// +genclient:method=GetB,verb=get

// Widget has markers above its doc comment and in it.
// +genclient
// +genclient:nonNamespaced
type Widget struct {
	// Size is a field.
	// +default=3
	Size int `json:"size"`

	/*
	   Block comment.
	   +optional
	*/
	Note string `json:"note"`
}

// SetDefaults_Widget is a function.
// +k8s:defaulter-gen=covers
func SetDefaults_Widget(w *Widget) {}
