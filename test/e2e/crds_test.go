package e2e

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	apiextensionsclient "k8s.io/apiextensions-apiserver/pkg/client/clientset/clientset"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/rest"
)

// The example group the generated clients talk to.
const (
	shopGroup   = "shop.example.com"
	shopVersion = "v1"
	shopV1beta1 = "v1beta1"
)

// establishTimeout bounds how long a CRD may take to be served.
const establishTimeout = time.Minute

// shopCRDs returns the CustomResourceDefinitions that serve
// examples/apis/shop/v1: Widget (namespaced, with the status and scale
// subresources) and Store (cluster-scoped, with status).
func shopCRDs() []*apiextensionsv1.CustomResourceDefinition {
	widget := crd("Widget", "widgets", shopVersion, apiextensionsv1.NamespaceScoped, widgetSchema())
	widget.Spec.Versions[0].Subresources.Scale = &apiextensionsv1.CustomResourceSubresourceScale{
		SpecReplicasPath:   ".spec.replicas",
		StatusReplicasPath: ".status.replicas",
	}
	// spec.color can be used in field selectors, next to metadata.name and
	// metadata.namespace, which every resource has.
	widget.Spec.Versions[0].SelectableFields = []apiextensionsv1.SelectableField{{JSONPath: ".spec.color"}}
	store := crd("Store", "stores", shopVersion, apiextensionsv1.ClusterScoped, storeSchema())
	return []*apiextensionsv1.CustomResourceDefinition{widget, store}
}

// shopV1beta1CRDs serves examples/apis/shop/v1beta1: Widget with status. Its
// shape differs from v1 (colour, a list of parts), so one CRD could serve
// both only with a conversion webhook; the v1beta1 test gets a server of
// its own instead.
func shopV1beta1CRDs() []*apiextensionsv1.CustomResourceDefinition {
	return []*apiextensionsv1.CustomResourceDefinition{
		crd("Widget", "widgets", shopV1beta1, apiextensionsv1.NamespaceScoped, widgetV1beta1Schema()),
	}
}

// crd is a single-version CRD of the shop group with the status subresource.
func crd(kind, plural, version string, scope apiextensionsv1.ResourceScope, openAPI apiextensionsv1.JSONSchemaProps) *apiextensionsv1.CustomResourceDefinition {
	return &apiextensionsv1.CustomResourceDefinition{
		ObjectMeta: metav1.ObjectMeta{Name: plural + "." + shopGroup},
		Spec: apiextensionsv1.CustomResourceDefinitionSpec{
			Group: shopGroup,
			Names: apiextensionsv1.CustomResourceDefinitionNames{
				Kind:     kind,
				ListKind: kind + "List",
				Plural:   plural,
				Singular: strings.ToLower(kind),
			},
			Scope: scope,
			Versions: []apiextensionsv1.CustomResourceDefinitionVersion{{
				Name:    version,
				Served:  true,
				Storage: true,
				Schema:  &apiextensionsv1.CustomResourceValidation{OpenAPIV3Schema: &openAPI},
				Subresources: &apiextensionsv1.CustomResourceSubresources{
					Status: &apiextensionsv1.CustomResourceSubresourceStatus{},
				},
			}},
		},
	}
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
