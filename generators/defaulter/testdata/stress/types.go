package stress

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"github.com/kodegen/kodegen/generators/defaulter/testdata/stress/ext"
)

type Top struct {
	metav1.TypeMeta `json:",inline"`
	Inline
	Grid     [][2]Sub
	PA       *[2]Sub
	Arr      [2]Sub
	MapSub   map[string]*Sub
	MapSlice map[string][]string
	PP       **string
	// +default="pp"
	PPD     **string
	Ext     ext.Ext
	ExtPtr  *ext.Ext
	ExtList []*ext.Ext
	YS      ext.YString
	// +default=ref(github.com/kodegen/kodegen/generators/defaulter/testdata/stress/ext.YConst)
	YRef    string
	Al      Alias
	Off     OptedOut
	Hand    Handled
	Private private
	// +default=5
	U8 uint8
	// +default=2.5
	F32 *float32
	// +default=false
	B bool
	// +default=true
	BT    bool
	Bytes []byte
	// +default="aGVsbG8="
	BytesD []byte
	// +default={"a": "b"}
	MS map[string]string
	IF interface{}
}

type Inline struct {
	// +default="inline"
	InlineName string
}

type Sub struct {
	// +default=1
	I int
	S []Sub
}

type Alias = Sub

// +k8s:defaulter-gen=false

type OptedOut struct {
	metav1.TypeMeta `json:",inline"`
	// +default="o"
	O string
}

type Handled struct {
	metav1.TypeMeta `json:",inline"`
	// +default="h"
	H string
}

type private struct {
	// +default="p"
	P string
}

type TopList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata"`
	Items           []Top
}

type HandledList struct {
	metav1.ListMeta
	Items []Handled
}

type Nothing struct {
	metav1.TypeMeta
	N string
}

type lower struct {
	metav1.TypeMeta
	// +default="x"
	X string
}

// +k8s:defaulter-gen=true

type OptIn struct {
	// +default="in"
	In string
}

// The runtime.Object methods the registration needs.

func (in *Top) DeepCopyObject() runtime.Object         { c := *in; return &c }
func (in *TopList) DeepCopyObject() runtime.Object     { c := *in; return &c }
func (in *HandledList) DeepCopyObject() runtime.Object { c := *in; return &c }
func (in *OptIn) DeepCopyObject() runtime.Object       { c := *in; return &c }

func (in *HandledList) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }
func (in *OptIn) GetObjectKind() schema.ObjectKind       { return schema.EmptyObjectKind }
