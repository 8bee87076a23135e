// Generated from spec/sched_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:0e3b10430f833d3c.

//go:build linux && s390x

package schedattr

// The values of package schedattr that differ between architectures, on s390x.
const (
	// SYSCALL_NUMBER: The number of sched_setattr() on this architecture.
	SYSCALL_NUMBER = 345
	// nrSchedGetattr: The number of sched_getattr() on this architecture.
	nrSchedGetattr = 346
)
