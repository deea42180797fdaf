// +groupName=lint.example.com
// +k8s:shiny-gen=true
package v1
