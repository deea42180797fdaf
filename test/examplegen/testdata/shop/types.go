// Package shop is typenames-gen's test input.
package shop

// Widget is exported.
type Widget struct{ Name string }

// Store is exported.
type Store struct{ Widgets []Widget }

type internalOnly struct{}
