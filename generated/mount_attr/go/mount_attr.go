// Generated from spec/mount_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:3ba751bd668b6e82.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package mountattr: Mount attributes to set and clear on a mount or a
// mount tree, its propagation type, and the user namespace of an idmapped
// mount. The structure is versioned by its size like clone_args.
//
// Go bindings for struct mount_attr and mount_setattr(): the struct, its
// sizes, flags, the kernel's checks and a wrapper over package syscall
// (standard library only), in the module clonegen.invalid/mountattr.
// Architectures whose values this package states: x86_64, i386, arm64,
// riscv64, s390x, mips; it builds on Linux there and nowhere else.
package mountattr

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 5.12).
	SIZE_VER0 = 32
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER0
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
}

// MOUNT_ATTR__ATIME: The atime setting: an enum in three bits, not flags.
const MOUNT_ATTR__ATIME = 112

// The values that differ between architectures are constants of the file of
// each GOARCH, mount_attr_<goarch>.go: SYSCALL_NUMBER, nrOpenTreeAttr.

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

// MountAttr: Mount attributes to set and clear on a mount or a mount tree,
// its propagation type, and the user namespace of an idmapped mount. The
// structure is versioned by its size like clone_args.
type MountAttr struct {
	// attr_set: MOUNT_ATTR_* attributes to set.
	AttrSet uint64
	// attr_clr: MOUNT_ATTR_* attributes to clear.
	AttrClr uint64
	// propagation: The propagation type to give the mount: one of
	// MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED, or 0 to keep it.
	Propagation uint64
	// userns_fd: A user namespace file descriptor for MOUNT_ATTR_IDMAP.
	UsernsFd uint64
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(MountAttr{}.AttrSet)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(MountAttr{}.AttrClr)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(MountAttr{}.Propagation)-16]
var _ = [1]struct{}{}[unsafe.Offsetof(MountAttr{}.UsernsFd)-24]
var _ = [1]struct{}{}[unsafe.Sizeof(MountAttr{})-32]

// MountAttrAttrSet are the flags of mount_attr.attr_set.
type MountAttrAttrSet uint64

const (
	// MOUNT_ATTR_RDONLY: Mount read-only. (Linux 5.12)
	MOUNT_ATTR_RDONLY MountAttrAttrSet = 1
	// MOUNT_ATTR_NOSUID: Ignore suid and sgid bits. (Linux 5.12)
	MOUNT_ATTR_NOSUID MountAttrAttrSet = 2
	// MOUNT_ATTR_NODEV: Disallow access to device special files. (Linux
	// 5.12)
	MOUNT_ATTR_NODEV MountAttrAttrSet = 4
	// MOUNT_ATTR_NOEXEC: Disallow program execution. (Linux 5.12)
	MOUNT_ATTR_NOEXEC MountAttrAttrSet = 8
	// MOUNT_ATTR_NOATIME: Do not update access times (an atime setting).
	// (Linux 5.12)
	MOUNT_ATTR_NOATIME MountAttrAttrSet = 16
	// MOUNT_ATTR_STRICTATIME: Always update access times (an atime
	// setting). (Linux 5.12)
	MOUNT_ATTR_STRICTATIME MountAttrAttrSet = 32
	// MOUNT_ATTR_NODIRATIME: Do not update directory access times. (Linux
	// 5.12)
	MOUNT_ATTR_NODIRATIME MountAttrAttrSet = 128
	// MOUNT_ATTR_IDMAP: Idmap the mount to the user namespace at
	// userns_fd. (Linux 5.12)
	MOUNT_ATTR_IDMAP MountAttrAttrSet = 0x100000
	// MOUNT_ATTR_NOSYMFOLLOW: Do not follow symlinks. (Linux 5.14)
	MOUNT_ATTR_NOSYMFOLLOW MountAttrAttrSet = 0x200000
)

// Has reports whether every flag of other is set.
func (f MountAttrAttrSet) Has(other MountAttrAttrSet) bool {
	return f&other == other
}

// MountAttrPropagation are the flags of mount_attr.propagation.
type MountAttrPropagation uint64

const (
	// MS_UNBINDABLE: Make the mount unbindable. (Linux 5.12)
	MS_UNBINDABLE MountAttrPropagation = 0x20000
	// MS_PRIVATE: Make the mount private. (Linux 5.12)
	MS_PRIVATE MountAttrPropagation = 0x40000
	// MS_SLAVE: Make the mount a slave. (Linux 5.12)
	MS_SLAVE MountAttrPropagation = 0x80000
	// MS_SHARED: Make the mount shared. (Linux 5.12)
	MS_SHARED MountAttrPropagation = 0x100000
)

// Has reports whether every flag of other is set.
func (f MountAttrPropagation) Has(other MountAttrPropagation) bool {
	return f&other == other
}

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// attr_set: u64 in the kernel struct
	AttrSet uint64
	// attr_clr: u64 in the kernel struct
	AttrClr uint64
	// propagation: u64 in the kernel struct
	Propagation uint64
	// userns_fd: u64 in the kernel struct
	UsernsFd uint64
}

func (a *MountAttr) values() values {
	return values{
		uint64(a.AttrSet),
		uint64(a.AttrClr),
		uint64(a.Propagation),
		uint64(a.UsernsFd),
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
func (a *MountAttr) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *MountAttr {
	var a MountAttr
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
		return refused(syscall.EINVAL, "size >= MOUNT_ATTR_SIZE_VER0 (32)")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *MountAttr) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if v.Propagation&^0x1e0000 != 0 {
		return refused(syscall.EINVAL, "propagation has no bits outside 0x1e0000")
	}
	if v.Propagation&0x1e0000&(v.Propagation&0x1e0000-1) != 0 {
		return refused(syscall.EINVAL, "propagation has at most one of MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED")
	}
	if v.AttrSet&^0x3000ff != 0 {
		return refused(syscall.EINVAL, "attr_set has no bits outside 0x3000ff")
	}
	if v.AttrClr&^0x3000ff != 0 {
		return refused(syscall.EINVAL, "attr_clr has no bits outside 0x3000ff")
	}
	if v.AttrClr&MOUNT_ATTR__ATIME != 0 && v.AttrClr&MOUNT_ATTR__ATIME != MOUNT_ATTR__ATIME {
		return refused(syscall.EINVAL, "when attr_clr has any of MOUNT_ATTR__ATIME: attr_clr has all of MOUNT_ATTR__ATIME")
	}
	if v.AttrClr&MOUNT_ATTR__ATIME != 0 && v.AttrSet&48 == 48 {
		return refused(syscall.EINVAL, "when attr_clr has any of MOUNT_ATTR__ATIME: attr_set does not have both MOUNT_ATTR_NOATIME and MOUNT_ATTR_STRICTATIME")
	}
	if v.AttrClr&MOUNT_ATTR__ATIME != 0 && v.AttrSet&^0x3000bf != 0 {
		return refused(syscall.EINVAL, "when attr_clr has any of MOUNT_ATTR__ATIME: attr_set has no bits outside 0x3000bf")
	}
	if v.AttrClr&MOUNT_ATTR__ATIME == 0 && v.AttrSet&^0x30008f != 0 {
		return refused(syscall.EINVAL, "when attr_clr has none of MOUNT_ATTR__ATIME: attr_set has no bits outside 0x30008f")
	}
	if k.AttrClr&^0x2000ff != 0 {
		return refused(syscall.EINVAL, "attr_clr has no bits outside 0x2000ff")
	}
	if k.AttrSet&0x100000 != 0 && k.UsernsFd > 0x7fffffff {
		return refused(syscall.EINVAL, "when attr_set has any of MOUNT_ATTR_IDMAP: userns_fd <= 0x7fffffff")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *MountAttr) Verdict(size uint64) error {
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
func (a *MountAttr) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.UsernsFd != 0:
		needed = 32
	case v.Propagation != 0:
		needed = 24
	case v.AttrClr != 0:
		needed = 16
	case v.AttrSet != 0:
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

// MountSetattr calls mount_setattr() with how, passing the smallest version that
// covers the fields that are set (SizeFor), after the kernel's checks made
// here.
func MountSetattr(dfd int, path string, flags uint, how *MountAttr) (int, error) {
	size := how.SizeFor()
	if err := how.Verdict(size); err != nil {
		return -1, err
	}
	return MountSetattrBytes(dfd, path, flags, how.Bytes()[:size])
}

// MountSetattrBytes calls mount_setattr() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func MountSetattrBytes(dfd int, path string, flags uint, data []byte) (int, error) {
	p_path, err := syscall.BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, uintptr(dfd), uintptr(unsafe.Pointer(p_path)), uintptr(flags), uintptr(ptr), uintptr(len(data)), 0)
	runtime.KeepAlive(p_path)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// OpenTreeAttr calls open_tree_attr() with how, which fills the same kernel struct
// as mount_setattr(): the smallest version that covers the fields that are set
// (SizeFor), after the kernel's checks made here.
func OpenTreeAttr(dfd int, filename string, flags uint, how *MountAttr) (int, error) {
	size := how.SizeFor()
	if err := how.Verdict(size); err != nil {
		return -1, err
	}
	return OpenTreeAttrBytes(dfd, filename, flags, how.Bytes()[:size])
}

// OpenTreeAttrBytes calls open_tree_attr() with the struct given as bytes, of any
// size (len(data)), unchecked: the kernel gives its own answer.
func OpenTreeAttrBytes(dfd int, filename string, flags uint, data []byte) (int, error) {
	p_filename, err := syscall.BytePtrFromString(filename)
	if err != nil {
		return -1, err
	}
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(nrOpenTreeAttr, uintptr(dfd), uintptr(unsafe.Pointer(p_filename)), uintptr(flags), uintptr(ptr), uintptr(len(data)), 0)
	runtime.KeepAlive(p_filename)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
