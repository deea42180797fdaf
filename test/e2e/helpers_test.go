package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	shopv1 "github.com/kodegen/kodegen/examples/apis/shop/v1"
	"github.com/kodegen/kodegen/examples/generated/clientset/versioned"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/wait"
)

// waitTimeout bounds every wait for the server or a cache to catch up.
const waitTimeout = 30 * time.Second

// shopClient is the generated clientset for the shared API server.
func shopClient(t *testing.T) versioned.Interface {
	t.Helper()
	cs, err := versioned.NewForConfig(cluster.config)
	if err != nil {
		t.Fatalf("versioned.NewForConfig: %v", err)
	}
	return cs
}

// namespaceFor derives a namespace of its own for the running (sub)test:
// the server has no Namespace API, so any valid name can be used directly.
func namespaceFor(t *testing.T, suffix ...string) string {
	name := strings.Join(append([]string{t.Name()}, suffix...), "-")
	b := []byte(strings.ToLower(name))
	for i, c := range b {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			b[i] = '-'
		}
	}
	ns := strings.Trim(string(b), "-")
	if len(ns) > 63 {
		ns = strings.Trim(ns[len(ns)-63:], "-")
	}
	return ns
}

// widget is a valid Widget: price is the one required field.
func widget(name string, labels map[string]string, color shopv1.Color, replicas int32) *shopv1.Widget {
	return &shopv1.Widget{
		ObjectMeta: metav1.ObjectMeta{Name: name, Labels: labels},
		Spec: shopv1.WidgetSpec{
			Replicas: &replicas,
			Color:    color,
			Price:    resource.MustParse("2500m"),
		},
	}
}

// store is a valid Store: the address is required.
func store(name string, labels map[string]string) *shopv1.Store {
	return &shopv1.Store{
		ObjectMeta: metav1.ObjectMeta{Name: name, Labels: labels},
		Spec: shopv1.StoreSpec{
			Address: shopv1.Address{Street: "1 Main Street", City: "Springfield"},
		},
	}
}

// eventually polls cond until it holds, failing the test after waitTimeout.
func eventually(t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	err := wait.PollUntilContextTimeout(context.Background(), 20*time.Millisecond, waitTimeout, true,
		func(context.Context) (bool, error) { return cond() })
	if err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

// names lists the names of widgets, in order.
func names(ws []shopv1.Widget) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Name
	}
	return out
}

func int32Ptr(v int32) *int32 { return &v }
