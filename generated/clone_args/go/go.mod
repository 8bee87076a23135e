// Generated from spec/clone_args.yaml by clonegen; do not edit.
// Spec digest: sha256:c4dcfbe32d8d3ddb.
// The Go module of struct clone_args: package cloneargs. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/cloneargs

go 1.17
