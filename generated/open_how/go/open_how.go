// Generated from spec/open_how.yaml by clonegen; do not edit.
// Spec digest: sha256:61f4ceec3e13bc1f.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package openhow: How openat2() opens a path: the open flags, the mode of
// a created file, and the RESOLVE_* restrictions on path resolution. The
// structure is versioned by its size like clone_args.
//
// Go bindings for struct open_how and openat2(): the struct, its sizes,
// flags, the kernel's checks and a wrapper over package syscall (standard
// library only), in the module clonegen.invalid/openhow. Architectures
// whose values this package states: x86_64, i386, arm64, riscv64, s390x,
// mips; it builds on Linux there and nowhere else.
package openhow

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 5.6).
	SIZE_VER0 = 24
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER0
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
}

// O_CLOEXEC: Close the descriptor on exec.
const O_CLOEXEC = 0x80000

// O_PATH: Open a location only, not the file.
const O_PATH = 0x200000

// __O_TMPFILE: Create an unnamed temporary file.
const __O_TMPFILE = 0x400000

// O_TRUNC: Truncate an existing file to length 0.
const O_TRUNC = 0x200

// O_ACCMODE: The access mode bits: O_RDONLY, O_WRONLY, O_RDWR.
const O_ACCMODE = 3

// S_IALLUGO: Permission, setuid, setgid and sticky bits.
const S_IALLUGO = 0xfff

// O_RDONLY: Open for reading only (an access mode).
const O_RDONLY = 0

// O_WRONLY: Open for writing only (an access mode).
const O_WRONLY = 1

// O_RDWR: Open for reading and writing (an access mode).
const O_RDWR = 2

// O_NOATIME: Do not update the access time.
const O_NOATIME = 0x40000

// O_EMPTYPATH: Allow an empty path: open the file at dirfd itself.
const O_EMPTYPATH = 0x4000000

// OPENAT2_REGULAR: Only open regular files. The bit lies above the 32 bits
// of open()'s flags, so only openat2() can ask for it.
const OPENAT2_REGULAR = 0x100000000

// The values that differ between architectures are constants of the file of
// each GOARCH, open_how_<goarch>.go: O_CREAT, O_DIRECTORY, O_NOFOLLOW,
// O_EXCL, O_NOCTTY, O_APPEND, O_NONBLOCK, O_SYNC, __O_SYNC, O_DSYNC,
// O_DIRECT, O_LARGEFILE, O_TMPFILE, FASYNC, O_NDELAY, VALID_OPEN_FLAGS,
// O_PATH_FLAGS, VALID_OPENAT2_FLAGS, SYSCALL_NUMBER.

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

// OpenHow: How openat2() opens a path: the open flags, the mode of a
// created file, and the RESOLVE_* restrictions on path resolution. The
// structure is versioned by its size like clone_args.
type OpenHow struct {
	// flags: O_* flags, as for openat(); unknown bits are refused.
	Flags uint64
	// mode: Mode of a file created with O_CREAT or O_TMPFILE; zero
	// otherwise.
	Mode uint64
	// resolve: RESOLVE_* flags restricting path resolution.
	Resolve uint64
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(OpenHow{}.Flags)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(OpenHow{}.Mode)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(OpenHow{}.Resolve)-16]
var _ = [1]struct{}{}[unsafe.Sizeof(OpenHow{})-24]

// OpenHowResolve are the flags of open_how.resolve.
type OpenHowResolve uint64

const (
	// RESOLVE_NO_XDEV: Block mount-point crossings, bind mounts included.
	// (Linux 5.6)
	RESOLVE_NO_XDEV OpenHowResolve = 1
	// RESOLVE_NO_MAGICLINKS: Block traversal through procfs-style magic
	// links. (Linux 5.6)
	RESOLVE_NO_MAGICLINKS OpenHowResolve = 2
	// RESOLVE_NO_SYMLINKS: Block traversal through all symlinks (and so
	// through magic links too). (Linux 5.6)
	RESOLVE_NO_SYMLINKS OpenHowResolve = 4
	// RESOLVE_BENEATH: Refuse to resolve outside the directory at dirfd.
	// (Linux 5.6)
	RESOLVE_BENEATH OpenHowResolve = 8
	// RESOLVE_IN_ROOT: Treat dirfd as the root of the lookup. (Linux 5.6)
	RESOLVE_IN_ROOT OpenHowResolve = 16
	// RESOLVE_CACHED: Only complete the lookup from the dentry cache;
	// openat2() fails with EAGAIN where it cannot. (Linux 5.12)
	RESOLVE_CACHED OpenHowResolve = 32
)

// Has reports whether every flag of other is set.
func (f OpenHowResolve) Has(other OpenHowResolve) bool {
	return f&other == other
}

// OPENAT2_RESOLVE_KNOWN: Flags openat2() knows in resolve.
const OPENAT2_RESOLVE_KNOWN = uint64(RESOLVE_NO_XDEV) |
	uint64(RESOLVE_NO_MAGICLINKS) |
	uint64(RESOLVE_NO_SYMLINKS) |
	uint64(RESOLVE_BENEATH) |
	uint64(RESOLVE_IN_ROOT) |
	uint64(RESOLVE_CACHED)

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// flags: u64 in the kernel struct
	Flags uint64
	// mode: u64 in the kernel struct
	Mode uint64
	// resolve: u64 in the kernel struct
	Resolve uint64
}

func (a *OpenHow) values() values {
	return values{
		uint64(a.Flags),
		uint64(a.Mode),
		uint64(a.Resolve),
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
func (a *OpenHow) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *OpenHow {
	var a OpenHow
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
		return refused(syscall.EINVAL, "size >= OPEN_HOW_SIZE_VER0 (24)")
	}
	if size > pageSize() {
		return refused(syscall.E2BIG, "size <= PAGE_SIZE")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *OpenHow) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if k.Flags&^VALID_OPENAT2_FLAGS != 0 {
		return refused(syscall.EINVAL, "flags has no bits outside VALID_OPENAT2_FLAGS")
	}
	if k.Resolve&^OPENAT2_RESOLVE_KNOWN != 0 {
		return refused(syscall.EINVAL, "resolve has only flags that openat2 knows")
	}
	if k.Resolve&24 == 24 {
		return refused(syscall.EINVAL, "resolve does not have both RESOLVE_BENEATH and RESOLVE_IN_ROOT")
	}
	if k.Flags&(O_CREAT|__O_TMPFILE) != 0 && k.Mode&^S_IALLUGO != 0 {
		return refused(syscall.EINVAL, "when flags has any of O_CREAT, __O_TMPFILE: mode has no bits outside S_IALLUGO")
	}
	if k.Flags&(O_CREAT|__O_TMPFILE) == 0 && k.Mode != 0 {
		return refused(syscall.EINVAL, "when flags has none of O_CREAT, __O_TMPFILE: mode == 0")
	}
	if k.Flags&(O_DIRECTORY|O_CREAT) == (O_DIRECTORY | O_CREAT) {
		return refused(syscall.EINVAL, "flags does not have both O_DIRECTORY and O_CREAT")
	}
	if k.Flags&__O_TMPFILE != 0 && k.Flags&O_DIRECTORY != O_DIRECTORY {
		return refused(syscall.EINVAL, "when flags has any of __O_TMPFILE: flags has all of O_DIRECTORY")
	}
	if k.Flags&__O_TMPFILE != 0 && k.Flags&O_ACCMODE == 0 {
		return refused(syscall.EINVAL, "when flags has any of __O_TMPFILE: flags has at least one of O_ACCMODE")
	}
	if k.Flags&(O_DIRECTORY|OPENAT2_REGULAR) == (O_DIRECTORY | OPENAT2_REGULAR) {
		return refused(syscall.EINVAL, "flags does not have both O_DIRECTORY and OPENAT2_REGULAR")
	}
	if k.Flags&O_PATH != 0 && k.Flags&^O_PATH_FLAGS != 0 {
		return refused(syscall.EINVAL, "when flags has any of O_PATH: flags has no bits outside O_PATH_FLAGS")
	}
	if k.Resolve&32 != 0 && k.Flags&(O_TRUNC|O_CREAT|__O_TMPFILE) != 0 {
		return refused(syscall.EAGAIN, "when resolve has any of RESOLVE_CACHED: flags has none of O_TRUNC, O_CREAT, __O_TMPFILE")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *OpenHow) Verdict(size uint64) error {
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
func (a *OpenHow) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.Resolve != 0:
		needed = 24
	case v.Mode != 0:
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

// Openat2 calls openat2() with how, passing the smallest version that
// covers the fields that are set (SizeFor), after the kernel's checks made
// here.
func Openat2(dfd int, filename string, how *OpenHow) (int, error) {
	size := how.SizeFor()
	if err := how.Verdict(size); err != nil {
		return -1, err
	}
	return Openat2Bytes(dfd, filename, how.Bytes()[:size])
}

// Openat2Bytes calls openat2() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func Openat2Bytes(dfd int, filename string, data []byte) (int, error) {
	p_filename, err := syscall.BytePtrFromString(filename)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, uintptr(dfd), uintptr(unsafe.Pointer(p_filename)), uintptr(ptr), uintptr(len(data)), 0, 0)
	runtime.KeepAlive(p_filename)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
