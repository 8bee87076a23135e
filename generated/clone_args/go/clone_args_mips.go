// Generated from spec/clone_args.yaml by clonegen; do not edit.
// Spec digest: sha256:c4dcfbe32d8d3ddb.

//go:build linux && mips

package cloneargs

// The values of package cloneargs that differ between architectures, on mips.
const (
	// _NSIG: Highest valid signal number.
	_NSIG = 128
	// SIGCHLD: Signal sent to the parent when a child exits.
	SIGCHLD = 18
	// SYSCALL_NUMBER: The number of clone3() on this architecture.
	SYSCALL_NUMBER = 4435
)
