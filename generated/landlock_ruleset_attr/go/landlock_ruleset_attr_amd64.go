// Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:6da192832f4e335c.

//go:build linux && amd64

package landlockrulesetattr

// The values of package landlockrulesetattr that differ between architectures, on amd64.
const (
	// SYSCALL_NUMBER: The number of landlock_create_ruleset() on this
	// architecture.
	SYSCALL_NUMBER = 444
)
