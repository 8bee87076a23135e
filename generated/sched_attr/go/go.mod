// Generated from spec/sched_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:0e3b10430f833d3c.
// The Go module of struct sched_attr: package schedattr. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/schedattr

go 1.17
