// Package v1 is a test API: lister-gen reads its +genclient types.
//
// +groupName=shop.example.com
package v1
