// Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:6da192832f4e335c.
// The Go module of struct landlock_ruleset_attr: package landlockrulesetattr. The module
// path names no server: a user's go.mod requires it and points it at this
// directory with a replace directive.

module clonegen.invalid/landlockrulesetattr

go 1.17
