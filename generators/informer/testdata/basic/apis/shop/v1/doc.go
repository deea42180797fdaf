// Package v1 is a test API for informer-gen.
//
// +groupName=shop.example.com
package v1
