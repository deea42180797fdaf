// Package v1beta1 is a test API group version whose group differs from its path.
//
// +groupName=store.shop.example.com
// +groupGoName=ShopStore
package v1beta1
