// Package client is client-gen: for the +genclient types of API
// group/versions it plans a typed clientset byte-identical with upstream
// k8s.io/code-generator's client-gen v0.37.2:
//
//	<output-dir>/<clientset-name>/
//	  clientset.go                     Interface and Clientset over every group/version
//	  scheme/register.go               Scheme, Codecs, ParameterCodec, AddToScheme
//	  fake/                            NewSimpleClientset (and NewClientset with apply configurations)
//	  typed/<group>/<version>/         a client per type on k8s.io/client-go/gentype, the group
//	                                   client, generated_expansion.go, and fake/
//
// Markers (declared in internal/markers/client.go):
//
//	// +genclient                                  generate a client for the type
//	// +genclient:nonNamespaced                    cluster-scoped
//	// +genclient:noVerbs                          no verb methods
//	// +genclient:noStatus                         no UpdateStatus/ApplyStatus
//	// +genclient:readonly                         get, list, watch only
//	// +genclient:onlyVerbs=create,get             only these verbs
//	// +genclient:skipVerbs=watch                  all verbs but these
//	// +genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale
//	// +resourceName=widgetclasses                 REST resource name
//	// +groupName=shop.example.com                 (package) API group
//	// +groupGoName=ShopExample                    (package) Go name of the group
//	// +k8s:client-gen=false                       (package) leave the package out
//
// Where upstream ignores a bad marker or writes code that does not compile
// (an unknown verb, input= on a get, list on a subresource, a method on a
// type that does not exist, an old spelling like +nonNamespaced=true), the
// run fails with an error naming the type and the fix, and nothing is
// written.
package client
