// Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:6da192832f4e335c.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package landlockrulesetattr: What a Landlock ruleset restricts: the file
// system actions, network actions and scopes it handles, and which of them
// are not logged. The structure is versioned by its size like clone_args.
//
// Go bindings for struct landlock_ruleset_attr and
// landlock_create_ruleset(): the struct, its sizes, flags, the kernel's
// checks and a wrapper over package syscall (standard library only), in the
// module clonegen.invalid/landlockrulesetattr. Architectures whose values
// this package states: x86_64, i386, arm64, riscv64, s390x, mips; it builds
// on Linux there and nowhere else.
package landlockrulesetattr

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 5.13).
	SIZE_VER0 = 8
	// SIZE_VER1 is the size of the struct in VER1 (Linux 6.7).
	SIZE_VER1 = 16
	// SIZE_VER2 is the size of the struct in VER2 (Linux 6.12).
	SIZE_VER2 = 24
	// SIZE_VER3 is the size of the struct in VER3 (Linux 7.3).
	SIZE_VER3 = 48
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

// LANDLOCK_CREATE_RULESET_VERSION: Ask for the Landlock ABI version instead
// of creating a ruleset.
const LANDLOCK_CREATE_RULESET_VERSION = 1

// LANDLOCK_CREATE_RULESET_ERRATA: Ask for the fixed Landlock errata instead
// of creating a ruleset.
const LANDLOCK_CREATE_RULESET_ERRATA = 2

// The values that differ between architectures are constants of the file of
// each GOARCH, landlock_ruleset_attr_<goarch>.go: SYSCALL_NUMBER.

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

// LandlockRulesetAttr: What a Landlock ruleset restricts: the file system
// actions, network actions and scopes it handles, and which of them are not
// logged. The structure is versioned by its size like clone_args.
type LandlockRulesetAttr struct {
	// handled_access_fs: LANDLOCK_ACCESS_FS_* actions the ruleset handles:
	// denied unless a rule allows them.
	HandledAccessFs uint64
	// handled_access_net: LANDLOCK_ACCESS_NET_* actions the ruleset
	// handles.
	HandledAccessNet uint64
	// scoped: LANDLOCK_SCOPE_* resources outside the domain that it may
	// not reach.
	Scoped uint64
	// quiet_access_fs: Handled file system actions whose denials are not
	// logged where a rule asks so; a subset of handled_access_fs.
	QuietAccessFs uint64
	// quiet_access_net: Handled network actions whose denials are not
	// logged; a subset of handled_access_net.
	QuietAccessNet uint64
	// quiet_scoped: Scopes whose denials are not logged; a subset of
	// scoped.
	QuietScoped uint64
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(LandlockRulesetAttr{}.HandledAccessFs)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(LandlockRulesetAttr{}.HandledAccessNet)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(LandlockRulesetAttr{}.Scoped)-16]
var _ = [1]struct{}{}[unsafe.Offsetof(LandlockRulesetAttr{}.QuietAccessFs)-24]
var _ = [1]struct{}{}[unsafe.Offsetof(LandlockRulesetAttr{}.QuietAccessNet)-32]
var _ = [1]struct{}{}[unsafe.Offsetof(LandlockRulesetAttr{}.QuietScoped)-40]
var _ = [1]struct{}{}[unsafe.Sizeof(LandlockRulesetAttr{})-48]

// LandlockRulesetAttrHandledAccessFs are the flags of landlock_ruleset_attr.handled_access_fs.
type LandlockRulesetAttrHandledAccessFs uint64

const (
	// LANDLOCK_ACCESS_FS_EXECUTE: Execute a file. (Linux 5.13)
	LANDLOCK_ACCESS_FS_EXECUTE LandlockRulesetAttrHandledAccessFs = 1
	// LANDLOCK_ACCESS_FS_WRITE_FILE: Open a file with write access. (Linux
	// 5.13)
	LANDLOCK_ACCESS_FS_WRITE_FILE LandlockRulesetAttrHandledAccessFs = 2
	// LANDLOCK_ACCESS_FS_READ_FILE: Open a file with read access. (Linux
	// 5.13)
	LANDLOCK_ACCESS_FS_READ_FILE LandlockRulesetAttrHandledAccessFs = 4
	// LANDLOCK_ACCESS_FS_READ_DIR: Open a directory or list its content.
	// (Linux 5.13)
	LANDLOCK_ACCESS_FS_READ_DIR LandlockRulesetAttrHandledAccessFs = 8
	// LANDLOCK_ACCESS_FS_REMOVE_DIR: Remove an empty directory or rename
	// one. (Linux 5.13)
	LANDLOCK_ACCESS_FS_REMOVE_DIR LandlockRulesetAttrHandledAccessFs = 16
	// LANDLOCK_ACCESS_FS_REMOVE_FILE: Unlink or rename a file. (Linux
	// 5.13)
	LANDLOCK_ACCESS_FS_REMOVE_FILE LandlockRulesetAttrHandledAccessFs = 32
	// LANDLOCK_ACCESS_FS_MAKE_CHAR: Create, rename or link a character
	// device. (Linux 5.13)
	LANDLOCK_ACCESS_FS_MAKE_CHAR LandlockRulesetAttrHandledAccessFs = 64
	// LANDLOCK_ACCESS_FS_MAKE_DIR: Create or rename a directory. (Linux
	// 5.13)
	LANDLOCK_ACCESS_FS_MAKE_DIR LandlockRulesetAttrHandledAccessFs = 128
	// LANDLOCK_ACCESS_FS_MAKE_REG: Create, rename or link a regular file.
	// (Linux 5.13)
	LANDLOCK_ACCESS_FS_MAKE_REG LandlockRulesetAttrHandledAccessFs = 0x100
	// LANDLOCK_ACCESS_FS_MAKE_SOCK: Create, rename or link a UNIX domain
	// socket. (Linux 5.13)
	LANDLOCK_ACCESS_FS_MAKE_SOCK LandlockRulesetAttrHandledAccessFs = 0x200
	// LANDLOCK_ACCESS_FS_MAKE_FIFO: Create, rename or link a named pipe.
	// (Linux 5.13)
	LANDLOCK_ACCESS_FS_MAKE_FIFO LandlockRulesetAttrHandledAccessFs = 0x400
	// LANDLOCK_ACCESS_FS_MAKE_BLOCK: Create, rename or link a block
	// device. (Linux 5.13)
	LANDLOCK_ACCESS_FS_MAKE_BLOCK LandlockRulesetAttrHandledAccessFs = 0x800
	// LANDLOCK_ACCESS_FS_MAKE_SYM: Create, rename or link a symbolic link.
	// (Linux 5.13)
	LANDLOCK_ACCESS_FS_MAKE_SYM LandlockRulesetAttrHandledAccessFs = 0x1000
	// LANDLOCK_ACCESS_FS_REFER: Link or rename a file from or to a
	// different directory (Landlock ABI 2). (Linux 5.19)
	LANDLOCK_ACCESS_FS_REFER LandlockRulesetAttrHandledAccessFs = 0x2000
	// LANDLOCK_ACCESS_FS_TRUNCATE: Truncate a file (Landlock ABI 3).
	// (Linux 6.2)
	LANDLOCK_ACCESS_FS_TRUNCATE LandlockRulesetAttrHandledAccessFs = 0x4000
	// LANDLOCK_ACCESS_FS_IOCTL_DEV: Invoke ioctl commands on a device file
	// (Landlock ABI 5). (Linux 6.10)
	LANDLOCK_ACCESS_FS_IOCTL_DEV LandlockRulesetAttrHandledAccessFs = 0x8000
	// LANDLOCK_ACCESS_FS_RESOLVE_UNIX: Connect to a UNIX domain socket
	// bound to a path (Landlock ABI 9). (Linux 7.3)
	LANDLOCK_ACCESS_FS_RESOLVE_UNIX LandlockRulesetAttrHandledAccessFs = 0x10000
)

// Has reports whether every flag of other is set.
func (f LandlockRulesetAttrHandledAccessFs) Has(other LandlockRulesetAttrHandledAccessFs) bool {
	return f&other == other
}

// LandlockRulesetAttrHandledAccessNet are the flags of landlock_ruleset_attr.handled_access_net.
type LandlockRulesetAttrHandledAccessNet uint64

const (
	// LANDLOCK_ACCESS_NET_BIND_TCP: Bind a TCP socket to a local port
	// (Landlock ABI 4). (Linux 6.7)
	LANDLOCK_ACCESS_NET_BIND_TCP LandlockRulesetAttrHandledAccessNet = 1
	// LANDLOCK_ACCESS_NET_CONNECT_TCP: Connect a TCP socket to a remote
	// port (Landlock ABI 4). (Linux 6.7)
	LANDLOCK_ACCESS_NET_CONNECT_TCP LandlockRulesetAttrHandledAccessNet = 2
	// LANDLOCK_ACCESS_NET_BIND_UDP: Bind a UDP socket to a local port
	// (Landlock ABI 10). (Linux 7.3)
	LANDLOCK_ACCESS_NET_BIND_UDP LandlockRulesetAttrHandledAccessNet = 4
	// LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP: Connect a UDP socket or send
	// to a remote port (Landlock ABI 10). (Linux 7.3)
	LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP LandlockRulesetAttrHandledAccessNet = 8
)

// Has reports whether every flag of other is set.
func (f LandlockRulesetAttrHandledAccessNet) Has(other LandlockRulesetAttrHandledAccessNet) bool {
	return f&other == other
}

// LandlockRulesetAttrScoped are the flags of landlock_ruleset_attr.scoped.
type LandlockRulesetAttrScoped uint64

const (
	// LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET: Connect to an abstract UNIX
	// socket outside the domain (Landlock ABI 6). (Linux 6.12)
	LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET LandlockRulesetAttrScoped = 1
	// LANDLOCK_SCOPE_SIGNAL: Send a signal to a process outside the domain
	// (Landlock ABI 6). (Linux 6.12)
	LANDLOCK_SCOPE_SIGNAL LandlockRulesetAttrScoped = 2
)

// Has reports whether every flag of other is set.
func (f LandlockRulesetAttrScoped) Has(other LandlockRulesetAttrScoped) bool {
	return f&other == other
}

// LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN: Flags landlock_create_ruleset() knows in handled_access_fs.
const LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN = uint64(LANDLOCK_ACCESS_FS_EXECUTE) |
	uint64(LANDLOCK_ACCESS_FS_WRITE_FILE) |
	uint64(LANDLOCK_ACCESS_FS_READ_FILE) |
	uint64(LANDLOCK_ACCESS_FS_READ_DIR) |
	uint64(LANDLOCK_ACCESS_FS_REMOVE_DIR) |
	uint64(LANDLOCK_ACCESS_FS_REMOVE_FILE) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_CHAR) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_DIR) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_REG) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_SOCK) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_FIFO) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_BLOCK) |
	uint64(LANDLOCK_ACCESS_FS_MAKE_SYM) |
	uint64(LANDLOCK_ACCESS_FS_REFER) |
	uint64(LANDLOCK_ACCESS_FS_TRUNCATE) |
	uint64(LANDLOCK_ACCESS_FS_IOCTL_DEV) |
	uint64(LANDLOCK_ACCESS_FS_RESOLVE_UNIX)

// LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN: Flags landlock_create_ruleset() knows in handled_access_net.
const LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN = uint64(LANDLOCK_ACCESS_NET_BIND_TCP) |
	uint64(LANDLOCK_ACCESS_NET_CONNECT_TCP) |
	uint64(LANDLOCK_ACCESS_NET_BIND_UDP) |
	uint64(LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP)

// LANDLOCK_CREATE_RULESET_SCOPED_KNOWN: Flags landlock_create_ruleset() knows in scoped.
const LANDLOCK_CREATE_RULESET_SCOPED_KNOWN = uint64(LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET) |
	uint64(LANDLOCK_SCOPE_SIGNAL)

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// handled_access_fs: u64 in the kernel struct
	HandledAccessFs uint64
	// handled_access_net: u64 in the kernel struct
	HandledAccessNet uint64
	// scoped: u64 in the kernel struct
	Scoped uint64
	// quiet_access_fs: u64 in the kernel struct
	QuietAccessFs uint64
	// quiet_access_net: u64 in the kernel struct
	QuietAccessNet uint64
	// quiet_scoped: u64 in the kernel struct
	QuietScoped uint64
}

func (a *LandlockRulesetAttr) values() values {
	return values{
		uint64(a.HandledAccessFs),
		uint64(a.HandledAccessNet),
		uint64(a.Scoped),
		uint64(a.QuietAccessFs),
		uint64(a.QuietAccessNet),
		uint64(a.QuietScoped),
	}
}

// kernel gives the members of the kernel struct, as the copy-in converts them.
func (v values) kernel() values {
	k := v
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
func (a *LandlockRulesetAttr) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *LandlockRulesetAttr {
	var a LandlockRulesetAttr
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
	if size < SIZE_VER0 {
		return refused(syscall.EINVAL, "size >= LANDLOCK_RULESET_ATTR_SIZE_VER0 (8)")
	}
	if size > pageSize() {
		return refused(syscall.E2BIG, "size <= PAGE_SIZE")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *LandlockRulesetAttr) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if v.HandledAccessFs&^LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN != 0 {
		return refused(syscall.EINVAL, "handled_access_fs has only flags that landlock_create_ruleset knows")
	}
	if v.HandledAccessNet&^LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN != 0 {
		return refused(syscall.EINVAL, "handled_access_net has only flags that landlock_create_ruleset knows")
	}
	if v.Scoped&^LANDLOCK_CREATE_RULESET_SCOPED_KNOWN != 0 {
		return refused(syscall.EINVAL, "scoped has only flags that landlock_create_ruleset knows")
	}
	if v.QuietAccessFs&^v.HandledAccessFs != 0 {
		return refused(syscall.EINVAL, "quiet_access_fs has only bits handled_access_fs has")
	}
	if v.QuietAccessNet&^v.HandledAccessNet != 0 {
		return refused(syscall.EINVAL, "quiet_access_net has only bits handled_access_net has")
	}
	if v.QuietScoped&^v.Scoped != 0 {
		return refused(syscall.EINVAL, "quiet_scoped has only bits scoped has")
	}
	if k.HandledAccessFs == 0 && k.HandledAccessNet == 0 && k.Scoped == 0 {
		return refused(syscall.ENOMSG, "one of handled_access_fs, handled_access_net, scoped is not zero")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *LandlockRulesetAttr) Verdict(size uint64) error {
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
func (a *LandlockRulesetAttr) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.QuietScoped != 0:
		needed = 48
	case v.QuietAccessNet != 0:
		needed = 40
	case v.QuietAccessFs != 0:
		needed = 32
	case v.Scoped != 0:
		needed = 24
	case v.HandledAccessNet != 0:
		needed = 16
	case v.HandledAccessFs != 0:
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

// LandlockCreateRuleset calls landlock_create_ruleset() with how, passing the smallest version that
// covers the fields that are set (SizeFor), after the kernel's checks made
// here.
func LandlockCreateRuleset(how *LandlockRulesetAttr, flags uint) (int, error) {
	size := how.SizeFor()
	if err := how.Verdict(size); err != nil {
		return -1, err
	}
	return LandlockCreateRulesetBytes(how.Bytes()[:size], flags)
}

// LandlockCreateRulesetBytes calls landlock_create_ruleset() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func LandlockCreateRulesetBytes(data []byte, flags uint) (int, error) {
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, uintptr(ptr), uintptr(len(data)), uintptr(flags), 0, 0, 0)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// levelKeep returns the bits each field keeps on a kernel of level (the table's
// highest level not above it), and false below the first level.
func levelKeep(level int64) ([6]uint64, bool) {
	switch {
	case level >= 11:
		return [6]uint64{0x1ffff, 0xf, 0x3, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, true
	case level >= 10:
		return [6]uint64{0x1ffff, 0xf, 0x3, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, true
	case level >= 9:
		return [6]uint64{0x1ffff, 0x3, 0x3, 0x0, 0x0, 0x0}, true
	case level >= 8:
		return [6]uint64{0xffff, 0x3, 0x3, 0x0, 0x0, 0x0}, true
	case level >= 7:
		return [6]uint64{0xffff, 0x3, 0x3, 0x0, 0x0, 0x0}, true
	case level >= 6:
		return [6]uint64{0xffff, 0x3, 0x3, 0x0, 0x0, 0x0}, true
	case level >= 5:
		return [6]uint64{0xffff, 0x3, 0x0, 0x0, 0x0, 0x0}, true
	case level >= 4:
		return [6]uint64{0x7fff, 0x3, 0x0, 0x0, 0x0, 0x0}, true
	case level >= 3:
		return [6]uint64{0x7fff, 0x0, 0x0, 0x0, 0x0, 0x0}, true
	case level >= 2:
		return [6]uint64{0x3fff, 0x0, 0x0, 0x0, 0x0, 0x0}, true
	case level >= 1:
		return [6]uint64{0x1fff, 0x0, 0x0, 0x0, 0x0, 0x0}, true
	}
	return [6]uint64{}, false
}

// AbiVersion returns the running kernel's level (LANDLOCK_CREATE_RULESET_VERSION); ENOSYS: the
// kernel is too old; EOPNOTSUPP: the interface is turned off at boot.
func AbiVersion() (int, error) {
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, 0, 0, 1, 0, 0, 0)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// ForLevel returns the request cut to what a kernel of level knows (its
// AbiVersion): the kernel refuses what its level does not know, so a program
// that asks for more than the running kernel has restricts what it can.
// EINVAL below the first level.
func (how *LandlockRulesetAttr) ForLevel(level int64) (*LandlockRulesetAttr, error) {
	keep, ok := levelKeep(level)
	if !ok {
		return nil, refused(syscall.EINVAL, "a level the interface has")
	}
	out := *how
	out.HandledAccessFs &= uint64(keep[0])
	out.HandledAccessNet &= uint64(keep[1])
	out.Scoped &= uint64(keep[2])
	out.QuietAccessFs &= uint64(keep[3])
	out.QuietAccessNet &= uint64(keep[4])
	out.QuietScoped &= uint64(keep[5])
	out.QuietAccessFs &= out.HandledAccessFs
	out.QuietAccessNet &= out.HandledAccessNet
	out.QuietScoped &= out.Scoped
	return &out, nil
}

// BestEffort returns the request cut to the running kernel's level.
func (how *LandlockRulesetAttr) BestEffort() (*LandlockRulesetAttr, error) {
	level, err := AbiVersion()
	if err != nil {
		return nil, err
	}
	return how.ForLevel(int64(level))
}
