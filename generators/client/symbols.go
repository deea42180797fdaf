package client

import (
	"path"

	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/genclient"
)

// symbols are the outside identifiers the typed clients and fakes refer
// to; templates name them as $.X|raw$ and the import tracker imports them.
type symbols struct {
	Context, Errorf, Duration, Second, JSONMarshal                        *types.Type
	CreateOptions, UpdateOptions, DeleteOptions, GetOptions, ListOptions  *types.Type
	PatchOptions, ApplyOptions, PatchType, ApplyPatchType, WatchInterface *types.Type
	NewRequest, ParameterCodec, PrefersProtobuf, ToPointers, FromPointers *types.Type
	RESTIf, RESTClient, Fake                                              *types.Type
	// The watch-list of a +genclient:method list up to v0.33.
	PrepareWatchList, CheckWatchList, CheckList, Warningf *types.Type
}

func newSymbols(clientsetPkg string) symbols {
	return symbols{
		Context:         types.Ref("context", "Context"),
		Errorf:          types.Ref("fmt", "Errorf"),
		Duration:        types.Ref("time", "Duration"),
		Second:          types.Ref("time", "Second"),
		JSONMarshal:     types.Ref("encoding/json", "Marshal"),
		CreateOptions:   types.Ref(pkgMetaV1, "CreateOptions"),
		UpdateOptions:   types.Ref(pkgMetaV1, "UpdateOptions"),
		DeleteOptions:   types.Ref(pkgMetaV1, "DeleteOptions"),
		GetOptions:      types.Ref(pkgMetaV1, "GetOptions"),
		ListOptions:     types.Ref(pkgMetaV1, "ListOptions"),
		PatchOptions:    types.Ref(pkgMetaV1, "PatchOptions"),
		ApplyOptions:    types.Ref(pkgMetaV1, "ApplyOptions"),
		PatchType:       types.Ref(pkgAPITypes, "PatchType"),
		ApplyPatchType:  types.Ref(pkgAPITypes, "ApplyPatchType"),
		WatchInterface:  types.Ref(pkgWatch, "Interface"),
		NewRequest:      types.Ref("k8s.io/client-go/util/apply", "NewRequest"),
		ParameterCodec:  types.Ref(path.Join(clientsetPkg, "scheme"), "ParameterCodec"),
		PrefersProtobuf: types.Ref(pkgGentype, "PrefersProtobuf"),
		ToPointers:      types.Ref(pkgGentype, "ToPointerSlice"),
		FromPointers:    types.Ref(pkgGentype, "FromPointerSlice"),
		RESTIf:          types.Ref(pkgRest, "Interface"),
		RESTClient:      types.Ref(pkgRest, "RESTClient"),
		Fake:            types.Ref(pkgTesting, "Fake"),

		PrepareWatchList: types.Ref("k8s.io/client-go/util/watchlist", "PrepareWatchListOptionsFromListOptions"),
		CheckWatchList:   types.Ref("k8s.io/client-go/util/consistencydetector", "CheckWatchListFromCacheDataConsistencyIfRequested"),
		CheckList:        types.Ref("k8s.io/client-go/util/consistencydetector", "CheckListFromCacheDataConsistencyIfRequested"),
		Warningf:         types.Ref("k8s.io/klog/v2", "Warningf"),
	}
}

// gentypeKind names the generic client of client-go/gentype a client
// embeds: Client, ClientWithList, ClientWithApply or ClientWithListAndApply
// (prefix "Fake" for fakes).
func gentypeKind(prefix string, list, apply bool) (base, constructor *types.Type) {
	name := prefix + "Client"
	switch {
	case list && apply:
		name += "WithListAndApply"
	case list:
		name += "WithList"
	case apply:
		name += "WithApply"
	}
	return types.Ref(pkgGentype, name), types.Ref(pkgGentype, "New"+name)
}

// methodTypes resolves the input and result types of a +genclient:method
// on t: the named type, or t itself.
func methodTypes(u types.Universe, t *types.Type, m genclient.Method) (input, result *types.Type) {
	return refType(u, t, m.Input), refType(u, t, m.Result)
}

func refType(u types.Universe, t *types.Type, ref string) *types.Type {
	if ref == "" {
		return t
	}
	name, pkg := genclient.SplitTypeRef(ref)
	if pkg == "" {
		named := *t
		named.Name.Name = name
		return &named
	}
	return u.Type(types.Name{Package: pkg, Name: name})
}

// applyConfigFor is the apply configuration type of a type named name in
// API package pkg: <apply pkg>/<group>/<version>.<name>ApplyConfiguration.
func applyConfigFor(applyPkg, pkg, name string) *types.Type {
	return types.Ref(path.Join(applyPkg, lastTwo(pkg)), name+"ApplyConfiguration")
}

// lastTwo is the group/version tail of a package path.
func lastTwo(pkg string) string {
	dir, last := path.Split(pkg)
	if dir == "" {
		return pkg
	}
	return path.Join(path.Base(dir), last)
}

// Testing names a function of client-go/testing (the fakes' actions).
func (symbols) Testing(name string) *types.Type { return types.Ref(pkgTesting, name) }
