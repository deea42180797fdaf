// Package dup defaults shared.Color again: with shared as a peer too, the
// defaulter cannot choose.
package dup

import "github.com/kodegen/kodegen/generators/defaulter/testdata/peer/shared"

// SetDefaults_Color duplicates shared.SetDefaults_Color.
func SetDefaults_Color(obj *shared.Color) {}
