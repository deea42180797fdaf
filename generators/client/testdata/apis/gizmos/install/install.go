// Package install registers the gizmos group.
package install

import "k8s.io/apimachinery/pkg/runtime"

// Install adds the group's versions to scheme.
func Install(scheme *runtime.Scheme) {}
