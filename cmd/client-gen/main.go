// Command client-gen is a drop-in replacement for k8s.io/code-generator's
// client-gen v0.37.2: a typed clientset, its fakes and scheme for the
// +genclient types of API group/versions.
//
// Markers read (see `kodegen markers`), e.g.
//
//	// +genclient
//	// +genclient:nonNamespaced
//	// +genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale
//	type Store struct { metav1.TypeMeta; metav1.ObjectMeta; … }
package main

import (
	"github.com/kodegen/kodegen/cmd/internal/app"
)

func main() { app.Main(app.Command("client-gen")) }
