package client

import "github.com/kodegen/kodegen/internal/kversion"

// The typed clients by release: before v0.32 the constructor took no
// PrefersProtobuf and closed on the last argument's line, and apply
// marshalled the configuration to JSON itself (util/apply came with v0.32).
var (
	typedConstructorTmpls      = kversion.From(typedConstructorTmpl0_31, kversion.V0_32, typedConstructorTmpl)
	typedApplyTmpls            = kversion.From(typedApplyTmpl0_31, kversion.V0_32, typedApplyTmpl)
	typedApplySubresourceTmpls = kversion.From(typedApplySubresourceTmpl0_31, kversion.V0_32, typedApplySubresourceTmpl)
	// A +genclient:method list (not of a subresource) tried a watch-list
	// first up to v0.33. v0.31 writes v0.32's: upstream v0.31's
	// watchList used c.client and c.ns, which its gentype clients lack.
	typedListTmpls = kversion.From(typedWatchListTmpl0_31+typedPrivateListTmpl0_31+typedWatchListStreamTmpl0_31, kversion.V0_34, typedListTmpl)
)

// typedMethodTmpl picks the implementation of a +genclient:method.
func typedMethodTmpl(m methodArgs, target kversion.Version) string {
	sub := m.Subresource != ""
	switch m.verb {
	case "get":
		return pick(sub, typedGetSubresourceTmpl, typedGetTmpl)
	case "list":
		return pick(sub, typedListTmpl, typedListTmpls.At(target))
	case "create":
		return pick(sub, typedCreateSubresourceTmpl, typedCreateTmpl)
	case "update":
		return pick(sub, typedUpdateSubresourceTmpl, typedUpdateTmpl)
	case "patch":
		return typedPatchTmpl
	case "apply":
		return pick(sub, typedApplySubresourceTmpls.At(target), typedApplyTmpls.At(target))
	}
	return ""
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

const typedGetterNamespacedTmpl = `
// $.Type|publicPlural$Getter has a method to return a $.Type|public$Interface.
// A group's client should implement this interface.
type $.Type|publicPlural$Getter interface {
	$.Type|publicPlural$(namespace string) $.Type|public$Interface
}
`

const typedGetterTmpl = `
// $.Type|publicPlural$Getter has a method to return a $.Type|public$Interface.
// A group's client should implement this interface.
type $.Type|publicPlural$Getter interface {
	$.Type|publicPlural$() $.Type|public$Interface
}
`

const typedInterfaceOpenTmpl = `
// $.Type|public$Interface has methods to work with $.Type|public$ resources.
type $.Type|public$Interface interface {`

const typedInterfaceCloseTmpl = `
	$.Type|public$Expansion
}
`

const typedStructTmpl = `
// $.Type|privatePlural$ implements $.Type|public$Interface
type $.Type|privatePlural$ struct {
	*$.Base|raw$[*$.Type|raw$$if .List$, *$.Type|raw$List$end$$if .Apply$, *$.ApplyConfig|raw$$end$]
}
`

const typedConstructorTmpl = `
// new$.Type|publicPlural$ returns a $.Type|publicPlural$
func new$.Type|publicPlural$(c *$.Client$Client$if .Namespaced$, namespace string$end$) *$.Type|privatePlural$ {
	return &$.Type|privatePlural${
		$.New|raw$[*$.Type|raw$$if .List$, *$.Type|raw$List$end$$if .Apply$, *$.ApplyConfig|raw$$end$](
			"$.Type|resource$",
			c.RESTClient(),
			$.ParameterCodec|raw$,
			$if .Namespaced$namespace$else$""$end$,
			func() *$.Type|raw$ { return &$.Type|raw${} },
$- if .List$
			func() *$.Type|raw$List { return &$.Type|raw$List{} },
$- end$
$- if .Protobuf$
			$.PrefersProtobuf|raw$[*$.Type|raw$](),
$- end$
		),
	}
}
`

// requestPrefix is the start of every request chain.
const requestPrefix = `
$- if .Protobuf$
		UseProtobufAsDefault().
$- end$
$- if .Namespaced$
		Namespace(c.GetNamespace()).
$- end$
		Resource("$.Type|resource$").`

const typedGetTmpl = `
// $.Verb$ takes name of the $.Type|private$, and returns the corresponding $.Result|private$ object, and an error if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, name string, options $.GetOptions|raw$) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Get().` + requestPrefix + `
		Name(name).
		VersionedParams(&options, $.ParameterCodec|raw$).
		Do(ctx).
		Into(result)
	return
}
`

const typedGetSubresourceTmpl = `
// $.Verb$ takes name of the $.Type|private$, and returns the corresponding $.Result|raw$ object, and an error if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, options $.GetOptions|raw$) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Get().` + requestPrefix + `
		Name($.Type|private$Name).
		SubResource("$.Subresource$").
		VersionedParams(&options, $.ParameterCodec|raw$).
		Do(ctx).
		Into(result)
	return
}
`

const typedListTmpl = `
// $.Verb$ takes label and field selectors, and returns the list of $.Result|publicPlural$ that match those selectors.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) (result *$.Result|raw$List, err error) {
	var timeout $.Duration|raw$
	if opts.TimeoutSeconds != nil {
		timeout = $.Duration|raw$(*opts.TimeoutSeconds) * $.Second|raw$
	}
	result = &$.Result|raw$List{}
	err = c.GetClient().Get().` + requestPrefix + `
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Timeout(timeout).
		Do(ctx).
		Into(result)
	return
}
`

const typedCreateTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and creates it.  Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Post().` + requestPrefix + `
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Body($.Input|private$).
		Do(ctx).
		Into(result)
	return
}
`

const typedCreateSubresourceTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and creates it.  Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Post().` + requestPrefix + `
		Name($.Type|private$Name).
		SubResource("$.Subresource$").
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Body($.Input|private$).
		Do(ctx).
		Into(result)
	return
}
`

const typedUpdateTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and updates it. Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Put().` + requestPrefix + `
		Name($.Input|private$.Name).
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Body($.Input|private$).
		Do(ctx).
		Into(result)
	return
}
`

const typedUpdateSubresourceTmpl = `
// $.Verb$ takes the top resource name and the representation of a $.Input|private$ and updates it. Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Put().` + requestPrefix + `
		Name($.Type|private$Name).
		SubResource("$.Subresource$").
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Body($.Input|private$).
		Do(ctx).
		Into(result)
	return
}
`

const typedPatchTmpl = `
// $.Verb$ applies the patch and returns the patched $.Result|private$.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.Result|raw$, err error) {
	result = &$.Result|raw${}
	err = c.GetClient().Patch(pt).` + requestPrefix + `
		Name(name).
		SubResource(subresources...).
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Body(data).
		Do(ctx).
		Into(result)
	return
}
`

const typedApplyTmpl = `
// $.Verb$ takes the given apply declarative configuration, applies it and returns the applied $.Result|private$.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	patchOpts := opts.ToPatchOptions()
	name := $.Input|private$.Name
	if name == nil {
		return nil, $.Errorf|raw$("$.Input|private$.Name must be provided to $.Verb$")
	}
	request, err := $.NewRequest|raw$(c.GetClient(), $.Input|private$)
	if err != nil {
		return nil, err
	}
	result = &$.Result|raw${}
	err = request.` + requestPrefix + `
		Name(*name).
		VersionedParams(&patchOpts, $.ParameterCodec|raw$).
		Do(ctx).
		Into(result)
	return
}
`

const typedApplySubresourceTmpl = `
// $.Verb$ takes top resource name and the apply declarative configuration for $.Subresource$,
// applies it and returns the applied $.Result|private$, and an error, if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	patchOpts := opts.ToPatchOptions()
	request, err := $.NewRequest|raw$(c.GetClient(), $.Input|private$)
	if err != nil {
		return nil, err
	}

	result = &$.Result|raw${}
	err = request.` + requestPrefix + `
		Name($.Type|private$Name).
		SubResource("$.Subresource$").
		VersionedParams(&patchOpts, $.ParameterCodec|raw$).
		Do(ctx).
		Into(result)
	return
}
`

const typedConstructorTmpl0_31 = `
// new$.Type|publicPlural$ returns a $.Type|publicPlural$
func new$.Type|publicPlural$(c *$.Client$Client$if .Namespaced$, namespace string$end$) *$.Type|privatePlural$ {
	return &$.Type|privatePlural${
		$.New|raw$[*$.Type|raw$$if .List$, *$.Type|raw$List$end$$if .Apply$, *$.ApplyConfig|raw$$end$](
			"$.Type|resource$",
			c.RESTClient(),
			$.ParameterCodec|raw$,
			$if .Namespaced$namespace$else$""$end$,
			func() *$.Type|raw$ { return &$.Type|raw${} }
$- if .List$,
			func() *$.Type|raw$List { return &$.Type|raw$List{} }
$- end$),
	}
}
`

const typedApplyTmpl0_31 = `
// $.Verb$ takes the given apply declarative configuration, applies it and returns the applied $.Result|private$.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	patchOpts := opts.ToPatchOptions()
	data, err := $.JSONMarshal|raw$($.Input|private$)
	if err != nil {
		return nil, err
	}
	name := $.Input|private$.Name
	if name == nil {
		return nil, $.Errorf|raw$("$.Input|private$.Name must be provided to $.Verb$")
	}
	result = &$.Result|raw${}
	err = c.GetClient().Patch($.ApplyPatchType|raw$).` + requestPrefix + `
		Name(*name).
		VersionedParams(&patchOpts, $.ParameterCodec|raw$).
		Body(data).
		Do(ctx).
		Into(result)
	return
}
`

const typedApplySubresourceTmpl0_31 = `
// $.Verb$ takes top resource name and the apply declarative configuration for $.Subresource$,
// applies it and returns the applied $.Result|private$, and an error, if there is any.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	patchOpts := opts.ToPatchOptions()
	data, err := $.JSONMarshal|raw$($.Input|private$)
	if err != nil {
		return nil, err
	}

	result = &$.Result|raw${}
	err = c.GetClient().Patch($.ApplyPatchType|raw$).` + requestPrefix + `
		Name($.Type|private$Name).
		SubResource("$.Subresource$").
		VersionedParams(&patchOpts, $.ParameterCodec|raw$).
		Body(data).
		Do(ctx).
		Into(result)
	return
}
`

const typedWatchListTmpl0_31 = `
// $.Verb$ takes label and field selectors, and returns the list of $.Result|publicPlural$ that match those selectors.
func (c *$.Type|privatePlural$) $.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) (*$.Result|raw$List, error) {
	if watchListOptions, hasWatchListOptionsPrepared, watchListOptionsErr := $.PrepareWatchList|raw$(opts); watchListOptionsErr != nil {
		$.Warningf|raw$("Failed preparing watchlist options for $.Type|resource$, falling back to the standard LIST semantics, err = %v", watchListOptionsErr)
	} else if hasWatchListOptionsPrepared {
		result, err := c.watchList(ctx, watchListOptions)
		if err == nil {
			$.CheckWatchList|raw$(ctx, "watchlist request for $.Type|resource$", c.list, opts, result)
			return result, nil
		}
		$.Warningf|raw$("The watchlist request for $.Type|resource$ ended with an error, falling back to the standard LIST semantics, err = %v", err)
	}
	result, err := c.list(ctx, opts)
	if err == nil {
		$.CheckList|raw$(ctx, "list request for $.Type|resource$", c.list, opts, result)
	}
	return result, err
}
`

const typedPrivateListTmpl0_31 = `
// list takes label and field selectors, and returns the list of $.Result|publicPlural$ that match those selectors.
func (c *$.Type|privatePlural$) list(ctx $.Context|raw$, opts $.ListOptions|raw$) (result *$.Result|raw$List, err error) {
	var timeout $.Duration|raw$
	if opts.TimeoutSeconds != nil {
		timeout = $.Duration|raw$(*opts.TimeoutSeconds) * $.Second|raw$
	}
	result = &$.Result|raw$List{}
	err = c.GetClient().Get().` + requestPrefix + `
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Timeout(timeout).
		Do(ctx).
		Into(result)
	return
}
`

const typedWatchListStreamTmpl0_31 = `
// watchList establishes a watch stream with the server and returns the list of $.Result|publicPlural$
func (c *$.Type|privatePlural$) watchList(ctx $.Context|raw$, opts $.ListOptions|raw$) (result *$.Result|raw$List, err error) {
	var timeout $.Duration|raw$
	if opts.TimeoutSeconds != nil {
		timeout = $.Duration|raw$(*opts.TimeoutSeconds) * $.Second|raw$
	}
	result = &$.Result|raw$List{}
	err = c.GetClient().Get().` + requestPrefix + `
		VersionedParams(&opts, $.ParameterCodec|raw$).
		Timeout(timeout).
		WatchList(ctx).
		Into(result)
	return
}
`
