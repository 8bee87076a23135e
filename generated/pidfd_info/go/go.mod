// Generated from spec/pidfd_info.yaml by clonegen; do not edit.
// Spec digest: sha256:f6bb2c3b3c04f84f.
// The Go module of struct pidfd_info: package pidfdinfo. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/pidfdinfo

go 1.17
