// +k8s:deepcopygen=package
package misspelled
