// Generated from spec/clone_args.yaml by clonegen; do not edit.
// Spec digest: sha256:c4dcfbe32d8d3ddb.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package cloneargs: Arguments for the clone3() system call. The structure
// is versioned by its size: user space passes the size it was compiled
// with, the kernel zero-fills fields an older caller does not know, and
// refuses a larger structure whose unknown tail is not zero.
//
// Go bindings for struct clone_args and clone3(): the struct, its sizes,
// flags, the kernel's checks and a wrapper over package syscall (standard
// library only), in the module clonegen.invalid/cloneargs. Architectures
// whose values this package states: x86_64, i386, arm64, riscv64, s390x,
// mips; it builds on Linux there and nowhere else.
package cloneargs

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 5.3).
	SIZE_VER0 = 64
	// SIZE_VER1 is the size of the struct in VER1 (Linux 5.5).
	SIZE_VER1 = 80
	// SIZE_VER2 is the size of the struct in VER2 (Linux 5.7).
	SIZE_VER2 = 88
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER2
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
	SIZE_VER1,
	SIZE_VER2,
}

// CSIGNAL: Bits of the legacy flags word that carry the exit signal.
const CSIGNAL = 0xff

// MAX_PID_NS_LEVEL: Deepest nesting of PID namespaces.
const MAX_PID_NS_LEVEL = 32

// INT_MAX: Largest value of a C int.
const INT_MAX = 0x7fffffff

// The values that differ between architectures are constants of the file of
// each GOARCH, clone_args_<goarch>.go: _NSIG, SIGCHLD, SYSCALL_NUMBER.

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

// CloneArgs: Arguments for the clone3() system call. The structure is
// versioned by its size: user space passes the size it was compiled with,
// the kernel zero-fills fields an older caller does not know, and refuses a
// larger structure whose unknown tail is not zero.
type CloneArgs struct {
	// flags: Flags for the new process, all CLONE_* flags, 64 bits wide.
	Flags uint64
	// pidfd: If CLONE_PIDFD is set, a pidfd for the new process is stored
	// in the int this points to.
	Pidfd uint64
	// child_tid: If CLONE_CHILD_SETTID is set, the TID of the child is
	// stored there in the child's memory; CLONE_CHILD_CLEARTID clears it
	// when the child exits.
	ChildTid uint64
	// parent_tid: If CLONE_PARENT_SETTID is set, the TID of the child is
	// stored there in the parent's memory.
	ParentTid uint64
	// exit_signal: Signal sent to the parent when the child exits. Unlike
	// clone(), it is not part of @flags.
	ExitSignal uint64
	// stack: Lowest address of the stack the child starts on.
	Stack uint64
	// stack_size: Size of the stack at @stack.
	StackSize uint64
	// tls: If CLONE_SETTLS is set, the TLS descriptor of the child.
	Tls uint64
	// set_tid: Array of PIDs to give the child, one per PID namespace
	// level, the most nested namespace first. The kernel copies it into
	// its own memory.
	SetTid uint64
	// set_tid_size: Number of elements in @set_tid.
	SetTidSize uint64
	// cgroup: If CLONE_INTO_CGROUP is set, a file descriptor of the
	// cgroup2 directory the child is created in.
	Cgroup uint64
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.Flags)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.Pidfd)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.ChildTid)-16]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.ParentTid)-24]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.ExitSignal)-32]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.Stack)-40]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.StackSize)-48]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.Tls)-56]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.SetTid)-64]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.SetTidSize)-72]
var _ = [1]struct{}{}[unsafe.Offsetof(CloneArgs{}.Cgroup)-80]
var _ = [1]struct{}{}[unsafe.Sizeof(CloneArgs{})-88]

// CloneArgsFlags are the flags of clone_args.flags.
type CloneArgsFlags uint64

const (
	// CLONE_VM: The child shares the parent's memory. (Linux 2.0)
	CLONE_VM CloneArgsFlags = 0x100
	// CLONE_FS: The child shares root, cwd and umask. (Linux 2.0)
	CLONE_FS CloneArgsFlags = 0x200
	// CLONE_FILES: The child shares the file descriptor table. (Linux 2.0)
	CLONE_FILES CloneArgsFlags = 0x400
	// CLONE_SIGHAND: The child shares signal handlers. (Linux 2.0)
	CLONE_SIGHAND CloneArgsFlags = 0x800
	// CLONE_PIDFD: A pidfd for the child is returned through @pidfd.
	// (Linux 5.2)
	CLONE_PIDFD CloneArgsFlags = 0x1000
	// CLONE_PTRACE: The child is traced if the parent is. (Linux 2.0)
	CLONE_PTRACE CloneArgsFlags = 0x2000
	// CLONE_VFORK: The parent sleeps until the child execs or exits.
	// (Linux 2.0)
	CLONE_VFORK CloneArgsFlags = 0x4000
	// CLONE_PARENT: The child gets the caller's parent. (Linux 2.4)
	CLONE_PARENT CloneArgsFlags = 0x8000
	// CLONE_THREAD: The child joins the caller's thread group. (Linux 2.4)
	CLONE_THREAD CloneArgsFlags = 0x10000
	// CLONE_NEWNS: The child gets a new mount namespace. (Linux 2.4.19)
	CLONE_NEWNS CloneArgsFlags = 0x20000
	// CLONE_SYSVSEM: The child shares System V semaphore undo values.
	// (Linux 2.5.10)
	CLONE_SYSVSEM CloneArgsFlags = 0x40000
	// CLONE_SETTLS: The child's TLS is set from @tls. (Linux 2.5.32)
	CLONE_SETTLS CloneArgsFlags = 0x80000
	// CLONE_PARENT_SETTID: The child's TID is stored at @parent_tid.
	// (Linux 2.5.49)
	CLONE_PARENT_SETTID CloneArgsFlags = 0x100000
	// CLONE_CHILD_CLEARTID: The child's TID at @child_tid is cleared when
	// it exits. (Linux 2.5.49)
	CLONE_CHILD_CLEARTID CloneArgsFlags = 0x200000
	// CLONE_DETACHED: Unused and ignored by clone(); refused by clone3()
	// so the bit can be reused. (Linux 2.5.32)
	CLONE_DETACHED CloneArgsFlags = 0x400000
	// CLONE_UNTRACED: A tracer cannot force CLONE_PTRACE on the child.
	// (Linux 2.5.46)
	CLONE_UNTRACED CloneArgsFlags = 0x800000
	// CLONE_CHILD_SETTID: The child's TID is stored at @child_tid in the
	// child. (Linux 2.5.49)
	CLONE_CHILD_SETTID CloneArgsFlags = 0x1000000
	// CLONE_NEWCGROUP: The child gets a new cgroup namespace. (Linux 4.6)
	CLONE_NEWCGROUP CloneArgsFlags = 0x2000000
	// CLONE_NEWUTS: The child gets a new UTS namespace. (Linux 2.6.19)
	CLONE_NEWUTS CloneArgsFlags = 0x4000000
	// CLONE_NEWIPC: The child gets a new IPC namespace. (Linux 2.6.19)
	CLONE_NEWIPC CloneArgsFlags = 0x8000000
	// CLONE_NEWUSER: The child gets a new user namespace. (Linux 2.6.23)
	CLONE_NEWUSER CloneArgsFlags = 0x10000000
	// CLONE_NEWPID: The child gets a new PID namespace. (Linux 2.6.24)
	CLONE_NEWPID CloneArgsFlags = 0x20000000
	// CLONE_NEWNET: The child gets a new network namespace. (Linux 2.6.24)
	CLONE_NEWNET CloneArgsFlags = 0x40000000
	// CLONE_IO: The child shares the I/O context. (Linux 2.6.25)
	CLONE_IO CloneArgsFlags = 0x80000000
	// CLONE_NEWTIME: The child gets a new time namespace. The bit lies
	// inside CSIGNAL, so only clone3() can ask for it. (Linux 5.6)
	CLONE_NEWTIME CloneArgsFlags = 128
	// CLONE_CLEAR_SIGHAND: Signal handlers are reset to the default in the
	// child. (Linux 5.5)
	CLONE_CLEAR_SIGHAND CloneArgsFlags = 0x100000000
	// CLONE_INTO_CGROUP: The child is created in the cgroup given by
	// @cgroup. (Linux 5.7)
	CLONE_INTO_CGROUP CloneArgsFlags = 0x200000000
	// CLONE_AUTOREAP: The child is reaped automatically when it exits.
	// (Linux 7.1)
	CLONE_AUTOREAP CloneArgsFlags = 0x400000000
	// CLONE_NNP: The child starts with no_new_privs set. (Linux 7.1)
	CLONE_NNP CloneArgsFlags = 0x800000000
	// CLONE_PIDFD_AUTOKILL: The child is killed when its last pidfd is
	// closed. (Linux 7.1)
	CLONE_PIDFD_AUTOKILL CloneArgsFlags = 0x1000000000
	// CLONE_EMPTY_MNTNS: The child gets a new, empty mount namespace.
	// (Linux 7.1)
	CLONE_EMPTY_MNTNS CloneArgsFlags = 0x2000000000
)

// Has reports whether every flag of other is set.
func (f CloneArgsFlags) Has(other CloneArgsFlags) bool {
	return f&other == other
}

// CLONE3_FLAGS_KNOWN: Flags clone3() knows in flags.
const CLONE3_FLAGS_KNOWN = uint64(CLONE_VM) |
	uint64(CLONE_FS) |
	uint64(CLONE_FILES) |
	uint64(CLONE_SIGHAND) |
	uint64(CLONE_PIDFD) |
	uint64(CLONE_PTRACE) |
	uint64(CLONE_VFORK) |
	uint64(CLONE_PARENT) |
	uint64(CLONE_THREAD) |
	uint64(CLONE_NEWNS) |
	uint64(CLONE_SYSVSEM) |
	uint64(CLONE_SETTLS) |
	uint64(CLONE_PARENT_SETTID) |
	uint64(CLONE_CHILD_CLEARTID) |
	uint64(CLONE_UNTRACED) |
	uint64(CLONE_CHILD_SETTID) |
	uint64(CLONE_NEWCGROUP) |
	uint64(CLONE_NEWUTS) |
	uint64(CLONE_NEWIPC) |
	uint64(CLONE_NEWUSER) |
	uint64(CLONE_NEWPID) |
	uint64(CLONE_NEWNET) |
	uint64(CLONE_IO) |
	uint64(CLONE_NEWTIME) |
	uint64(CLONE_CLEAR_SIGHAND) |
	uint64(CLONE_INTO_CGROUP) |
	uint64(CLONE_AUTOREAP) |
	uint64(CLONE_NNP) |
	uint64(CLONE_PIDFD_AUTOKILL) |
	uint64(CLONE_EMPTY_MNTNS)

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// flags: u64 in the kernel struct
	Flags uint64
	// pidfd: int __user * in the kernel struct
	Pidfd uint64
	// child_tid: int __user * in the kernel struct
	ChildTid uint64
	// parent_tid: int __user * in the kernel struct
	ParentTid uint64
	// exit_signal: int in the kernel struct
	ExitSignal uint64
	// stack: unsigned long in the kernel struct
	Stack uint64
	// stack_size: unsigned long in the kernel struct
	StackSize uint64
	// tls: unsigned long in the kernel struct
	Tls uint64
	// set_tid: pid_t * in the kernel struct
	SetTid uint64
	// set_tid_size: size_t in the kernel struct
	SetTidSize uint64
	// cgroup: int in the kernel struct
	Cgroup uint64
}

func (a *CloneArgs) values() values {
	return values{
		uint64(a.Flags),
		uint64(a.Pidfd),
		uint64(a.ChildTid),
		uint64(a.ParentTid),
		uint64(a.ExitSignal),
		uint64(a.Stack),
		uint64(a.StackSize),
		uint64(a.Tls),
		uint64(a.SetTid),
		uint64(a.SetTidSize),
		uint64(a.Cgroup),
	}
}

// kernel gives the members of the kernel struct, as the copy-in converts them.
func (v values) kernel() values {
	k := v
	k.ExitSignal = kernelBits(v.ExitSignal, 32, true)
	k.Cgroup = kernelBits(v.Cgroup, 32, true)
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

// pageSize is the kernel's PAGE_SIZE.
func pageSize() uint64 { return uint64(syscall.Getpagesize()) }

// Bytes gives the struct as the kernel reads it.
func (a *CloneArgs) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *CloneArgs {
	var a CloneArgs
	copy((*[SIZE_LATEST]byte)(unsafe.Pointer(&a))[:], data)
	return &a
}

func tail(data []byte) error {
	for i := SIZE_LATEST; i < len(data); i++ {
		if data[i] != 0 {
			return refused(syscall.E2BIG, "bytes past the known struct (when size is larger) are zero")
		}
	}
	return nil
}

func sizeVerdict(size uint64) error {
	if size > pageSize() {
		return refused(syscall.E2BIG, "size <= PAGE_SIZE")
	}
	if size < SIZE_VER0 {
		return refused(syscall.EINVAL, "size >= CLONE_ARGS_SIZE_VER0 (64)")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *CloneArgs) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if v.SetTidSize > MAX_PID_NS_LEVEL {
		return refused(syscall.EINVAL, "set_tid_size <= MAX_PID_NS_LEVEL (32)")
	}
	if (v.SetTid == 0) != (v.SetTidSize == 0) {
		return refused(syscall.EINVAL, "set_tid and set_tid_size are both zero or both non-zero")
	}
	if v.ExitSignal&^CSIGNAL != 0 {
		return refused(syscall.EINVAL, "exit_signal has no bits outside CSIGNAL")
	}
	if v.Flags&0x200000000 != 0 && v.Cgroup > INT_MAX {
		return refused(syscall.EINVAL, "when flags has any of CLONE_INTO_CGROUP: cgroup <= INT_MAX (0x7fffffff)")
	}
	if v.Flags&0x200000000 != 0 && size < SIZE_VER2 {
		return refused(syscall.EINVAL, "when flags has any of CLONE_INTO_CGROUP: the caller's size is at least VER2 (88)")
	}
	if k.Flags&^CLONE3_FLAGS_KNOWN != 0 {
		return refused(syscall.EINVAL, "flags has only flags that clone3 knows")
	}
	if k.Flags&0x100000800 == 0x100000800 {
		return refused(syscall.EINVAL, "flags does not have both CLONE_SIGHAND and CLONE_CLEAR_SIGHAND")
	}
	if k.Flags&0x18000 != 0 && k.ExitSignal != 0 {
		return refused(syscall.EINVAL, "when flags has any of CLONE_THREAD, CLONE_PARENT: exit_signal == 0")
	}
	if (k.Stack == 0) != (k.StackSize == 0) {
		return refused(syscall.EINVAL, "stack and stack_size are both zero or both non-zero")
	}
	if k.Stack != 0 && !accessOK(k.Stack, k.StackSize) {
		return refused(syscall.EINVAL, "a non-zero stack: [stack, stack + stack_size) lies in user memory")
	}
	if k.Flags&0x101000 == 0x101000 && k.Pidfd == k.ParentTid {
		return refused(syscall.EINVAL, "when flags has all of CLONE_PIDFD, CLONE_PARENT_SETTID: pidfd differs from parent_tid")
	}
	if int64(k.ExitSignal) > int64(_NSIG) {
		return refused(syscall.EINVAL, "exit_signal <= _NSIG (64; 128 on mips)")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *CloneArgs) Verdict(size uint64) error {
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
func (a *CloneArgs) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.Cgroup != 0:
		needed = 88
	case v.SetTidSize != 0:
		needed = 80
	case v.SetTid != 0:
		needed = 72
	case v.Tls != 0:
		needed = 64
	case v.StackSize != 0:
		needed = 56
	case v.Stack != 0:
		needed = 48
	case v.ExitSignal != 0:
		needed = 40
	case v.ParentTid != 0:
		needed = 32
	case v.ChildTid != 0:
		needed = 24
	case v.Pidfd != 0:
		needed = 16
	case v.Flags != 0:
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

// Clone3 calls clone3() with args, passing the smallest version that
// covers the fields that are set (SizeFor), after the kernel's checks made
// here. It is fork-like: a request that would share memory or need a stack
// (CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS, stack, stack_size) is refused with EINVAL. The child returns 0 here with
// one thread and no Go runtime to speak of: it may make only raw system
// calls (syscall.RawSyscall) until it execs or exits.
func Clone3(args *CloneArgs) (int, error) {
	v := args.values()
	if v.Flags&0x100 != 0 || v.Flags&0x4000 != 0 || v.Flags&0x10000 != 0 || v.Flags&0x80000 != 0 || v.Stack != 0 || v.StackSize != 0 {
		return -1, refused(syscall.EINVAL, "a fork-like call has none of CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS, stack, stack_size")
	}
	size := args.SizeFor()
	if err := args.Verdict(size); err != nil {
		return -1, err
	}
	return Clone3Bytes(args.Bytes()[:size])
}

// Clone3Bytes calls clone3() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func Clone3Bytes(data []byte) (int, error) {
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.RawSyscall6(SYSCALL_NUMBER, uintptr(ptr), uintptr(len(data)), 0, 0, 0, 0)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
