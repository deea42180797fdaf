package v1

// A hand-written register.go: register-gen leaves the package alone.
