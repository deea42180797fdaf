// Package lifecycle generates the API lifecycle methods, the drop-in for
// k8s.io/code-generator's prerelease-lifecycle-gen v0.37.2.
//
// For every input package with +k8s:prerelease-lifecycle-gen=true in its
// doc.go, it writes one file (by default generated.prerelease_lifecycle.go;
// Kubernetes uses zz_generated.prerelease-lifecycle.go) with, for every
// exported struct type embedding TypeMeta, the methods API servers use for
// deprecation warnings and for not serving removed versions:
//
//	APILifecycleIntroduced() (major, minor int)   always
//	APILifecycleDeprecated() (major, minor int)   alpha/beta versions, or with :deprecated
//	APILifecycleReplacement() schema.GroupVersionKind   with :replacement
//	APILifecycleRemoved() (major, minor int)      alpha/beta versions, or with :removed
//
// Markers, on the type (its doc comment or the block above it):
//
//	// +k8s:prerelease-lifecycle-gen:introduced=1.30     required
//	// +k8s:prerelease-lifecycle-gen:deprecated=1.33     default introduced + 3 minor releases
//	// +k8s:prerelease-lifecycle-gen:removed=1.36        default deprecated + 3 minor releases
//	// +k8s:prerelease-lifecycle-gen:replacement=batch,v1,CronJob
//
// A version is GA when the package's last path element is v<N> (v1, v2):
// GA types get the Deprecated and Removed methods only from their markers.
// A method the type already has (hand-written) is not generated.
//
// Beyond upstream: a missing or malformed marker is an error at its file
// and line naming the type and what to write (upstream stops at the first
// with a message naming neither); versions are plain <major>.<minor>
// numbers; the replacement's group, version and Kind must be what they
// claim, since they are written into string literals; a hand-written
// APILifecycleReplacement with the right signature is used (upstream
// rejects every hand-written one, wanting two results).
package lifecycle
