// Package v1 is another group whose Go name clashes with widgets'.
//
// +groupName=widgets.other.example.com
// +groupGoName=WidgetsExample
package v1
