// Package v1 is a test API group version.
//
// +groupName=shop.example.com
package v1
