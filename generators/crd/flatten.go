package crd

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Flattening, as controller-gen does it: every $ref is replaced by the
// (flattened) schema of its type, as allOf[type schema, the field's own
// validations] with the field's description (or the type's), and then
// every allOf is merged into its parent, conflicting values hoisted into
// a new allOf.

func (s *Schema) deepCopy() *Schema {
	if s == nil {
		return nil
	}
	out := *s
	if s.Ref != nil {
		r := *s.Ref
		out.Ref = &r
	}
	// Default is shared, not copied, as apiextensions' DeepCopy shares it:
	// merging allOf branches compares it by identity (the same marker).
	out.Example = slices.Clone(s.Example)
	if s.Maximum != nil {
		v := *s.Maximum
		out.Maximum = &v
	}
	if s.Minimum != nil {
		v := *s.Minimum
		out.Minimum = &v
	}
	if s.MultipleOf != nil {
		v := *s.MultipleOf
		out.MultipleOf = &v
	}
	for _, p := range []**int64{&out.MaxLength, &out.MinLength, &out.MaxItems, &out.MinItems, &out.MaxProperties, &out.MinProperties} {
		if *p != nil {
			v := **p
			*p = &v
		}
	}
	if s.Enum != nil {
		out.Enum = make([]RawJSON, len(s.Enum))
		for i, e := range s.Enum {
			out.Enum[i] = slices.Clone(e)
		}
	}
	out.Required = slices.Clone(s.Required)
	out.Items = s.Items.deepCopy()
	out.AllOf = copySchemas(s.AllOf)
	out.OneOf = copySchemas(s.OneOf)
	out.AnyOf = copySchemas(s.AnyOf)
	out.Not = s.Not.deepCopy()
	if s.Properties != nil {
		out.Properties = make(map[string]Schema, len(s.Properties))
		for k, v := range s.Properties {
			out.Properties[k] = *v.deepCopy()
		}
	}
	if s.AdditionalProperties != nil {
		out.AdditionalProperties = &SchemaOrBool{Allows: s.AdditionalProperties.Allows, Schema: s.AdditionalProperties.Schema.deepCopy()}
	}
	if s.ExternalDocs != nil {
		d := *s.ExternalDocs
		out.ExternalDocs = &d
	}
	if s.XPreserveUnknownFields != nil {
		v := *s.XPreserveUnknownFields
		out.XPreserveUnknownFields = &v
	}
	out.XListMapKeys = slices.Clone(s.XListMapKeys)
	if s.XListType != nil {
		v := *s.XListType
		out.XListType = &v
	}
	if s.XMapType != nil {
		v := *s.XMapType
		out.XMapType = &v
	}
	if s.XValidations != nil {
		out.XValidations = make([]ValidationRule, len(s.XValidations))
		for i, r := range s.XValidations {
			if r.Reason != nil {
				v := *r.Reason
				r.Reason = &v
			}
			if r.OptionalOldSelf != nil {
				v := *r.OptionalOldSelf
				r.OptionalOldSelf = &v
			}
			out.XValidations[i] = r
		}
	}
	return &out
}

func copySchemas(in []Schema) []Schema {
	if in == nil {
		return nil
	}
	out := make([]Schema, len(in))
	for i := range in {
		out[i] = *in[i].deepCopy()
	}
	return out
}

// visit calls f on s and every schema below it, parents first (f may
// change a schema's children before they are visited); stop ends the
// descent below a schema.
func visit(s *Schema, f func(*Schema) (descend bool)) {
	if s == nil || !f(s) {
		return
	}
	visit(s.Items, f)
	for i := range s.AllOf {
		visit(&s.AllOf[i], f)
	}
	for i := range s.OneOf {
		visit(&s.OneOf[i], f)
	}
	for i := range s.AnyOf {
		visit(&s.AnyOf[i], f)
	}
	visit(s.Not, f)
	for _, k := range sortedKeys(s.Properties) {
		v := s.Properties[k]
		visit(&v, f)
		s.Properties[k] = v
	}
	if s.AdditionalProperties != nil {
		visit(s.AdditionalProperties.Schema, f)
	}
}

func sortedKeys(m map[string]Schema) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// flattenType is the schema of a type with every $ref below it replaced.
// Flattened schemas share their parts with the cache and each other
// (nothing changes them until flattenEmbedded, which copies first).
func (p *parser) flattenType(key typeKey) *Schema {
	if c, ok := p.flat[key]; ok {
		return c
	}
	base := p.unflattened(key)
	if base == nil {
		return nil
	}
	res := base.deepCopy()
	p.flattenRefs(res, key.pkg)
	p.flat[key] = res
	return res
}

func (p *parser) unflattened(key typeKey) *Schema {
	p.needSchema(key)
	s, ok := p.schemata[key]
	if !ok {
		p.errorAt(p.pkgs[key.pkg], nil, fmt.Errorf("unable to locate schema for type %s", key))
		return nil
	}
	return s
}

// flattenRefs replaces the $refs in s (written in package pkg).
func (p *parser) flattenRefs(s *Schema, pkg string) {
	if s.Ref != nil && *s.Ref != "" {
		p.resolveRef(s, pkg)
		return
	}
	if s.Items != nil {
		p.flattenRefs(s.Items, pkg)
	}
	for i := range s.AllOf {
		p.flattenRefs(&s.AllOf[i], pkg)
	}
	for i := range s.OneOf {
		p.flattenRefs(&s.OneOf[i], pkg)
	}
	for i := range s.AnyOf {
		p.flattenRefs(&s.AnyOf[i], pkg)
	}
	if s.Not != nil {
		p.flattenRefs(s.Not, pkg)
	}
	for _, k := range sortedKeys(s.Properties) {
		v := s.Properties[k]
		p.flattenRefs(&v, pkg)
		s.Properties[k] = v
	}
	if s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil {
		p.flattenRefs(s.AdditionalProperties.Schema, pkg)
	}
}

func (p *parser) resolveRef(s *Schema, pkg string) {
	key, err := refKey(*s.Ref, pkg)
	if err != nil {
		p.errorAt(p.pkgs[pkg], nil, err)
		return
	}
	if cached, ok := p.flat[key]; ok {
		c := *cached
		preserveFields(&c, *s)
		*s = c
		return
	}
	ref := p.unflattened(key)
	if ref == nil {
		return
	}
	orig := *s
	*s = *ref.deepCopy()
	p.flat[key] = &Schema{} // a type that contains itself stops here
	p.flattenRefs(s, key.pkg)
	done := *s
	p.flat[key] = &done
	preserveFields(s, orig)
}

// preserveFields makes dst allOf[dst, src's own constraints], keeping
// src's documentation over dst's.
func preserveFields(dst *Schema, src Schema) {
	desc, title, docs, ex := src.Description, src.Title, src.ExternalDocs, src.Example
	src.Description, src.Title, src.ExternalDocs, src.Example = "", "", nil, nil
	src.Ref = nil
	*dst = Schema{
		AllOf:        []Schema{*dst, src},
		Description:  dst.Description,
		Title:        dst.Title,
		ExternalDocs: dst.ExternalDocs,
		Example:      dst.Example,
	}
	if desc != "" {
		dst.Description = desc
	}
	if title != "" {
		dst.Title = title
	}
	if docs != nil {
		dst.ExternalDocs = docs
	}
	if ex != nil {
		dst.Example = ex
	}
}

// flattenEmbedded merges every allOf of s into its parent.
func (p *parser) flattenEmbedded(s *Schema, errf func(error)) *Schema {
	out := s.deepCopy()
	visit(out, func(n *Schema) bool {
		all := n.AllOf
		n.AllOf = nil
		for _, e := range all {
			flattenAllOfInto(n, e, errf)
		}
		return true
	})
	return out
}

var schemaType = reflect.TypeFor[Schema]()

func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return v.IsNil()
	}
	return v.IsZero()
}

// flattenAllOfInto merges src into dst, field by field in Schema's order.
func flattenAllOfInto(dst *Schema, src Schema, errf func(error)) {
	for _, e := range src.AllOf {
		flattenAllOfInto(dst, e, errf)
	}
	dv := reflect.ValueOf(dst).Elem()
	sv := reflect.ValueOf(src)
	var dstRem, srcRem Schema
	drv := reflect.ValueOf(&dstRem).Elem()
	srv := reflect.ValueOf(&srcRem).Elem()
	hoisted := false
	for i := 0; i < sv.NumField(); i++ {
		name := schemaType.Field(i).Name
		switch name {
		case "AllOf", "Title", "Description", "Example", "ExternalDocs":
			continue
		case "Enum":
			if len(src.Enum) > 0 && len(dst.Enum) == 0 {
				dst.Enum = slices.Clone(src.Enum)
			}
			continue
		}
		sf := sv.Field(i)
		if isZero(sf) {
			continue
		}
		df := dv.Field(i)
		if isZero(df) {
			df.Set(sf)
			continue
		}
		if sf.Type().Comparable() && sf.Interface() == df.Interface() {
			continue
		}
		switch name {
		case "Properties":
			for k, v := range src.Properties {
				have, ok := dst.Properties[k]
				if !ok {
					dst.Properties[k] = v
					continue
				}
				flattenAllOfInto(&have, v, errf)
				dst.Properties[k] = have
			}
		case "Required":
			dst.Required = append(dst.Required, src.Required...)
		case "MinProperties", "MaxProperties":
			if sf.Elem().Int() == df.Elem().Int() {
				continue
			}
			srv.Field(i).Set(sf)
			drv.Field(i).Set(df)
			df.Set(reflect.Zero(sf.Type()))
			hoisted = true
		case "Type":
			errf(fmt.Errorf("conflicting types in allOf branches in schema: %s vs %s", dst.Type, src.Type))
		case "AdditionalProperties":
			if src.AdditionalProperties.Schema == nil {
				continue
			}
			if dst.AdditionalProperties.Schema == nil {
				dst.AdditionalProperties.Schema = &Schema{}
			}
			flattenAllOfInto(dst.AdditionalProperties.Schema, *src.AdditionalProperties.Schema, errf)
		case "XPreserveUnknownFields", "XMapType", "XListType", "XListMapKeys":
			df.Set(sf)
		case "XValidations":
			df.Set(reflect.AppendSlice(sf, df))
		default:
			srv.Field(i).Set(sf)
			drv.Field(i).Set(df)
			df.Set(reflect.Zero(sf.Type()))
			hoisted = true
		}
	}
	if hoisted {
		dst.AllOf = append(dst.AllOf, dstRem, srcRem)
	}
	if len(dst.Required) > 0 {
		uniq := map[string]bool{}
		var req []string
		for _, r := range dst.Required {
			if !uniq[r] {
				uniq[r] = true
				req = append(req, r)
			}
		}
		slices.Sort(req)
		dst.Required = req
	}
}

// truncateDescriptions cuts every description in s to maxLen (0 drops
// them), at a sentence end or a space when there is one.
func truncateDescriptions(s *Schema, maxLen int) {
	if maxLen < 0 {
		return
	}
	visit(s, func(n *Schema) bool {
		if maxLen == 0 {
			n.Description = ""
		} else if len(n.Description) > maxLen {
			n.Description = truncate(n.Description, maxLen)
		}
		return true
	})
}

func truncate(desc string, maxLen int) string {
	desc = desc[:maxLen]
	if i := strings.LastIndexFunc(desc, func(r rune) bool { return unicode.Is(unicode.STerm, r) }); i > 0 {
		return desc[:i+1]
	}
	if i := strings.LastIndexFunc(desc, func(r rune) bool { return unicode.Is(unicode.White_Space, r) }); i > 0 {
		return desc[:i] + "..."
	}
	return desc + "..."
}
