package client

const fakeListTmpl = `
// $.Verb$ takes label and field selectors, and returns the list of $.Type|publicPlural$ that match those selectors.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, opts $.ListOptions|raw$) (result *$.Type|raw$List, err error) {
	emptyResult := &$.Type|raw$List{}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewListActionWithOptions"|raw$(c.Resource(), c.Kind(), c.Namespace(), opts), emptyResult)
		$else$Invokes($.Testing "NewRootListActionWithOptions"|raw$(c.Resource(), c.Kind(), opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Type|raw$List), err
}
`

const fakeGetTmpl = `
// $.Verb$ takes name of the $.Type|private$, and returns the corresponding $.Result|private$ object, and an error if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, name string, options $.GetOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewGetActionWithOptions"|raw$(c.Resource(), c.Namespace(), name, options), emptyResult)
		$else$Invokes($.Testing "NewRootGetActionWithOptions"|raw$(c.Resource(), name, options), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeGetSubresourceTmpl = `
// $.Verb$ takes name of the $.Type|private$, and returns the corresponding $.Result|private$ object, and an error if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, options $.GetOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewGetSubresourceActionWithOptions"|raw$(c.Resource(), c.Namespace(), "$.Subresource$", $.Type|private$Name, options), emptyResult)
		$else$Invokes($.Testing "NewRootGetSubresourceActionWithOptions"|raw$(c.Resource(), "$.Subresource$", $.Type|private$Name, options), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeCreateTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and creates it.  Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewCreateActionWithOptions"|raw$(c.Resource(), c.Namespace(), $.Input|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootCreateActionWithOptions"|raw$(c.Resource(), $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeCreateSubresourceTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and creates it.  Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.CreateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewCreateSubresourceActionWithOptions"|raw$(c.Resource(), $.Type|private$Name, "$.Subresource$", c.Namespace(), $.Input|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootCreateSubresourceActionWithOptions"|raw$(c.Resource(), $.Type|private$Name, "$.Subresource$", $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeUpdateTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and updates it. Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewUpdateActionWithOptions"|raw$(c.Resource(), c.Namespace(), $.Input|private$, opts), emptyResult)
		$else$Invokes($.Testing "NewRootUpdateActionWithOptions"|raw$(c.Resource(), $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeUpdateSubresourceTmpl = `
// $.Verb$ takes the representation of a $.Input|private$ and updates it. Returns the server's representation of the $.Result|private$, and an error, if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.Input|raw$, opts $.UpdateOptions|raw$) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewUpdateSubresourceActionWithOptions"|raw$(c.Resource(), "$.Subresource$", c.Namespace(), $.Input|private$, opts), &$.Input|raw${})
		$else$Invokes($.Testing "NewRootUpdateSubresourceActionWithOptions"|raw$(c.Resource(), "$.Subresource$", $.Input|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakePatchTmpl = `
// $.Verb$ applies the patch and returns the patched $.Result|private$.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.Result|raw$, err error) {
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$(c.Resource(), c.Namespace(), name, pt, data, opts, subresources...), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$(c.Resource(), name, pt, data, opts, subresources...), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeApplyTmpl = `
// $.Verb$ takes the given apply declarative configuration, applies it and returns the applied $.Result|private$.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
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
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$(c.Resource(), c.Namespace(), *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$(c.Resource(), *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`

const fakeApplySubresourceTmpl = `
// $.Verb$ takes top resource name and the apply declarative configuration for $.Subresource$,
// applies it and returns the applied $.Result|private$, and an error, if there is any.
func (c *fake$.Type|publicPlural$) $.Verb$(ctx $.Context|raw$, $.Type|private$Name string, $.Input|private$ *$.InputApply|raw$, opts $.ApplyOptions|raw$) (result *$.Result|raw$, err error) {
	if $.Input|private$ == nil {
		return nil, $.Errorf|raw$("$.Input|private$ provided to $.Verb$ must not be nil")
	}
	data, err := $.JSONMarshal|raw$($.Input|private$)
	if err != nil {
		return nil, err
	}
	emptyResult := &$.Result|raw${}
	obj, err := c.Fake.
		$if .Namespaced$Invokes($.Testing "NewPatchSubresourceActionWithOptions"|raw$(c.Resource(), c.Namespace(), $.Type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.Input|private$"), emptyResult)
		$else$Invokes($.Testing "NewRootPatchSubresourceActionWithOptions"|raw$(c.Resource(), $.Type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.Input|private$"), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.Result|raw$), err
}
`
