package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	apiextensionsclient "k8s.io/apiextensions-apiserver/pkg/client/clientset/clientset"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/yaml"
)

// The example group the generated clients talk to.
const (
	shopGroup   = "shop.example.com"
	shopVersion = "v1"
	shopV1beta1 = "v1beta1"
)

// establishTimeout bounds how long a CRD may take to be served.
const establishTimeout = time.Minute

// crdDir holds the CRD manifests kodegen generates for the example group
// from its +kubebuilder markers (examples/doc.go's kodegen gen line):
// the test serves them as they are, not a hand-written schema.
const crdDir = "../../examples/config/crd/bases"

// shopCRDs returns the generated CustomResourceDefinitions serving
// examples/apis/shop/v1: Widget (namespaced, with the status and scale
// subresources, printer columns, spec.color selectable) and Store
// (cluster-scoped, with status), v1 only.
func shopCRDs() ([]*apiextensionsv1.CustomResourceDefinition, error) {
	return generatedCRDs(shopVersion, "widgets", "stores")
}

// shopV1beta1CRDs serves examples/apis/shop/v1beta1: the generated Widget
// CRD with only its v1beta1 version. Its shape differs from v1 (colour, a
// list of parts), so one CRD could serve both only with a conversion
// webhook; the v1beta1 test gets a server of its own instead.
func shopV1beta1CRDs() ([]*apiextensionsv1.CustomResourceDefinition, error) {
	return generatedCRDs(shopV1beta1, "widgets")
}

// generatedCRDs reads the generated CRDs of the given plurals, each cut
// down to version (served, and stored).
func generatedCRDs(version string, plurals ...string) ([]*apiextensionsv1.CustomResourceDefinition, error) {
	var out []*apiextensionsv1.CustomResourceDefinition
	for _, plural := range plurals {
		name := filepath.Join(crdDir, shopGroup+"_"+plural+".yaml")
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		c := &apiextensionsv1.CustomResourceDefinition{}
		if err := yaml.UnmarshalStrict(data, c); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		var keep []apiextensionsv1.CustomResourceDefinitionVersion
		for _, v := range c.Spec.Versions {
			if v.Name == version {
				v.Served, v.Storage = true, true
				keep = append(keep, v)
			}
		}
		if len(keep) == 0 {
			return nil, fmt.Errorf("%s has no version %s", name, version)
		}
		c.Spec.Versions = keep
		out = append(out, c)
	}
	return out, nil
}

// installCRDs creates crds and waits until the server reports every one
// Established with its names accepted.
func installCRDs(config *rest.Config, crds []*apiextensionsv1.CustomResourceDefinition) error {
	client, err := apiextensionsclient.NewForConfig(config)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), establishTimeout)
	defer cancel()
	for _, c := range crds {
		if _, err := client.ApiextensionsV1().CustomResourceDefinitions().Create(ctx, c, metav1.CreateOptions{}); err != nil {
			return fmt.Errorf("create CRD %s: %w", c.Name, err)
		}
	}
	var errs []error
	for _, c := range crds {
		err := wait.PollUntilContextCancel(ctx, 100*time.Millisecond, true, func(ctx context.Context) (bool, error) {
			got, err := client.ApiextensionsV1().CustomResourceDefinitions().Get(ctx, c.Name, metav1.GetOptions{})
			if err != nil {
				return false, err
			}
			return condition(got, apiextensionsv1.Established) && condition(got, apiextensionsv1.NamesAccepted), nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("CRD %s not established: %w", c.Name, err))
		}
	}
	return errors.Join(errs...)
}

func condition(c *apiextensionsv1.CustomResourceDefinition, t apiextensionsv1.CustomResourceDefinitionConditionType) bool {
	for _, cond := range c.Status.Conditions {
		if cond.Type == t {
			return cond.Status == apiextensionsv1.ConditionTrue
		}
	}
	return false
}
