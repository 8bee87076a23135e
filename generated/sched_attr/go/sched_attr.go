// Generated from spec/sched_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:0e3b10430f833d3c.

//go:build linux && (amd64 || 386 || arm64 || riscv64 || s390x || mips || mipsle)

// Package schedattr: Extended scheduling parameters of a thread: its policy
// and flags, the nice value or static priority, the runtime, deadline and
// period of a deadline task, and the utilization clamps. The structure is
// versioned by the size it carries in its first word.
//
// Go bindings for struct sched_attr and sched_setattr(): the struct, its
// sizes, flags, the kernel's checks and a wrapper over package syscall
// (standard library only), in the module clonegen.invalid/schedattr.
// Architectures whose values this package states: x86_64, i386, arm64,
// riscv64, s390x, mips; it builds on Linux there and nowhere else.
package schedattr

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	// SIZE_VER0 is the size of the struct in VER0 (Linux 3.14).
	SIZE_VER0 = 48
	// SIZE_VER1 is the size of the struct in VER1 (Linux 5.3).
	SIZE_VER1 = 56
	// SIZE_LATEST is the size of the struct this package knows.
	SIZE_LATEST = SIZE_VER1
)

// SIZES are the published sizes, oldest first.
var SIZES = [...]uint64{
	SIZE_VER0,
	SIZE_VER1,
}

// MIN_NICE: The lowest nice value.
const MIN_NICE = -20

// MAX_NICE: The highest nice value.
const MAX_NICE = 19

// The values that differ between architectures are constants of the file of
// each GOARCH, sched_attr_<goarch>.go: SYSCALL_NUMBER, nrSchedGetattr.

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

// SchedAttr: Extended scheduling parameters of a thread: its policy and
// flags, the nice value or static priority, the runtime, deadline and
// period of a deadline task, and the utilization clamps. The structure is
// versioned by the size it carries in its first word.
type SchedAttr struct {
	// size: Size of the structure the caller was built with; 0 means VER0.
	// The kernel writes its own size here when it refuses the caller's.
	Size uint32
	// sched_policy: Scheduling policy (SCHED_NORMAL, SCHED_FIFO, ...).
	SchedPolicy uint32
	// sched_flags: SCHED_FLAG_* flags customizing the scheduler's
	// behaviour.
	SchedFlags uint64
	// sched_nice: Nice value for SCHED_NORMAL and SCHED_BATCH; clamped to
	// the valid range, not refused.
	SchedNice int32
	// sched_priority: Static priority for SCHED_FIFO and SCHED_RR.
	SchedPriority uint32
	// sched_runtime: Runtime of a deadline task in nanoseconds (the slice
	// of a fair task).
	SchedRuntime uint64
	// sched_deadline: Relative deadline of a deadline task in nanoseconds.
	SchedDeadline uint64
	// sched_period: Period of a deadline task in nanoseconds.
	SchedPeriod uint64
	// sched_util_min: Minimum utilization, 0 to 1024, or -1 to reset.
	SchedUtilMin uint32
	// sched_util_max: Maximum utilization, 0 to 1024, or -1 to reset.
	SchedUtilMax uint32
}

// The layout, proven when the package is compiled: a constant index out of
// the range of a one-element array is a build error.
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.Size)-0]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedPolicy)-4]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedFlags)-8]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedNice)-16]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedPriority)-20]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedRuntime)-24]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedDeadline)-32]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedPeriod)-40]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedUtilMin)-48]
var _ = [1]struct{}{}[unsafe.Offsetof(SchedAttr{}.SchedUtilMax)-52]
var _ = [1]struct{}{}[unsafe.Sizeof(SchedAttr{})-56]

// SchedAttrSchedFlags are the flags of sched_attr.sched_flags.
type SchedAttrSchedFlags uint64

const (
	// SCHED_FLAG_RESET_ON_FORK: Children do not inherit a privileged
	// policy. (Linux 3.14)
	SCHED_FLAG_RESET_ON_FORK SchedAttrSchedFlags = 1
	// SCHED_FLAG_RECLAIM: A deadline task may reclaim unused bandwidth.
	// (Linux 4.13)
	SCHED_FLAG_RECLAIM SchedAttrSchedFlags = 2
	// SCHED_FLAG_DL_OVERRUN: Send SIGXCPU when a deadline task overruns
	// its runtime. (Linux 4.16)
	SCHED_FLAG_DL_OVERRUN SchedAttrSchedFlags = 4
	// SCHED_FLAG_KEEP_POLICY: Keep the current policy; sched_policy is
	// ignored. (Linux 5.3)
	SCHED_FLAG_KEEP_POLICY SchedAttrSchedFlags = 8
	// SCHED_FLAG_KEEP_PARAMS: Keep the current parameters; the nice,
	// priority and deadline fields are ignored. (Linux 5.3)
	SCHED_FLAG_KEEP_PARAMS SchedAttrSchedFlags = 16
	// SCHED_FLAG_UTIL_CLAMP_MIN: Set the minimum utilization clamp. (Linux
	// 5.3)
	SCHED_FLAG_UTIL_CLAMP_MIN SchedAttrSchedFlags = 32
	// SCHED_FLAG_UTIL_CLAMP_MAX: Set the maximum utilization clamp. (Linux
	// 5.3)
	SCHED_FLAG_UTIL_CLAMP_MAX SchedAttrSchedFlags = 64
)

// Has reports whether every flag of other is set.
func (f SchedAttrSchedFlags) Has(other SchedAttrSchedFlags) bool {
	return f&other == other
}

// values holds each field as 64 bits; a signed one sign-extended.
type values struct {
	// size: u32 in the kernel struct
	Size uint64
	// sched_policy: u32 in the kernel struct
	SchedPolicy uint64
	// sched_flags: u64 in the kernel struct
	SchedFlags uint64
	// sched_nice: s32 in the kernel struct
	SchedNice uint64
	// sched_priority: u32 in the kernel struct
	SchedPriority uint64
	// sched_runtime: u64 in the kernel struct
	SchedRuntime uint64
	// sched_deadline: u64 in the kernel struct
	SchedDeadline uint64
	// sched_period: u64 in the kernel struct
	SchedPeriod uint64
	// sched_util_min: u32 in the kernel struct
	SchedUtilMin uint64
	// sched_util_max: u32 in the kernel struct
	SchedUtilMax uint64
}

func (a *SchedAttr) values() values {
	return values{
		uint64(a.Size),
		uint64(a.SchedPolicy),
		uint64(a.SchedFlags),
		uint64(a.SchedNice),
		uint64(a.SchedPriority),
		uint64(a.SchedRuntime),
		uint64(a.SchedDeadline),
		uint64(a.SchedPeriod),
		uint64(a.SchedUtilMin),
		uint64(a.SchedUtilMax),
	}
}

// kernel gives the members of the kernel struct, as the copy-in converts them.
func (v values) kernel() values {
	k := v
	k.Size = kernelBits(v.Size, 32, false)
	k.SchedPolicy = kernelBits(v.SchedPolicy, 32, false)
	k.SchedNice = kernelBits(v.SchedNice, 32, true)
	k.SchedPriority = kernelBits(v.SchedPriority, 32, false)
	k.SchedUtilMin = kernelBits(v.SchedUtilMin, 32, false)
	k.SchedUtilMax = kernelBits(v.SchedUtilMax, 32, false)
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
func (a *SchedAttr) Bytes() []byte {
	b := *(*[SIZE_LATEST]byte)(unsafe.Pointer(a))
	return b[:]
}

func fromPrefix(data []byte) *SchedAttr {
	var a SchedAttr
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
		return refused(syscall.E2BIG, "size >= SCHED_ATTR_SIZE_VER0 (48)")
	}
	if size > pageSize() {
		return refused(syscall.E2BIG, "size <= PAGE_SIZE")
	}
	return nil
}

// checks are the kernel's checks, in its order, on values passed with size bytes.
func (a *SchedAttr) checks(size uint64) error {
	v := a.values()
	k := v.kernel()
	_, _ = v, k
	if v.SchedFlags&96 != 0 && size < SIZE_VER1 {
		return refused(syscall.EINVAL, "when sched_flags has any of SCHED_FLAG_UTIL_CLAMP_MIN, SCHED_FLAG_UTIL_CLAMP_MAX: the caller's size is at least VER1 (56)")
	}
	if k.SchedPolicy > 0x7fffffff {
		return refused(syscall.EINVAL, "sched_policy <= 0x7fffffff")
	}
	return nil
}

// Verdict says what the kernel says of these values passed with size bytes:
// the size policy, then the checks, on the fields the size covers (an older
// caller's struct is zero-filled). Bytes past the struct are taken as zero.
func (a *SchedAttr) Verdict(size uint64) error {
	if size == 0 {
		size = SIZE_VER0
	}
	if err := sizeVerdict(size); err != nil {
		return err
	}
	b := a.Bytes()
	if size < SIZE_LATEST {
		b = b[:size]
	}
	return fromPrefix(b).checks(size)
}

// VerdictBytes says what the kernel says of a struct given as bytes: the size
// its Size field states (read first; 0 means SIZE_VER0), the size
// policy, a non-zero tail up to that size, EFAULT where the kernel would read
// past data, then the checks on the bytes it covers.
func VerdictBytes(data []byte) error {
	size, err := fieldSize(data)
	if err != nil {
		return err
	}
	if err := sizeVerdict(size); err != nil {
		return err
	}
	if size < uint64(len(data)) {
		data = data[:size]
	}
	// The kernel reads the bytes past its struct first: a non-zero one is
	// refused before a read past data faults.
	if err := tail(data); err != nil {
		return err
	}
	if size > uint64(len(data)) {
		return refused(syscall.EFAULT, sizeFault)
	}
	return fromPrefix(data).checks(size)
}

// SizeFor gives the smallest version that covers every field that is set and
// that the checks accept (a check may need a newer caller), else the
// smallest that covers the fields.
func (a *SchedAttr) SizeFor() uint64 {
	v := a.values()
	needed := uint64(0)
	switch {
	case v.SchedUtilMax != 0:
		needed = 56
	case v.SchedUtilMin != 0:
		needed = 52
	case v.SchedPeriod != 0:
		needed = 48
	case v.SchedDeadline != 0:
		needed = 40
	case v.SchedRuntime != 0:
		needed = 32
	case v.SchedPriority != 0:
		needed = 24
	case v.SchedNice != 0:
		needed = 20
	case v.SchedFlags != 0:
		needed = 16
	case v.SchedPolicy != 0:
		needed = 8
	case v.Size != 0:
		needed = 4
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

// fieldSize gives the size the size field of data states (0
// means SIZE_VER0), as the kernel reads it first; EFAULT when data does not hold
// the field.
func fieldSize(data []byte) (uint64, error) {
	if len(data) < 4 {
		return 0, refused(syscall.EFAULT, sizeFault)
	}
	var field uint32
	copy((*[4]byte)(unsafe.Pointer(&field))[:], data[0:4])
	size := uint64(field)
	if size == 0 {
		size = SIZE_VER0
	}
	return size, nil
}

// sizeFault is what EFAULT refuses here: the kernel would read past the buffer.
const sizeFault = "the buffer holds the size field and the size it states"

// statedSize gives the size the size field of data states, when data holds
// the field and that many bytes; else EFAULT, refused here: the kernel would
// read past the buffer.
func statedSize(data []byte) (uint64, error) {
	size, err := fieldSize(data)
	if err != nil {
		return 0, err
	}
	if size > uint64(len(data)) {
		return 0, refused(syscall.EFAULT, sizeFault)
	}
	return size, nil
}

// SchedSetattr calls sched_setattr() with how, its Size field set to the
// smallest version that covers the fields that are set (SizeFor), after the
// kernel's checks made here. Clamped fields are the kernel's to clamp.
func SchedSetattr(pid int, how *SchedAttr, flags uint) (int, error) {
	value := *how
	value.Size = 0
	size := value.SizeFor()
	if err := value.Verdict(size); err != nil {
		return -1, err
	}
	value.Size = uint32(size)
	return SchedSetattrBytes(pid, value.Bytes()[:size], flags)
}

// SchedSetattrBytes calls sched_setattr() with the struct given as bytes, unchecked:
// the kernel reads the size from its size field (0 means SIZE_VER0)
// and gives its own answer. On a size error (E2BIG) the kernel writes the
// size it knows into that field of data. data must hold the field and the
// size it states (EFAULT otherwise).
func SchedSetattrBytes(pid int, data []byte, flags uint) (int, error) {
	if _, err := statedSize(data); err != nil {
		return -1, err
	}
	r, _, errno := syscall.Syscall6(SYSCALL_NUMBER, uintptr(pid), uintptr(unsafe.Pointer(&data[0])), uintptr(flags), 0, 0, 0)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// SchedGetattr calls sched_getattr(): the struct as the kernel writes it into
// SIZE_LATEST bytes. Its Size field is the size the kernel
// reports: the smaller of SIZE_LATEST and its own.
func SchedGetattr(pid int, flags uint) (*SchedAttr, error) {
	var data [SIZE_LATEST]byte
	if _, err := SchedGetattrBytes(pid, data[:], flags); err != nil {
		return nil, err
	}
	return fromPrefix(data[:]), nil
}

// SchedGetattrBytes calls sched_getattr() into data, of any size (len(data), the size
// passed): the kernel writes at most that many bytes.
func SchedGetattrBytes(pid int, data []byte, flags uint) (int, error) {
	var ptr unsafe.Pointer
	if len(data) > 0 {
		ptr = unsafe.Pointer(&data[0])
	}
	r, _, errno := syscall.Syscall6(nrSchedGetattr, uintptr(pid), uintptr(ptr), uintptr(len(data)), uintptr(flags), 0, 0)
	runtime.KeepAlive(data)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}
