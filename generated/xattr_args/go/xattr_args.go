// Generated from spec/xattr_args.yaml by clonegen; do not edit.
// Spec digest: sha256:3ce00ba754a1a031.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package xattrargs: Where the value of an extended attribute is, how long
// it is, and how setxattrat() stores it. The structure is versioned by its
// size like clone_args.
//
// Go bindings for struct xattr_args and setxattrat(): the struct, its
// sizes, flags, the kernel's checks and a wrapper over package syscall
// (standard library only), in the module clonegen.invalid/xattrargs.
// Architectures whose values this package states: x86_64, i386, arm64,
// riscv64, s390x, mips; it builds on Linux there and nowhere else.
package xattrargs

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 6.13).
	SIZE_VER0 = 16
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER0
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
}

// XATTR_SIZE_MAX: The largest value of an extended attribute.
const XATTR_SIZE_MAX = 0x10000

// The values that differ between architectures are constants of the file of
// each GOARCH, xattr_args_<goarch>.go: SYSCALL_NUMBER, nrGetxattrat.

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

// XattrArgs: Where the value of an extended attribute is, how long it is,
// and how setxattrat() stores it. The structure is versioned by its size
// like clone_args.
type XattrArgs struct {
	// value: The value's buffer, a user address: read by setxattrat(),
	// written by getxattrat().
	Value uint64
	// size: The value's length; for getxattrat() the buffer's (0: only ask
	// for the length).
	Size uint32
	// flags: XATTR_CREATE or XATTR_REPLACE for setxattrat(); 0 for
	// getxattrat().
	Flags uint32
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(XattrArgs{}.Value)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(XattrArgs{}.Size)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(XattrArgs{}.Flags)-12]
var _ = [1]struct{}{}[unsafe.Sizeof(XattrArgs{})-16]

// XattrArgsFlags are the flags of xattr_args.flags.
type XattrArgsFlags uint64

const (
	// XATTR_CREATE: Fail if the attribute exists. (Linux 6.13)
	XATTR_CREATE XattrArgsFlags = 1
	// XATTR_REPLACE: Fail if the attribute does not exist. (Linux 6.13)
	XATTR_REPLACE XattrArgsFlags = 2
)

// Has reports whether every flag of other is set.
func (f XattrArgsFlags) Has(other XattrArgsFlags) bool {
	return f&other == other
}

// SETXATTRAT_FLAGS_KNOWN: Flags setxattrat() knows in flags.
const SETXATTRAT_FLAGS_KNOWN = uint64(XATTR_CREATE) |
	uint64(XATTR_REPLACE)

// GETXATTRAT_FLAGS_KNOWN: Flags getxattrat() knows in flags.
const GETXATTRAT_FLAGS_KNOWN uint64 = 0

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// value: u64 in the kernel struct
	Value uint64
	// size: u32 in the kernel struct
	Size uint64
	// flags: u32 in the kernel struct
	Flags uint64
}

func (a *XattrArgs) values() values {
	return values{
		uint64(a.Value),
		uint64(a.Size),
		uint64(a.Flags),
	}
}

// kernel gives the members of the kernel struct, as the copy-in converts them.
func (v values) kernel() values {
	k := v
	k.Size = kernelBits(v.Size, 32, false)
	k.Flags = kernelBits(v.Flags, 32, false)
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
func (a *XattrArgs) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *XattrArgs {
	var a XattrArgs
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
		return refused(syscall.EINVAL, "size >= XATTR_ARGS_SIZE_VER0 (16)")
	}
	if size > pageSize() {
		return refused(syscall.E2BIG, "size <= PAGE_SIZE")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *XattrArgs) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if k.Flags&^SETXATTRAT_FLAGS_KNOWN != 0 {
		return refused(syscall.EINVAL, "flags has only flags that setxattrat knows")
	}
	if k.Size > XATTR_SIZE_MAX {
		return refused(syscall.E2BIG, "size <= XATTR_SIZE_MAX (0x10000)")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *XattrArgs) Verdict(size uint64) error {
	if err := sizeVerdict(size); err != nil {
		return err
	}
	b := a.Bytes()
	if size < SIZE_LATEST {
		b = b[:size]
	}
	return fromPrefix(b).checks(size)
}

// checksGetxattrat are the checks the kernel makes when the struct comes
// through Getxattrat, in its order, on values passed with size bytes.
func (a *XattrArgs) checksGetxattrat(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _, _ = v, k, size
	if k.Flags&^GETXATTRAT_FLAGS_KNOWN != 0 {
		return refused(syscall.EINVAL, "flags has only flags that getxattrat knows")
	}
	return nil
}

// VerdictGetxattrat says what the kernel says of these values passed with size
// bytes through Getxattrat: the size policy, then its checks.
func (a *XattrArgs) VerdictGetxattrat(size uint64) error {
	if err := sizeVerdict(size); err != nil {
		return err
	}
	b := a.Bytes()
	if size < SIZE_LATEST {
		b = b[:size]
	}
	return fromPrefix(b).checksGetxattrat(size)
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
func (a *XattrArgs) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.Flags != 0:
		needed = 16
	case v.Size != 0:
		needed = 12
	case v.Value != 0:
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

// Setxattrat calls setxattrat() with how, passing the smallest version that
// covers the fields that are set (SizeFor), after the kernel's checks made
// here.
func Setxattrat(dfd int, pathname string, at_flags uint, name string, how *XattrArgs) (int, error) {
	size := how.SizeFor()
	if err := how.Verdict(size); err != nil {
		return -1, err
	}
	return SetxattratBytes(dfd, pathname, at_flags, name, how.Bytes()[:size])
}

// SetxattratBytes calls setxattrat() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func SetxattratBytes(dfd int, pathname string, at_flags uint, name string, data []byte) (int, error) {
	p_pathname, err := syscall.BytePtrFromString(pathname)
	if err != nil {
		return -1, err
	}
	p_name, err := syscall.BytePtrFromString(name)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, uintptr(dfd), uintptr(unsafe.Pointer(p_pathname)), uintptr(at_flags), uintptr(unsafe.Pointer(p_name)), uintptr(ptr), uintptr(len(data)))
	runtime.KeepAlive(p_pathname)
	runtime.KeepAlive(p_name)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// Getxattrat calls getxattrat() with how, which fills the same kernel struct
// as setxattrat(): the smallest version that covers the fields that are set
// (SizeFor), after the kernel's checks made here.
func Getxattrat(dfd int, pathname string, at_flags uint, name string, how *XattrArgs) (int, error) {
	size := how.SizeFor()
	if err := how.VerdictGetxattrat(size); err != nil {
		return -1, err
	}
	return GetxattratBytes(dfd, pathname, at_flags, name, how.Bytes()[:size])
}

// GetxattratBytes calls getxattrat() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func GetxattratBytes(dfd int, pathname string, at_flags uint, name string, data []byte) (int, error) {
	p_pathname, err := syscall.BytePtrFromString(pathname)
	if err != nil {
		return -1, err
	}
	p_name, err := syscall.BytePtrFromString(name)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(nrGetxattrat, uintptr(dfd), uintptr(unsafe.Pointer(p_pathname)), uintptr(at_flags), uintptr(unsafe.Pointer(p_name)), uintptr(ptr), uintptr(len(data)))
	runtime.KeepAlive(p_pathname)
	runtime.KeepAlive(p_name)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
