// Generated from spec/sched_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:0e3b10430f833d3c.

//go:build linux && arm64

package schedattr

// The values of package schedattr that differ between architectures, on arm64.
const (
	// SYSCALL_NUMBER: The number of sched_setattr() on this architecture.
	SYSCALL_NUMBER = 274
	// nrSchedGetattr: The number of sched_getattr() on this architecture.
	nrSchedGetattr = 275
)
