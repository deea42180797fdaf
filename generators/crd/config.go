package crd

import (
	"errors"
	"fmt"
)

// DefaultVersion is the controller-tools release whose output kodegen
// reproduces, written in the controller-gen.kubebuilder.io/version
// annotation when neither Config.ToolVersion nor an existing file says
// otherwise.
const DefaultVersion = "v0.23.0"

// Config is controller-gen's crd generator's options (crd:...), plus where
// the files go.
type Config struct {
	// Inputs are the package patterns (paths=...).
	Inputs []string
	// OutputDir is where the CRD files are written ("" with Stdout).
	OutputDir string
	// Stdout prints the files, one after another, instead.
	Stdout bool

	// CRDVersions are the apiextensions versions to write (only "v1").
	CRDVersions []string
	// MaxDescLen truncates descriptions (0 drops them; nil keeps them whole).
	MaxDescLen *int
	// AllowDangerousTypes allows float fields.
	AllowDangerousTypes bool
	// GenerateEmbeddedObjectMeta gives embedded ObjectMeta its schema
	// (name, namespace, labels, annotations, finalizers).
	GenerateEmbeddedObjectMeta bool
	// IgnoreUnexportedFields skips unexported fields.
	IgnoreUnexportedFields bool
	// HeaderFile's text (" YEAR" replaced by Year) starts every file.
	HeaderFile string
	Year       string
	// PreserveUnknownFields sets spec.preserveUnknownFields
	// (deprecatedV1beta1CompatibilityPreserveUnknownFields).
	PreserveUnknownFields *bool
	// OmitToolVersion leaves out the controller-gen.kubebuilder.io/version annotation.
	OmitToolVersion bool
	// ToolVersion is the annotation's value; "" reads it from the CRD
	// files already in OutputDir, else DefaultVersion.
	ToolVersion string
}

// Validate reports every problem with cfg.
func (c Config) Validate() error {
	var errs []error
	if len(c.Inputs) == 0 {
		errs = append(errs, errors.New("crd: no input packages (paths=...)"))
	}
	for _, v := range c.CRDVersions {
		if v != "v1" {
			errs = append(errs, fmt.Errorf("crd: crdVersions=%s: only v1 is supported (apiextensions.k8s.io/v1beta1 was removed)", v))
		}
	}
	if c.OutputDir == "" && !c.Stdout {
		errs = append(errs, errors.New("crd: no output directory"))
	}
	return errors.Join(errs...)
}
