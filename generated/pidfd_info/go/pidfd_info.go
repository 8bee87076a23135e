// Generated from spec/pidfd_info.yaml by clonegen; do not edit.
// Spec digest: sha256:f6bb2c3b3c04f84f.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package pidfdinfo: Information about the process a pidfd refers to: its
// ids, its credentials, its cgroup, and once it has exited its exit code
// and coredump state. The caller sets bits in mask to ask for what is
// expensive or only available on request; the kernel replies with the bits
// of what it filled.
//
// Go bindings for struct pidfd_info and pidfd_get_info(): the struct, its
// sizes, flags, the kernel's checks and a wrapper over package syscall
// (standard library only), in the module clonegen.invalid/pidfdinfo.
// Architectures whose values this package states: x86_64, i386, arm64,
// riscv64, s390x, mips; it builds on Linux there and nowhere else.
package pidfdinfo

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 6.13).
	SIZE_VER0 = 64
	// SIZE_VER1 is the size of the struct in VER1 (Linux 6.16).
	SIZE_VER1 = 72
	// SIZE_VER2 is the size of the struct in VER2 (Linux 7.1).
	SIZE_VER2 = 80
	// SIZE_VER3 is the size of the struct in VER3 (Linux 7.1).
	SIZE_VER3 = 88
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER3
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
	SIZE_VER1,
	SIZE_VER2,
	SIZE_VER3,
}

// The values that differ between architectures are constants of the file of
// each GOARCH, pidfd_info_<goarch>.go: SYSCALL_NUMBER, iocSizeBits,
// iocRead, iocWrite.

// Error is a request refused before the system call: the errno the kernel
// would give and the requirement the request breaks. errors.Is(err, errno)
// holds for it.
type Error struct {
	Errno       syscall.Errno
	Requirement string
}

func (e *Error) Error() string { return e.Requirement + ": " + e.Errno.Error() }

// Unwrap gives the errno.
func (e *Error) Unwrap() error { return e.Errno }

func refused(errno syscall.Errno, requirement string) error {
	return &Error{Errno: errno, Requirement: requirement}
}

// PidfdInfo: Information about the process a pidfd refers to: its ids, its
// credentials, its cgroup, and once it has exited its exit code and
// coredump state. The caller sets bits in mask to ask for what is expensive
// or only available on request; the kernel replies with the bits of what it
// filled.
type PidfdInfo struct {
	// mask: In: the PIDFD_INFO_* bits the caller asks for. Out: the bits
	// of the fields the kernel filled.
	Mask uint64
	// cgroupid: The id of the process's cgroup (PIDFD_INFO_CGROUPID).
	Cgroupid uint64
	// pid: The pid in the caller's pid namespace (PIDFD_INFO_PID).
	Pid uint32
	// tgid: The thread group id (PIDFD_INFO_PID).
	Tgid uint32
	// ppid: The parent's pid (PIDFD_INFO_PID).
	Ppid uint32
	// ruid: Real user id (PIDFD_INFO_CREDS).
	Ruid uint32
	// rgid: Real group id (PIDFD_INFO_CREDS).
	Rgid uint32
	// euid: Effective user id (PIDFD_INFO_CREDS).
	Euid uint32
	// egid: Effective group id (PIDFD_INFO_CREDS).
	Egid uint32
	// suid: Saved user id (PIDFD_INFO_CREDS).
	Suid uint32
	// sgid: Saved group id (PIDFD_INFO_CREDS).
	Sgid uint32
	// fsuid: File system user id (PIDFD_INFO_CREDS).
	Fsuid uint32
	// fsgid: File system group id (PIDFD_INFO_CREDS).
	Fsgid uint32
	// exit_code: The wait status of an exited process (PIDFD_INFO_EXIT).
	ExitCode int32
	// coredump_mask: PIDFD_COREDUMP_* bits (PIDFD_INFO_COREDUMP).
	CoredumpMask uint32
	// coredump_signal: The signal that caused the coredump
	// (PIDFD_INFO_COREDUMP_SIGNAL); a spare word before that.
	CoredumpSignal uint32
	// coredump_code: The si_code of that signal
	// (PIDFD_INFO_COREDUMP_CODE).
	CoredumpCode uint32
	// coredump_pad: Padding that aligns supported_mask; zero.
	CoredumpPad uint32
	// supported_mask: Every PIDFD_INFO_* bit this kernel knows
	// (PIDFD_INFO_SUPPORTED_MASK).
	SupportedMask uint64
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Mask)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Cgroupid)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Pid)-16]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Tgid)-20]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Ppid)-24]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Ruid)-28]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Rgid)-32]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Euid)-36]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Egid)-40]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Suid)-44]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Sgid)-48]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Fsuid)-52]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.Fsgid)-56]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.ExitCode)-60]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.CoredumpMask)-64]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.CoredumpSignal)-68]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.CoredumpCode)-72]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.CoredumpPad)-76]
var _ = [1]struct{}{}[unsafe.Offsetof(PidfdInfo{}.SupportedMask)-80]
var _ = [1]struct{}{}[unsafe.Sizeof(PidfdInfo{})-88]

// PidfdInfoMask are the flags of pidfd_info.mask.
type PidfdInfoMask uint64

const (
	// PIDFD_INFO_PID: The ids; always returned while the process exists.
	// (Linux 6.13)
	PIDFD_INFO_PID PidfdInfoMask = 1
	// PIDFD_INFO_CREDS: The credentials; always returned while the process
	// exists. (Linux 6.13)
	PIDFD_INFO_CREDS PidfdInfoMask = 2
	// PIDFD_INFO_CGROUPID: The cgroup id; returned whenever the kernel has
	// it. (Linux 6.13)
	PIDFD_INFO_CGROUPID PidfdInfoMask = 4
	// PIDFD_INFO_EXIT: The exit code; only when asked for, and only once
	// the process has exited. (Linux 6.13)
	PIDFD_INFO_EXIT PidfdInfoMask = 8
	// PIDFD_INFO_COREDUMP: The coredump state; only when asked for. (Linux
	// 6.16)
	PIDFD_INFO_COREDUMP PidfdInfoMask = 16
	// PIDFD_INFO_SUPPORTED_MASK: The bits this kernel supports; only when
	// asked for. (Linux 7.1)
	PIDFD_INFO_SUPPORTED_MASK PidfdInfoMask = 32
	// PIDFD_INFO_COREDUMP_SIGNAL: The coredump signal; returned with
	// PIDFD_INFO_COREDUMP when a coredump took place. (Linux 7.1)
	PIDFD_INFO_COREDUMP_SIGNAL PidfdInfoMask = 64
	// PIDFD_INFO_COREDUMP_CODE: The coredump signal's code; returned with
	// PIDFD_INFO_COREDUMP when a coredump took place. (Linux 7.1)
	PIDFD_INFO_COREDUMP_CODE PidfdInfoMask = 128
)

// Has reports whether every flag of other is set.
func (f PidfdInfoMask) Has(other PidfdInfoMask) bool {
	return f&other == other
}

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// mask: u64 in the kernel struct
	Mask uint64
	// cgroupid: u64 in the kernel struct
	Cgroupid uint64
	// pid: u32 in the kernel struct
	Pid uint64
	// tgid: u32 in the kernel struct
	Tgid uint64
	// ppid: u32 in the kernel struct
	Ppid uint64
	// ruid: u32 in the kernel struct
	Ruid uint64
	// rgid: u32 in the kernel struct
	Rgid uint64
	// euid: u32 in the kernel struct
	Euid uint64
	// egid: u32 in the kernel struct
	Egid uint64
	// suid: u32 in the kernel struct
	Suid uint64
	// sgid: u32 in the kernel struct
	Sgid uint64
	// fsuid: u32 in the kernel struct
	Fsuid uint64
	// fsgid: u32 in the kernel struct
	Fsgid uint64
	// exit_code: s32 in the kernel struct
	ExitCode uint64
	// coredump_mask: u32 in the kernel struct
	CoredumpMask uint64
	// coredump_signal: u32 in the kernel struct
	CoredumpSignal uint64
	// coredump_code: u32 in the kernel struct
	CoredumpCode uint64
	// coredump_pad: u32 in the kernel struct
	CoredumpPad uint64
	// supported_mask: u64 in the kernel struct
	SupportedMask uint64
}

func (a *PidfdInfo) values() values {
	return values{
		uint64(a.Mask),
		uint64(a.Cgroupid),
		uint64(a.Pid),
		uint64(a.Tgid),
		uint64(a.Ppid),
		uint64(a.Ruid),
		uint64(a.Rgid),
		uint64(a.Euid),
		uint64(a.Egid),
		uint64(a.Suid),
		uint64(a.Sgid),
		uint64(a.Fsuid),
		uint64(a.Fsgid),
		uint64(a.ExitCode),
		uint64(a.CoredumpMask),
		uint64(a.CoredumpSignal),
		uint64(a.CoredumpCode),
		uint64(a.CoredumpPad),
		uint64(a.SupportedMask),
	}
}

// kernel gives the members of the kernel struct, as the copy-in converts them.
func (v values) kernel() values {
	k := v
	k.Pid = kernelBits(v.Pid, 32, false)
	k.Tgid = kernelBits(v.Tgid, 32, false)
	k.Ppid = kernelBits(v.Ppid, 32, false)
	k.Ruid = kernelBits(v.Ruid, 32, false)
	k.Rgid = kernelBits(v.Rgid, 32, false)
	k.Euid = kernelBits(v.Euid, 32, false)
	k.Egid = kernelBits(v.Egid, 32, false)
	k.Suid = kernelBits(v.Suid, 32, false)
	k.Sgid = kernelBits(v.Sgid, 32, false)
	k.Fsuid = kernelBits(v.Fsuid, 32, false)
	k.Fsgid = kernelBits(v.Fsgid, 32, false)
	k.ExitCode = kernelBits(v.ExitCode, 32, true)
	k.CoredumpMask = kernelBits(v.CoredumpMask, 32, false)
	k.CoredumpSignal = kernelBits(v.CoredumpSignal, 32, false)
	k.CoredumpCode = kernelBits(v.CoredumpCode, 32, false)
	k.CoredumpPad = kernelBits(v.CoredumpPad, 32, false)
	return k
}

// kernelBits converts value to a kernel type of width bits, as C converts it.
func kernelBits(value uint64, width uint, signed bool) uint64 {
	mask := uint64(1)<<width - 1
	low := value & mask
	if signed && low>>(width-1)&1 == 1 {
		return low | ^mask
	}
	return low
}

// userPtrMax is the user address limit of access_ok() (x86_64's, as the Python bindings use).
const userPtrMax = 0x7ffffffff000

// accessOK is access_ok(): [addr, addr + len) lies in user memory.
func accessOK(addr, length uint64) bool {
	end := addr + length
	return end >= addr && end <= userPtrMax
}

// Bytes gives the struct as the kernel reads it.
func (a *PidfdInfo) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *PidfdInfo {
	var a PidfdInfo
	copy((*[SIZE_LATEST]byte)(unsafe.Pointer(&a))[:], data)
	return &a
}

func tail(data []byte) error {
	return nil
}

func sizeVerdict(size uint64) error {
	if size < SIZE_VER0 {
		return refused(syscall.ENOTTY, "size >= PIDFD_INFO_SIZE_VER0 (64)")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *PidfdInfo) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *PidfdInfo) Verdict(size uint64) error {
	if err := sizeVerdict(size); err != nil {
		return err
	}
	b := a.Bytes()
	if size < SIZE_LATEST {
		b = b[:size]
	}
	return fromPrefix(b).checks(size)
}

// VerdictBytes says what the kernel says of a struct given as bytes (size
// len(data)): the size policy, a non-zero tail, then the checks.
func VerdictBytes(data []byte) error {
	size := uint64(len(data))
	if err := sizeVerdict(size); err != nil {
		return err
	}
	if err := tail(data); err != nil {
		return err
	}
	return fromPrefix(data).checks(size)
}

// SizeFor gives the smallest version that covers every field that is set and
// that the checks accept (a check may need a newer caller), else the
// smallest that covers the fields.
func (a *PidfdInfo) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.SupportedMask != 0:
		needed = 88
	case v.CoredumpPad != 0:
		needed = 80
	case v.CoredumpCode != 0:
		needed = 76
	case v.CoredumpSignal != 0:
		needed = 72
	case v.CoredumpMask != 0:
		needed = 68
	case v.ExitCode != 0:
		needed = 64
	case v.Fsgid != 0:
		needed = 60
	case v.Fsuid != 0:
		needed = 56
	case v.Sgid != 0:
		needed = 52
	case v.Suid != 0:
		needed = 48
	case v.Egid != 0:
		needed = 44
	case v.Euid != 0:
		needed = 40
	case v.Rgid != 0:
		needed = 36
	case v.Ruid != 0:
		needed = 32
	case v.Ppid != 0:
		needed = 28
	case v.Tgid != 0:
		needed = 24
	case v.Pid != 0:
		needed = 20
	case v.Cgroupid != 0:
		needed = 16
	case v.Mask != 0:
		needed = 8
	}
	for _, size := range SIZES {
		if size >= needed && a.checks(size) == nil {
			return size
		}
	}
	for _, size := range SIZES {
		if size >= needed {
			return size
		}
	}
	return SIZE_LATEST
}

// IOCTL_TYPE and IOCTL_NR are the type and number of the PIDFD_GET_INFO ioctl.
const (
	IOCTL_TYPE = 0xff
	IOCTL_NR   = 11
)

// FieldsOf gives the fields a bit of the answer's mask says the kernel filled.
func FieldsOf(bit uint64) []string {
	switch bit {
	case uint64(PIDFD_INFO_PID):
		return []string{"pid", "tgid", "ppid"}
	case uint64(PIDFD_INFO_CREDS):
		return []string{"ruid", "rgid", "euid", "egid", "suid", "sgid", "fsuid", "fsgid"}
	case uint64(PIDFD_INFO_CGROUPID):
		return []string{"cgroupid"}
	case uint64(PIDFD_INFO_EXIT):
		return []string{"exit_code"}
	case uint64(PIDFD_INFO_COREDUMP):
		return []string{"coredump_mask"}
	case uint64(PIDFD_INFO_SUPPORTED_MASK):
		return []string{"supported_mask"}
	case uint64(PIDFD_INFO_COREDUMP_SIGNAL):
		return []string{"coredump_signal"}
	case uint64(PIDFD_INFO_COREDUMP_CODE):
		return []string{"coredump_code"}
	}
	return nil
}

// PidfdGetInfoNumber gives the PIDFD_GET_INFO ioctl number for a struct of size
// bytes, as _IOC() makes it; false when the size does not fit its bits.
func PidfdGetInfoNumber(size uint64) (uintptr, bool) {
	if size >= 1<<iocSizeBits {
		return 0, false
	}
	dir := uintptr(iocRead | iocWrite)
	return dir<<(16+iocSizeBits) | uintptr(size)<<16 | IOCTL_TYPE<<8 | IOCTL_NR, true
}

// PidfdGetInfo makes the PIDFD_GET_INFO ioctl: the struct as the kernel fills
// it into SIZE_LATEST bytes, asked with the request (mask).
// The answer's mask has the bit of every field the kernel filled, even one a
// smaller size cuts off: check the size as well as the bit.
func PidfdGetInfo(pidfd int, mask uint64) (*PidfdInfo, error) {
	request := PidfdInfo{Mask: mask}
	data := request.Bytes()
	if _, err := PidfdGetInfoBytes(pidfd, data); err != nil {
		return nil, err
	}
	return fromPrefix(data), nil
}

// PidfdGetInfoBytes makes the PIDFD_GET_INFO ioctl into data, whose length is the
// size the ioctl number carries: the kernel reads the request from data and
// writes at most that many bytes. A size the number cannot carry is refused
// (EINVAL).
func PidfdGetInfoBytes(pidfd int, data []byte) (int, error) {
	number, ok := PidfdGetInfoNumber(uint64(len(data)))
	if !ok {
		return -1, refused(syscall.EINVAL, "the size fits the ioctl number's size bits")
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall(SYSCALL_NUMBER, uintptr(pidfd), number, uintptr(ptr))
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
