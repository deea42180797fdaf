package client

import "testing"

func TestVersionLess(t *testing.T) {
	grp := groupVersions{Versions: []packageVersion{{Version: "v1"}, {Version: "v2beta1"}, {Version: "v1alpha1"}, {Version: "v1beta1"}}}
	r := &run{}
	if got := r.defaultVersion(grp).Version; got != "v1" {
		t.Errorf("default version = %q, want v1", got)
	}
	grp.Versions = []packageVersion{{Version: "v1alpha1"}, {Version: "v1beta1"}}
	if got := r.defaultVersion(grp).Version; got != "v1beta1" {
		t.Errorf("default version = %q, want v1beta1", got)
	}
}
