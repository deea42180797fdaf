// Package user is code of the main module that generated code imports:
// the compile check type-checks it from source, its library imports from
// the type cache.
package user

import "k8s.io/klog/v2"

// Thing holds a type of a library.
type Thing struct {
	Level klog.Level
}
