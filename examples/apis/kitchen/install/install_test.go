package install

import (
	"testing"

	"k8s.io/apimachinery/pkg/runtime"

	"github.com/kodegen/kodegen/examples/apis/kitchen"
	"github.com/kodegen/kodegen/examples/apis/kitchen/v1beta1"
)

func TestInstall(t *testing.T) {
	scheme := runtime.NewScheme()
	Install(scheme)
	if got := scheme.PrioritizedVersionsForGroup(kitchen.GroupName); len(got) != 2 || got[0] != v1beta1.SchemeGroupVersion {
		t.Errorf("versions by priority = %v, want v1beta1 first", got)
	}
	for _, obj := range []runtime.Object{&kitchen.Recipe{}, &v1beta1.Recipe{}} {
		if _, _, err := scheme.ObjectKinds(obj); err != nil {
			t.Errorf("%T not registered: %v", obj, err)
		}
	}
}
