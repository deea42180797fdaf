// Package gizmos is the internal version of a test API group.
//
// +groupName=gizmos.example.com
package gizmos
