// Generated from spec/pidfd_info.yaml by clonegen; do not edit.
// Spec digest: sha256:f6bb2c3b3c04f84f.

//go:build linux && amd64

package pidfdinfo

// The values of package pidfdinfo that differ between architectures, on amd64.
const (
	// SYSCALL_NUMBER: The number of pidfd_get_info() on this architecture.
	SYSCALL_NUMBER = 16
	// iocSizeBits: the bits of the size in an ioctl number
	iocSizeBits = 14
	// iocRead: _IOC_READ
	iocRead = 2
	// iocWrite: _IOC_WRITE
	iocWrite = 1
)
