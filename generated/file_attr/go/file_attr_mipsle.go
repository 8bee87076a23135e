// Generated from spec/file_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:351dc2749e61ac7c.

//go:build linux && mipsle

package fileattr

// The values of package fileattr that differ between architectures, on mipsle.
const (
	// SYSCALL_NUMBER: The number of file_setattr() on this architecture.
	SYSCALL_NUMBER = 4469
	// nrFileGetattr: The number of file_getattr() on this architecture.
	nrFileGetattr = 4468
)
