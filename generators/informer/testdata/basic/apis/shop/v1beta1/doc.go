// Package v1beta1 is a test API for informer-gen.
//
// +groupName=shop.example.com
package v1beta1
