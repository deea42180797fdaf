package applyconfig

import (
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/internal/kversion"
)

// Outside symbols the generated code refers to; the raw namer imports them.
var (
	fmtSprintf             = types.Ref("fmt", "Sprintf")
	syncOnce               = types.Ref("sync", "Once")
	groupVersionKind       = types.Ref("k8s.io/apimachinery/pkg/runtime/schema", "GroupVersionKind")
	typeMeta               = types.Ref("k8s.io/apimachinery/pkg/apis/meta/v1", "TypeMeta")
	objectMeta             = types.Ref("k8s.io/apimachinery/pkg/apis/meta/v1", "ObjectMeta")
	rawExtension           = types.Ref("k8s.io/apimachinery/pkg/runtime", "RawExtension")
	runtimeUnknown         = types.Ref("k8s.io/apimachinery/pkg/runtime", "Unknown")
	runtimeScheme          = types.Ref("k8s.io/apimachinery/pkg/runtime", "Scheme")
	extractInto            = types.Ref("k8s.io/apimachinery/pkg/util/managedfields", "ExtractInto")
	typeConverter          = types.Ref("k8s.io/apimachinery/pkg/util/managedfields", "TypeConverter")
	newSchemeTypeConverter = types.Ref("k8s.io/apimachinery/pkg/util/managedfields", "NewSchemeTypeConverter")
	testingTypeConverter   = types.Ref("k8s.io/client-go/testing", "TypeConverter")
)

// smdTyped is structured-merge-diff's typed package: v4 up to v0.33.
var smdTyped = kversion.From("sigs.k8s.io/structured-merge-diff/v4/typed", kversion.V0_34, "sigs.k8s.io/structured-merge-diff/v6/typed")

// embeds reports whether t embeds the struct named name.
func embeds(t *types.Type, name types.Name) bool {
	for _, m := range t.Members {
		if m.Embedded && m.Type.Name == name {
			return true
		}
	}
	return false
}
