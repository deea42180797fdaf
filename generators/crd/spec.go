package crd

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	gotypes "go/types"
	"slices"
	"strconv"
	"strings"
)

// The markers on a kind's type that shape its CRD rather than its schema.

func versionOf(c *CustomResourceDefinition, version string) *Version {
	for i := range c.Spec.Versions {
		if c.Spec.Versions[i].Name == version {
			return &c.Spec.Versions[i]
		}
	}
	return nil
}

func crdDefs() []*def {
	on := func(d *def) *def { d.target = onType; d.category = catCRD; return d }
	return []*def{
		on(&def{name: "kubebuilder:subresource:status", help: "enables the /status subresource", spec: func(c *CustomResourceDefinition, version string, _ *markerVal) error {
			v := versionOf(c, version)
			if v == nil {
				return fmt.Errorf("status subresource applied to version %q not in CRD", version)
			}
			if v.Subresources == nil {
				v.Subresources = &Subresources{}
			}
			v.Subresources.Status = &struct{}{}
			return nil
		}}),
		on(&def{name: "kubebuilder:subresource:scale", args: []arg{
			{"specpath", tString}, {"statuspath", tString}, {"selectorpath", ptr(tString)},
		}, help: "enables the /scale subresource", argHelp: map[string]string{
			"specpath": "the JSON path of the spec's replicas", "statuspath": "the JSON path of the status's replicas",
			"selectorpath": "the JSON path of the status's label selector",
		}, spec: func(c *CustomResourceDefinition, version string, m *markerVal) error {
			v := versionOf(c, version)
			if v == nil {
				return fmt.Errorf("scale subresource applied to version %q not in CRD", version)
			}
			if v.Subresources == nil {
				v.Subresources = &Subresources{}
			}
			sc := &Scale{SpecReplicasPath: m.str("specpath"), StatusReplicasPath: m.str("statuspath")}
			if s, ok := m.args["selectorpath"].(string); ok {
				sc.LabelSelectorPath = &s
			}
			v.Subresources.Scale = sc
			return nil
		}}),
		on(&def{name: "kubebuilder:printcolumn", args: []arg{
			{"name", tString}, {"type", tString}, {"JSONPath", tString},
			{"description", opt(tString)}, {"format", opt(tString)}, {"priority", opt(tInt)},
		}, help: "adds a column to kubectl get's output", argHelp: map[string]string{
			"name": "the column's header", "type": "integer, number, string, boolean or date", "JSONPath": "where the value is",
			"description": "what the column shows", "format": "the OpenAPI format of the value", "priority": "0 shows it always, more only with -o wide",
		}, spec: func(c *CustomResourceDefinition, version string, m *markerVal) error {
			v := versionOf(c, version)
			if v == nil {
				return fmt.Errorf("printer columns applied to version %q not in CRD", version)
			}
			if v.Subresources == nil {
				v.Subresources = &Subresources{}
			}
			v.AdditionalPrinterColumns = append(v.AdditionalPrinterColumns, PrinterColumn{
				Name: m.str("name"), Type: m.str("type"), JSONPath: m.str("JSONPath"),
				Description: m.str("description"), Format: m.str("format"), Priority: int32(intOf(m.args["priority"])),
			})
			return nil
		}}),
		on(&def{name: "kubebuilder:resource", args: []arg{
			{"path", opt(tString)}, {"shortName", opt(tStrings)}, {"categories", opt(tStrings)},
			{"singular", opt(tString)}, {"scope", opt(tString)},
		}, help: "the CRD's names and scope", argHelp: map[string]string{
			"path": "the plural resource name", "shortName": "short names (a;b)", "categories": "categories such as all (a;b)",
			"singular": "the singular name", "scope": "Namespaced (the default) or Cluster",
		}, spec: func(c *CustomResourceDefinition, _ string, m *markerVal) error {
			if s := m.str("path"); s != "" {
				c.Spec.Names.Plural = s
			}
			if s := m.str("singular"); s != "" {
				c.Spec.Names.Singular = s
			}
			c.Spec.Names.ShortNames = m.strs("shortName")
			c.Spec.Names.Categories = m.strs("categories")
			c.Spec.Scope = "Namespaced"
			if s := m.str("scope"); s != "" {
				c.Spec.Scope = s
			}
			return nil
		}}),
		on(&def{name: "kubebuilder:storageversion", help: "this version is the one stored in etcd", spec: func(c *CustomResourceDefinition, version string, _ *markerVal) error {
			if v := versionOf(c, version); v != nil && version != "" {
				v.Storage = true
			}
			return nil
		}}),
		on(&def{name: "kubebuilder:skipversion", help: "leaves this version out of the CRD", spec: func(c *CustomResourceDefinition, version string, _ *markerVal) error {
			if version == "" {
				return fmt.Errorf("cannot skip a version if there is only a single version")
			}
			var keep []Version
			for _, v := range c.Spec.Versions {
				if v.Name != version {
					keep = append(keep, v)
				}
			}
			c.Spec.Versions = keep
			return nil
		}}),
		on(&def{name: "kubebuilder:unservedversion", help: "this version is not served", spec: func(c *CustomResourceDefinition, version string, _ *markerVal) error {
			if v := versionOf(c, version); v != nil {
				v.Served = false
			}
			return nil
		}}),
		on(&def{name: "kubebuilder:deprecatedversion", args: []arg{{"warning", ptr(tString)}}, help: "this version is deprecated",
			argHelp: map[string]string{"warning": "the warning clients get instead of the default one"}, spec: func(c *CustomResourceDefinition, version string, m *markerVal) error {
				if version == "" {
					return nil
				}
				if v := versionOf(c, version); v != nil {
					v.Deprecated = true
					v.DeprecationWarning = nil
					if w, ok := m.args["warning"].(string); ok {
						v.DeprecationWarning = &w
					}
				}
				return nil
			}}),
		on(&def{name: "kubebuilder:metadata", args: []arg{{"annotations", opt(tStrings)}, {"labels", opt(tStrings)}},
			help: "annotations and labels of the CRD", argHelp: map[string]string{"annotations": "key=value;key=value", "labels": "key=value;key=value"},
			spec: func(c *CustomResourceDefinition, _ string, m *markerVal) error {
				if a := m.strs("annotations"); len(a) > 0 {
					if c.Metadata.Annotations == nil {
						c.Metadata.Annotations = map[string]string{}
					}
					for _, s := range a {
						k, v, ok := strings.Cut(s, "=")
						if !ok {
							return fmt.Errorf("annotation %s is not in 'xxx=xxx' format", s)
						}
						c.Metadata.Annotations[k] = v
					}
				}
				if l := m.strs("labels"); len(l) > 0 {
					if c.Metadata.Labels == nil {
						c.Metadata.Labels = map[string]string{}
					}
					for _, s := range l {
						k, v, ok := strings.Cut(s, "=")
						if !ok {
							return fmt.Errorf("label %s is not in 'xxx=xxx' format", s)
						}
						c.Metadata.Labels[k] = v
					}
				}
				return nil
			}}),
		on(&def{name: "kubebuilder:selectablefield", args: []arg{{"JSONPath", tString}}, help: "a field usable in field selectors",
			argHelp: map[string]string{"JSONPath": "where the field is"}, spec: func(c *CustomResourceDefinition, version string, m *markerVal) error {
				v := versionOf(c, version)
				if v == nil {
					return fmt.Errorf("selectable field applied to version %q not in CRD", version)
				}
				v.SelectableFields = append(v.SelectableFields, SelectableFld{JSONPath: m.str("JSONPath")})
				return nil
			}}),
	}
}

// applyK8sEnum makes a string type's schema an enum of the string
// constants of that type declared in its package, sorted.
func applyK8sEnum(ctx *schemaCtx, s *Schema, _ *markerVal) error {
	if ctx == nil || ctx.pkg == nil || ctx.info == nil || ctx.info.spec == nil || ctx.pkg.types == nil {
		return fmt.Errorf("k8s:enum requires type context")
	}
	obj := ctx.pkg.types.Scope().Lookup(ctx.info.name)
	if obj == nil {
		return fmt.Errorf("unknown enum type %s", ctx.info.name)
	}
	t := obj.Type()
	b, ok := t.Underlying().(*gotypes.Basic)
	if !ok || b.Info()&gotypes.IsString == 0 {
		return fmt.Errorf("enum type must be a string, not %s", t.String())
	}
	var vals []RawJSON
	for _, f := range ctx.pkg.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, sp := range gd.Specs {
				vs, ok := sp.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for i, name := range vs.Names {
					c := ctx.pkg.types.Scope().Lookup(name.Name)
					if c == nil || c.Type() != t || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					str, err := strconv.Unquote(lit.Value)
					if err != nil {
						return fmt.Errorf("failed to unquote enum value %q: %w", lit.Value, err)
					}
					raw, _ := json.Marshal(str)
					vals = append(vals, raw)
				}
			}
		}
	}
	slices.SortFunc(vals, func(a, b RawJSON) int { return strings.Compare(string(a), string(b)) })
	if len(vals) == 0 {
		return fmt.Errorf("no enum values found for type %s", ctx.info.name)
	}
	s.Type = "string"
	s.Enum = vals
	return nil
}
