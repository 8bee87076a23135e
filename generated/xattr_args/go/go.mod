// Generated from spec/xattr_args.yaml by clonegen; do not edit.
// Spec digest: sha256:3ce00ba754a1a031.
// The Go module of struct xattr_args: package xattrargs. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/xattrargs

go 1.17
