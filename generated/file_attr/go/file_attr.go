// Generated from spec/file_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:351dc2749e61ac7c.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package fileattr: Miscellaneous attributes of a file: its FS_XFLAG_*
// flags, extent size hints, extent count and project id. The structure is
// versioned by its size like clone_args.
//
// Go bindings for struct file_attr and file_setattr(): the struct, its
// sizes, flags, the kernel's checks and a wrapper over package syscall
// (standard library only), in the module clonegen.invalid/fileattr.
// Architectures whose values this package states: x86_64, i386, arm64,
// riscv64, s390x, mips; it builds on Linux there and nowhere else.
package fileattr

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 6.17).
	SIZE_VER0 = 24
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER0
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
}

// The values that differ between architectures are constants of the file of
// each GOARCH, file_attr_<goarch>.go: SYSCALL_NUMBER, nrFileGetattr.

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

// FileAttr: Miscellaneous attributes of a file: its FS_XFLAG_* flags,
// extent size hints, extent count and project id. The structure is
// versioned by its size like clone_args.
type FileAttr struct {
	// fa_xflags: FS_XFLAG_* flags of the file.
	FaXflags uint64
	// fa_extsize: The extent size hint.
	FaExtsize uint32
	// fa_nextents: The number of extents: file_getattr() reports it,
	// file_setattr() ignores it.
	FaNextents uint32
	// fa_projid: The project identifier.
	FaProjid uint32
	// fa_cowextsize: The copy-on-write extent size hint.
	FaCowextsize uint32
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(FileAttr{}.FaXflags)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(FileAttr{}.FaExtsize)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(FileAttr{}.FaNextents)-12]
var _ = [1]struct{}{}[unsafe.Offsetof(FileAttr{}.FaProjid)-16]
var _ = [1]struct{}{}[unsafe.Offsetof(FileAttr{}.FaCowextsize)-20]
var _ = [1]struct{}{}[unsafe.Sizeof(FileAttr{})-24]

// FileAttrFaXflags are the flags of file_attr.fa_xflags.
type FileAttrFaXflags uint64

const (
	// FS_XFLAG_REALTIME: Data in the realtime volume. (Linux 6.17)
	FS_XFLAG_REALTIME FileAttrFaXflags = 1
	// FS_XFLAG_PREALLOC: Preallocated file extents (read-only). (Linux
	// 6.17)
	FS_XFLAG_PREALLOC FileAttrFaXflags = 2
	// FS_XFLAG_IMMUTABLE: The file cannot be modified. (Linux 6.17)
	FS_XFLAG_IMMUTABLE FileAttrFaXflags = 8
	// FS_XFLAG_APPEND: All writes append. (Linux 6.17)
	FS_XFLAG_APPEND FileAttrFaXflags = 16
	// FS_XFLAG_SYNC: All writes are synchronous. (Linux 6.17)
	FS_XFLAG_SYNC FileAttrFaXflags = 32
	// FS_XFLAG_NOATIME: Do not update the access time. (Linux 6.17)
	FS_XFLAG_NOATIME FileAttrFaXflags = 64
	// FS_XFLAG_NODUMP: Do not include in backups. (Linux 6.17)
	FS_XFLAG_NODUMP FileAttrFaXflags = 128
	// FS_XFLAG_RTINHERIT: Create with the realtime bit set. (Linux 6.17)
	FS_XFLAG_RTINHERIT FileAttrFaXflags = 0x100
	// FS_XFLAG_PROJINHERIT: Create with the parent's project id. (Linux
	// 6.17)
	FS_XFLAG_PROJINHERIT FileAttrFaXflags = 0x200
	// FS_XFLAG_NOSYMLINKS: Disallow symlink creation. (Linux 6.17)
	FS_XFLAG_NOSYMLINKS FileAttrFaXflags = 0x400
	// FS_XFLAG_EXTSIZE: The extent size hint is set. (Linux 6.17)
	FS_XFLAG_EXTSIZE FileAttrFaXflags = 0x800
	// FS_XFLAG_EXTSZINHERIT: Inherit the extent size hint. (Linux 6.17)
	FS_XFLAG_EXTSZINHERIT FileAttrFaXflags = 0x1000
	// FS_XFLAG_NODEFRAG: Do not defragment. (Linux 6.17)
	FS_XFLAG_NODEFRAG FileAttrFaXflags = 0x2000
	// FS_XFLAG_FILESTREAM: Use the filestream allocator. (Linux 6.17)
	FS_XFLAG_FILESTREAM FileAttrFaXflags = 0x4000
	// FS_XFLAG_DAX: Use DAX for I/O. (Linux 6.17)
	FS_XFLAG_DAX FileAttrFaXflags = 0x8000
	// FS_XFLAG_COWEXTSIZE: The copy-on-write extent size hint is set.
	// (Linux 6.17)
	FS_XFLAG_COWEXTSIZE FileAttrFaXflags = 0x10000
	// FS_XFLAG_VERITY: fs-verity is enabled (read-only). (Linux 7.3)
	FS_XFLAG_VERITY FileAttrFaXflags = 0x20000
	// FS_XFLAG_CASEFOLD: Case-insensitive lookups (read-only). (Linux 7.3)
	FS_XFLAG_CASEFOLD FileAttrFaXflags = 0x40000
	// FS_XFLAG_CASENONPRESERVING: Case is not preserved (read-only).
	// (Linux 7.3)
	FS_XFLAG_CASENONPRESERVING FileAttrFaXflags = 0x80000
	// FS_XFLAG_HASATTR: The inode has extended attributes (read-only).
	// (Linux 6.17)
	FS_XFLAG_HASATTR FileAttrFaXflags = 0x80000000
)

// Has reports whether every flag of other is set.
func (f FileAttrFaXflags) Has(other FileAttrFaXflags) bool {
	return f&other == other
}

// FILE_SETATTR_FA_XFLAGS_KNOWN: Flags file_setattr() knows in fa_xflags.
const FILE_SETATTR_FA_XFLAGS_KNOWN = uint64(FS_XFLAG_REALTIME) |
	uint64(FS_XFLAG_PREALLOC) |
	uint64(FS_XFLAG_IMMUTABLE) |
	uint64(FS_XFLAG_APPEND) |
	uint64(FS_XFLAG_SYNC) |
	uint64(FS_XFLAG_NOATIME) |
	uint64(FS_XFLAG_NODUMP) |
	uint64(FS_XFLAG_RTINHERIT) |
	uint64(FS_XFLAG_PROJINHERIT) |
	uint64(FS_XFLAG_NOSYMLINKS) |
	uint64(FS_XFLAG_EXTSIZE) |
	uint64(FS_XFLAG_EXTSZINHERIT) |
	uint64(FS_XFLAG_NODEFRAG) |
	uint64(FS_XFLAG_FILESTREAM) |
	uint64(FS_XFLAG_DAX) |
	uint64(FS_XFLAG_COWEXTSIZE) |
	uint64(FS_XFLAG_VERITY) |
	uint64(FS_XFLAG_CASEFOLD) |
	uint64(FS_XFLAG_CASENONPRESERVING) |
	uint64(FS_XFLAG_HASATTR)

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// fa_xflags: u64 in the kernel struct
	FaXflags uint64
	// fa_extsize: u32 in the kernel struct
	FaExtsize uint64
	// fa_nextents: u32 in the kernel struct
	FaNextents uint64
	// fa_projid: u32 in the kernel struct
	FaProjid uint64
	// fa_cowextsize: u32 in the kernel struct
	FaCowextsize uint64
}

func (a *FileAttr) values() values {
	return values{
		uint64(a.FaXflags),
		uint64(a.FaExtsize),
		uint64(a.FaNextents),
		uint64(a.FaProjid),
		uint64(a.FaCowextsize),
	}
}

// kernel gives the members of the kernel struct, as the copy-in converts them.
func (v values) kernel() values {
	k := v
	k.FaExtsize = kernelBits(v.FaExtsize, 32, false)
	k.FaNextents = kernelBits(v.FaNextents, 32, false)
	k.FaProjid = kernelBits(v.FaProjid, 32, false)
	k.FaCowextsize = kernelBits(v.FaCowextsize, 32, false)
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
func (a *FileAttr) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *FileAttr {
	var a FileAttr
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
		return refused(syscall.EINVAL, "size >= FILE_ATTR_SIZE_VER0 (24)")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *FileAttr) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if v.FaXflags&^FILE_SETATTR_FA_XFLAGS_KNOWN != 0 {
		return refused(syscall.EINVAL, "fa_xflags has only flags that file_setattr knows")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *FileAttr) Verdict(size uint64) error {
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
func (a *FileAttr) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.FaCowextsize != 0:
		needed = 24
	case v.FaProjid != 0:
		needed = 20
	case v.FaNextents != 0:
		needed = 16
	case v.FaExtsize != 0:
		needed = 12
	case v.FaXflags != 0:
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

// FileSetattr calls file_setattr() with how, passing the smallest version that
// covers the fields that are set (SizeFor), after the kernel's checks made
// here.
func FileSetattr(dfd int, filename string, how *FileAttr, at_flags uint) (int, error) {
	size := how.SizeFor()
	if err := how.Verdict(size); err != nil {
		return -1, err
	}
	return FileSetattrBytes(dfd, filename, how.Bytes()[:size], at_flags)
}

// FileSetattrBytes calls file_setattr() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func FileSetattrBytes(dfd int, filename string, data []byte, at_flags uint) (int, error) {
	p_filename, err := syscall.BytePtrFromString(filename)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, uintptr(dfd), uintptr(unsafe.Pointer(p_filename)), uintptr(ptr), uintptr(len(data)), uintptr(at_flags), 0)
	runtime.KeepAlive(p_filename)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// FileGetattr calls file_getattr(): the struct as the kernel writes it into
// SIZE_LATEST bytes.
func FileGetattr(dfd int, filename string, at_flags uint) (*FileAttr, error) {
	var data [SIZE_LATEST]byte
	if _, err := FileGetattrBytes(dfd, filename, data[:], at_flags); err != nil {
		return nil, err
	}
	return fromPrefix(data[:]), nil
}

// FileGetattrBytes calls file_getattr() into data, of any size (len(data), the size
// passed): the kernel writes at most that many bytes.
func FileGetattrBytes(dfd int, filename string, data []byte, at_flags uint) (int, error) {
	p_filename, err := syscall.BytePtrFromString(filename)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(nrFileGetattr, uintptr(dfd), uintptr(unsafe.Pointer(p_filename)), uintptr(ptr), uintptr(len(data)), uintptr(at_flags), 0)
	runtime.KeepAlive(p_filename)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
