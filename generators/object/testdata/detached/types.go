package detached

// Spec is copied because of the package marker in groupversion_info.go,
// which sits one blank line above the package clause (no package doc).
type Spec struct {
	Items []string
}
