// Package install registers the kitchen.example.com API group, internal
// and every version, with a scheme, the way an API server does.
package install

import (
	"k8s.io/apimachinery/pkg/runtime"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"

	"github.com/kodegen/kodegen/examples/apis/kitchen"
	"github.com/kodegen/kodegen/examples/apis/kitchen/v1alpha1"
	"github.com/kodegen/kodegen/examples/apis/kitchen/v1beta1"
)

// Install registers the group's types, conversions and defaults with
// scheme, v1beta1 preferred.
func Install(scheme *runtime.Scheme) {
	utilruntime.Must(kitchen.AddToScheme(scheme))
	utilruntime.Must(v1alpha1.AddToScheme(scheme))
	utilruntime.Must(v1beta1.AddToScheme(scheme))
	utilruntime.Must(scheme.SetVersionPriority(v1beta1.SchemeGroupVersion, v1alpha1.SchemeGroupVersion))
}
