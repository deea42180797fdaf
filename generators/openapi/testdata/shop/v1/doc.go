// +k8s:openapi-gen=true
// +k8s:openapi-model-package=com.example.shop.v1

// Package v1 is a small API group for openapi-gen's golden tests.
package v1
