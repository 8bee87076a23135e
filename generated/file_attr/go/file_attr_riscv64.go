// Generated from spec/file_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:351dc2749e61ac7c.

//go:build linux && riscv64

package fileattr

// The values of package fileattr that differ between architectures, on riscv64.
const (
	// SYSCALL_NUMBER: The number of file_setattr() on this architecture.
	SYSCALL_NUMBER = 469
	// nrFileGetattr: The number of file_getattr() on this architecture.
	nrFileGetattr = 468
)
