// Package positions has markers at known lines, for TestLocateMarker.
//
// +groupName=positions.example.com
// +k8s:deepcopy-gen=package
package positions
