// Package v1 imports packages whose names clash with its own and with each
// other: controller-gen widens the names in the order it needs them.
// +kubebuilder:object:generate=true
package v1

import (
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kodegen/kodegen/generators/object/testdata/other"
	otherv1 "github.com/kodegen/kodegen/generators/object/testdata/other/v1"
)

// Alpha needs other/v1 first: it takes otherv1.
type Alpha struct {
	Refs []otherv1.Ref
	Meta []metav1.OwnerReference
}

// Beta needs other.
type Beta struct {
	Things   []other.Thing
	ThingPtr *other.Thing
	Named    other.Things
	Wait     *time.Duration
	Conds    map[string][]metav1.Condition
}

// Labels is a Go alias: controller-gen spells it by its alias name.
type Labels = map[string]string

// WithAlias has a field of an alias type.
type WithAlias struct {
	L    Labels
	LPtr *Labels
}

// Lists has nested reference types in maps.
type Lists struct {
	ByKey   map[string]*otherv1.Ref
	Grouped map[string]map[string]*int
}
