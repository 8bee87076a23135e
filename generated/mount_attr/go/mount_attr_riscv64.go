// Generated from spec/mount_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:3ba751bd668b6e82.

//go:build linux && riscv64

package mountattr

// The values of package mountattr that differ between architectures, on riscv64.
const (
	// SYSCALL_NUMBER: The number of mount_setattr() on this architecture.
	SYSCALL_NUMBER = 442
	// nrOpenTreeAttr: The number of open_tree_attr() on this architecture.
	nrOpenTreeAttr = 467
)
