// Package v1 is a test API group for client-gen's golden cases.
//
// +groupName=widgets.example.com
// +groupGoName=WidgetsExample
package v1
