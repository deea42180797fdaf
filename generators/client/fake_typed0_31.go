package client

import (
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/snippet"
)

// The typed fakes of v0.31 (fakeTypedWriters): before gentype's fake
// clients (v0.32) every fake implemented each verb itself on
// client-go/testing's actions, with package-level resource and kind
// variables, a receiver named Fake<Types> and the default verbs in
// upstream's order: get, list, watch, create, update, updateStatus,
// delete, deleteCollection, patch, apply, applyStatus, then the
// +genclient:method ones.

// fakeArgs0_31 are the template arguments of one v0.31 fake method.
type fakeArgs0_31 struct {
	symbols
	Type, Input, Result *types.Type
	InputApply          *types.Type
	// Verb is the method's name ("Get", "UpdateScale"), Subresource the
	// +genclient:method's subresource.
	Verb, Subresource string
	Namespaced        bool
	// Client is the group client's name without "Client" ("AppsV1").
	Client                         string
	Everything, SchemeGroupVersion *types.Type
}

// writeFakeTyped0_31 writes the body of fake_<type>.go for v0.31.
func (g *genFakeTyped) writeFakeTyped0_31(sw *snippet.Writer, t *types.Type, a typeArgs, methods []methodArgs) {
	base := fakeArgs0_31{
		symbols: a.symbols, Type: t, Input: t, Result: t, InputApply: a.ApplyConfig,
		Namespaced: a.Namespaced, Client: a.Client, SchemeGroupVersion: a.SchemeGroupVersion,
		Everything: types.Ref("k8s.io/apimachinery/pkg/labels", "Everything"),
	}
	sw.Do(fakeStructTmpl0_31, base)
	tags := g.run.tags[t]
	if tags.NoVerbs {
		return
	}
	sw.Do(fakeVarsTmpl0_31, base)
	apply := g.run.cfg.ApplyConfigurationPackage != ""
	status := g.run.hasStatus(t)
	for _, v := range []struct {
		verb, tmpl string
		when       bool
	}{
		{"get", fakeGetTmpl0_31, true},
		{"list", pick(embedsObjectMeta(t), fakeListLabelsTmpl0_31, fakeListTmpl0_31), true},
		{"watch", fakeWatchTmpl0_31, true},
		{"create", fakeCreateTmpl0_31, true},
		{"update", fakeUpdateTmpl0_31, true},
		{"updateStatus", fakeUpdateStatusTmpl0_31, status},
		{"delete", fakeDeleteTmpl0_31, true},
		{"deleteCollection", fakeDeleteCollectionTmpl0_31, true},
		{"patch", fakePatchTmpl0_31, true},
		{"apply", fakeApplyTmpl0_31, apply},
		{"applyStatus", fakeApplyStatusTmpl0_31, apply && status},
	} {
		if tags.HasVerb(v.verb) && v.when {
			m := base
			m.Verb = defaultVerbName[v.verb]
			sw.Do(v.tmpl, m)
		}
	}
	for _, ma := range methods {
		m := base
		m.Input, m.Result, m.InputApply = ma.Input, ma.Result, ma.InputApply
		m.Verb, m.Subresource = ma.Verb, ma.Subresource
		sub := ma.Subresource != ""
		var tmpl string
		switch ma.verb {
		case "get":
			tmpl = pick(sub, fakeGetSubresourceTmpl0_31, fakeGetTmpl0_31)
		case "list":
			tmpl = fakeListTmpl0_31
		case "watch":
			tmpl = fakeWatchTmpl0_31
		case "create":
			tmpl = pick(sub, fakeCreateSubresourceTmpl0_31, fakeCreateTmpl0_31)
		case "update":
			tmpl = pick(sub, fakeUpdateSubresourceTmpl0_31, fakeUpdateTmpl0_31)
		case "delete":
			tmpl = fakeDeleteTmpl0_31
		case "patch":
			tmpl = fakePatchTmpl0_31
		case "apply":
			tmpl = pick(sub, fakeApplySubresourceTmpl0_31, fakeApplyTmpl0_31)
		}
		sw.Do(tmpl, m)
	}
}

// embedsObjectMeta reports whether t embeds ObjectMeta: v0.31's fake List
// then filters the items by the label selector.
func embedsObjectMeta(t *types.Type) bool {
	for _, m := range t.Members {
		if m.Embedded && m.Name == "ObjectMeta" {
			return true
		}
	}
	return false
}

// fakeGroupGettersTmpl0_31: the fake group client built the fakes as
// struct literals.
const fakeGroupGettersTmpl0_31 = `
$- range .Getters$
$- if .Namespaced$

func (c *Fake$.Client$) $.Type|publicPlural$(namespace string) $.Real$.$.Type|public$Interface {
	return &Fake$.Type|publicPlural${c, namespace}
}
$- else$

func (c *Fake$.Client$) $.Type|publicPlural$() $.Real$.$.Type|public$Interface {
	return &Fake$.Type|publicPlural${c}
}
$- end$
$- end$
`

const fakeStructTmpl0_31 = `
// Fake$.Type|publicPlural$ implements $.Type|public$Interface
type Fake$.Type|publicPlural$ struct {
	Fake *Fake$.Client$
$- if .Namespaced$
	ns     string
$- end$
}
`

const fakeVarsTmpl0_31 = `
var $.Type|allLowercasePlural$Resource = $.SchemeGroupVersion|raw$.WithResource("$.Type|resource$")

var $.Type|allLowercasePlural$Kind = $.SchemeGroupVersion|raw$.WithKind("$.Type|singularKind$")
`

const fakeListTmpl0_31 = `
// $.Verb$ takes label and field selectors, and returns the list of $.Type|publicPlural$ that match those selectors.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) (result *$.Type|raw$List, err error) {
	emptyResult := &$.Type|raw$List{}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewListActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|allLowercasePlural$Kind, c.ns, opts), emptyResult)
		$else$Invokes($.Testing "NewRootListActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|allLowercasePlural$Kind, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Type|raw$List), err
}
`

const fakeListLabelsTmpl0_31 = `
// $.Verb$ takes label and field selectors, and returns the list of $.Type|publicPlural$ that match those selectors.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) (result *$.Type|raw$List, err error) {
	emptyResult := &$.Type|raw$List{}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewListActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|allLowercasePlural$Kind, c.ns, opts), emptyResult)
		$else$Invokes($.Testing "NewRootListActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|allLowercasePlural$Kind, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}

	label, _, _ := $.Testing "ExtractFromListOptions"|raw$(opts)
	if label == nil {
		label = $.Everything|raw$()
	}
	list := &$.Type|raw$List{ListMeta: obj.(*$.Type|raw$List).ListMeta}
	for _, item := range obj.(*$.Type|raw$List).Items {
		if label.Matches(labels.Set(item.Labels)) {
			list.Items = append(list.Items, item)
		}
	}
	return list, err
}
`

const fakeGetTmpl0_31 = `
// $.Verb$ takes name of the $.Type|private$, and returns the corresponding $.Result|private$ object, and an error if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, name string, options $.GetOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewGetActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, name, options), emptyResult)
		$else$Invokes($.Testing "NewRootGetActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, name, options), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeGetSubresourceTmpl0_31 = `
// $.Verb$ takes name of the $.Type|private$, and returns the corresponding $.Result|private$ object, and an error if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, options $.GetOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewGetSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, "$.Subresource$", $.Type|private$Name, options), emptyResult)
		$else$Invokes($.Testing "NewRootGetSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, "$.Subresource$", $.Type|private$Name, options), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeDeleteTmpl0_31 = `
// $.Verb$ takes name of the $.Type|private$ and deletes it. Returns an error if one occurs.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, name string, opts $.DeleteOptions|raw$) error {
	_, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewDeleteActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, name, opts), &$.Type|raw${})
		$else$Invokes($.Testing "NewRootDeleteActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, name, opts), &$.Type|raw${})$end$
	return err
}
`

const fakeDeleteCollectionTmpl0_31 = `
// $.Verb$ deletes a collection of objects.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, opts $.DeleteOptions|raw$, listOpts $.ListOptions|raw$) error {
	$if .Namespaced$action := $.Testing "NewDeleteCollectionActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, opts, listOpts)
	$else$action := $.Testing "NewRootDeleteCollectionActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, opts, listOpts)
	$end$
	_, err := c.Fake.Invokes(action, &$.Type|raw$List{})
	return err
}
`

const fakeCreateTmpl0_31 = `
// $.Verb$ takes the representation of a $.Input|private$ and creates it.  Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewCreateActionWithOptions"|raw$($.Input|allLowercasePlural$Resource, c.ns, $.Input|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootCreateActionWithOptions"|raw$($.Input|allLowercasePlural$Resource, $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeCreateSubresourceTmpl0_31 = `
// $.Verb$ takes the representation of a $.Input|private$ and creates it.  Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewCreateSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|private$Name, "$.Subresource$", c.ns, $.Input|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootCreateSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|private$Name, "$.Subresource$", $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeUpdateTmpl0_31 = `
// $.Verb$ takes the representation of a $.Input|private$ and updates it. Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewUpdateActionWithOptions"|raw$($.Input|allLowercasePlural$Resource, c.ns, $.Input|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootUpdateActionWithOptions"|raw$($.Input|allLowercasePlural$Resource, $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeUpdateSubresourceTmpl0_31 = `
// $.Verb$ takes the representation of a $.Input|private$ and updates it. Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewUpdateSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, "$.Subresource$", c.ns, $.Input|private$, opts), &$.Input|raw${})
		$else$Invokes($.Testing "NewRootUpdateSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, "$.Subresource$", $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeUpdateStatusTmpl0_31 = `
// UpdateStatus was generated because the type contains a Status member.
// Add a +genclient:noStatus comment above the type to avoid generating UpdateStatus().
func (c *Fake$.Type|publicPlural$) UpdateStatus(ctx $.Context|raw$, $.Type|private$ *$.Type|raw$, opts $.UpdateOptions|raw$) (result *$.Type|raw$, err error) {
	emptyResult := &$.Type|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewUpdateSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, "status", c.ns, $.Type|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootUpdateSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, "status", $.Type|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Type|raw$), err
}
`

const fakeWatchTmpl0_31 = `
// $.Verb$ returns a $.WatchInterface|raw$ that watches the requested $.Type|privatePlural$.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) ($.WatchInterface|raw$, error) {
	return c.Fake.
		$if .Namespaced$InvokesWatch($.Testing "NewWatchActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, opts))
		$else$InvokesWatch($.Testing "NewRootWatchActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, opts))$end$
}
`

const fakePatchTmpl0_31 = `
// $.Verb$ applies the patch and returns the patched $.Result|private$.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, name, pt, data, opts, subresources...), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, name, pt, data, opts, subresources...), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeApplyTmpl0_31 = `
// $.Verb$ takes the given apply declarative configuration, applies it and returns the applied $.Result|private$.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	data, err := $.JSONMarshal|raw$($.Input|private$)
	if err != nil {
		return nil, err
	}
	name := $.Input|private$.Name
	if name == nil {
		return nil, $.Errorf|raw$("$.Input|private$.Name must be provided to $.Verb$")
	}
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeApplyStatusTmpl0_31 = `
// ApplyStatus was generated because the type contains a Status member.
// Add a +genclient:noStatus comment above the type to avoid generating ApplyStatus().
func (c *Fake$.Type|publicPlural$) ApplyStatus(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to Apply must not be nil")
	}
	data, err := $.JSONMarshal|raw$($.Input|private$)
	if err != nil {
		return nil, err
	}
	name := $.Input|private$.Name
	if name == nil {
		return nil, $.Errorf|raw$("$.Input|private$.Name must be provided to Apply")
	}
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "status"), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "status"), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeApplySubresourceTmpl0_31 = `
// $.Verb$ takes top resource name and the apply declarative configuration for $.Subresource$,
// applies it and returns the applied $.Result|private$, and an error, if there is any.
func (c *Fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	data, err := $.JSONMarshal|raw$($.Input|private$)
	if err != nil {
		return nil, err
	}
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, c.ns, $.Type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.Input|private$"), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$($.Type|allLowercasePlural$Resource, $.Type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.Input|private$"), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`
