// Generated from spec/mount_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:3ba751bd668b6e82.
// The Go module of struct mount_attr: package mountattr. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/mountattr

go 1.17
