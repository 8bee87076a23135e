// Generated from spec/xattr_args.yaml by clonegen; do not edit.
// Spec digest: sha256:3ce00ba754a1a031.

//go:build linux && amd64

package xattrargs

// The values of package xattrargs that differ between architectures, on amd64.
const (
	// SYSCALL_NUMBER: The number of setxattrat() on this architecture.
	SYSCALL_NUMBER = 463
	// nrGetxattrat: The number of getxattrat() on this architecture.
	nrGetxattrat = 464
)
