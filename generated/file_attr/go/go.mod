// Generated from spec/file_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:351dc2749e61ac7c.
// The Go module of struct file_attr: package fileattr. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/fileattr

go 1.17
