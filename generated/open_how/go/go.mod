// Generated from spec/open_how.yaml by clonegen; do not edit.
// Spec digest: sha256:61f4ceec3e13bc1f.
// The Go module of struct open_how: package openhow. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/openhow

go 1.17
