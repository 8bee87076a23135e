// Generated from spec/sched_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:0e3b10430f833d3c.

//! Extended scheduling parameters of a thread: its policy and flags, the
//! nice value or static priority, the runtime, deadline and period of a
//! deadline task, and the utilization clamps. The structure is versioned by
//! the size it carries in its first word.
//!
//! Rust bindings for struct sched_attr and sched_setattr(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("sched_attr: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 3.14).
pub const SIZE_VER0: usize = 48;
/// Size of the struct in VER1 (Linux 5.3).
pub const SIZE_VER1: usize = 56;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER1;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
    SIZE_VER1,
];

/// The lowest nice value.
pub const MIN_NICE: i64 = -20;
/// The highest nice value.
pub const MAX_NICE: u64 = 19;
/// The number of sched_setattr() on this architecture.
#[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
pub const SYSCALL_NUMBER: isize = 314;
#[cfg(target_arch = "sparc64")]
pub const SYSCALL_NUMBER: isize = 343;
#[cfg(target_arch = "s390x")]
pub const SYSCALL_NUMBER: isize = 345;
#[cfg(target_arch = "x86")]
pub const SYSCALL_NUMBER: isize = 351;
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4349;
#[cfg(not(any(target_arch = "x86", target_arch = "mips", target_arch = "s390x", target_arch = "sparc64", all(target_arch = "x86_64", target_pointer_width = "64"))))]
pub const SYSCALL_NUMBER: isize = 274;

/// An error number of Linux (`errno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const E2BIG: Errno = Errno(7);
    pub const EFAULT: Errno = Errno(14);
    pub const EINVAL: Errno = Errno(22);
}

/// Why a call failed: the kernel's errno, or the errno the kernel would give
/// and the requirement the request breaks, when it was refused before the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    /// The error number.
    pub errno: Errno,
    /// What the request breaks, when it was refused before the system call.
    pub requirement: Option<&'static str>,
}

fn refused(errno: Errno, requirement: &'static str) -> Result<(), Error> {
    Err(Error { errno, requirement: Some(requirement) })
}

/// Extended scheduling parameters of a thread: its policy and flags, the
/// nice value or static priority, the runtime, deadline and period of a
/// deadline task, and the utilization clamps. The structure is versioned by
/// the size it carries in its first word.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SchedAttr {
    /// Size of the structure the caller was built with; 0 means VER0.
    /// The kernel writes its own size here when it refuses the
    /// caller's.
    pub size: u32,
    /// Scheduling policy (SCHED_NORMAL, SCHED_FIFO, ...).
    pub sched_policy: u32,
    /// SCHED_FLAG_* flags customizing the scheduler's behaviour.
    pub sched_flags: u64,
    /// Nice value for SCHED_NORMAL and SCHED_BATCH; clamped to the
    /// valid range, not refused.
    pub sched_nice: i32,
    /// Static priority for SCHED_FIFO and SCHED_RR.
    pub sched_priority: u32,
    /// Runtime of a deadline task in nanoseconds (the slice of a fair
    /// task).
    pub sched_runtime: u64,
    /// Relative deadline of a deadline task in nanoseconds.
    pub sched_deadline: u64,
    /// Period of a deadline task in nanoseconds.
    pub sched_period: u64,
    /// Minimum utilization, 0 to 1024, or -1 to reset.
    pub sched_util_min: u32,
    /// Maximum utilization, 0 to 1024, or -1 to reset.
    pub sched_util_max: u32,
}

// The layout, proven when the module is compiled: each field's bytes lie at
// its offset (a byte pattern transmuted into the struct), the size is the
// latest version's.
const _: () = {
    let mut bytes = [0u8; SIZE_LATEST];
    let mut i = 0;
    while i < SIZE_LATEST {
        bytes[i] = (i % 256) as u8;
        i += 1;
    }
    let s: SchedAttr = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<SchedAttr>() == 56);
    assert!(s.size == u32::from_ne_bytes([0, 1, 2, 3]), "size is not at offset 0");
    assert!(s.sched_policy == u32::from_ne_bytes([4, 5, 6, 7]), "sched_policy is not at offset 4");
    assert!(s.sched_flags == u64::from_ne_bytes([8, 9, 10, 11, 12, 13, 14, 15]), "sched_flags is not at offset 8");
    assert!(s.sched_nice == i32::from_ne_bytes([16, 17, 18, 19]), "sched_nice is not at offset 16");
    assert!(s.sched_priority == u32::from_ne_bytes([20, 21, 22, 23]), "sched_priority is not at offset 20");
    assert!(s.sched_runtime == u64::from_ne_bytes([24, 25, 26, 27, 28, 29, 30, 31]), "sched_runtime is not at offset 24");
    assert!(s.sched_deadline == u64::from_ne_bytes([32, 33, 34, 35, 36, 37, 38, 39]), "sched_deadline is not at offset 32");
    assert!(s.sched_period == u64::from_ne_bytes([40, 41, 42, 43, 44, 45, 46, 47]), "sched_period is not at offset 40");
    assert!(s.sched_util_min == u32::from_ne_bytes([48, 49, 50, 51]), "sched_util_min is not at offset 48");
    assert!(s.sched_util_max == u32::from_ne_bytes([52, 53, 54, 55]), "sched_util_max is not at offset 52");
};

/// Flags of sched_attr.sched_flags: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SchedAttrSchedFlags(pub u64);

impl SchedAttrSchedFlags {
    /// Children do not inherit a privileged policy. (Linux 3.14)
    pub const SCHED_FLAG_RESET_ON_FORK: Self = Self(1);
    /// A deadline task may reclaim unused bandwidth. (Linux 4.13)
    pub const SCHED_FLAG_RECLAIM: Self = Self(2);
    /// Send SIGXCPU when a deadline task overruns its runtime. (Linux
    /// 4.16)
    pub const SCHED_FLAG_DL_OVERRUN: Self = Self(4);
    /// Keep the current policy; sched_policy is ignored. (Linux 5.3)
    pub const SCHED_FLAG_KEEP_POLICY: Self = Self(8);
    /// Keep the current parameters; the nice, priority and deadline
    /// fields are ignored. (Linux 5.3)
    pub const SCHED_FLAG_KEEP_PARAMS: Self = Self(16);
    /// Set the minimum utilization clamp. (Linux 5.3)
    pub const SCHED_FLAG_UTIL_CLAMP_MIN: Self = Self(32);
    /// Set the maximum utilization clamp. (Linux 5.3)
    pub const SCHED_FLAG_UTIL_CLAMP_MAX: Self = Self(64);

    /// No flag.
    pub const fn empty() -> Self {
        Self(0)
    }

    /// The bits.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether any flag of `other` is set.
    pub const fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }
}

impl core::ops::BitOr for SchedAttrSchedFlags {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for SchedAttrSchedFlags {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for SchedAttrSchedFlags {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for SchedAttrSchedFlags {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for SchedAttrSchedFlags {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for SchedAttrSchedFlags {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for SchedAttrSchedFlags {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<SchedAttrSchedFlags> for u64 {
    fn from(flags: SchedAttrSchedFlags) -> u64 {
        flags.0
    }
}

/// Each field as 64 bits; a signed one sign-extended.
#[derive(Clone, Copy)]
struct Values {
    size: u64,
    sched_policy: u64,
    sched_flags: u64,
    sched_nice: u64,
    sched_priority: u64,
    sched_runtime: u64,
    sched_deadline: u64,
    sched_period: u64,
    sched_util_min: u64,
    sched_util_max: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            size: kernel_bits(v.size, 32, false),
            sched_policy: kernel_bits(v.sched_policy, 32, false),
            sched_flags: v.sched_flags,
            sched_nice: kernel_bits(v.sched_nice, 32, true),
            sched_priority: kernel_bits(v.sched_priority, 32, false),
            sched_runtime: v.sched_runtime,
            sched_deadline: v.sched_deadline,
            sched_period: v.sched_period,
            sched_util_min: kernel_bits(v.sched_util_min, 32, false),
            sched_util_max: kernel_bits(v.sched_util_max, 32, false),
        }
    }
}

/// `value` converted to a kernel type of `width` bits, as C converts it.
const fn kernel_bits(value: u64, width: u32, signed: bool) -> u64 {
    let mask = (1u64 << width) - 1;
    let low = value & mask;
    if signed && (low >> (width - 1)) & 1 == 1 {
        low | !mask
    } else {
        low
    }
}

/// The user address limit of access_ok() (x86_64's, as the Python bindings use).
const USER_PTR_MAX: u64 = 0x7fff_ffff_f000;

/// access_ok(): `[addr, addr + len)` lies in user memory.
fn access_ok(addr: u64, len: u64) -> bool {
    let end = addr.wrapping_add(len);
    end >= addr && end <= USER_PTR_MAX
}

/// An extern block of C library functions, `unsafe extern` where the edition
/// needs it: edition 2024, in which an `expr` fragment matches a `const` block
/// (earlier editions, and Rust 1.63, which cannot parse `unsafe extern`, take
/// the second rule).
macro_rules! c_functions {
    ($edition_2024:expr; $($item:tt)*) => {
        unsafe extern "C" {
            $($item)*
        }
    };
    (const {}; $($item:tt)*) => {
        extern "C" {
            $($item)*
        }
    };
}

mod sys {
    c_functions! {
        const {};
        pub fn syscall(number: isize, ...) -> isize;
        pub fn __errno_location() -> *mut i32;
        pub fn getauxval(kind: usize) -> usize;
    }
}

/// The page size (the kernel's PAGE_SIZE), from the auxiliary vector.
fn page_size() -> u64 {
    unsafe { sys::getauxval(6) as u64 }
}

fn take<const N: usize>(data: &[u8; SIZE_LATEST], at: usize) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&data[at..at + N]);
    out
}

impl SchedAttr {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..4].copy_from_slice(&self.size.to_ne_bytes());
        out[4..8].copy_from_slice(&self.sched_policy.to_ne_bytes());
        out[8..16].copy_from_slice(&self.sched_flags.to_ne_bytes());
        out[16..20].copy_from_slice(&self.sched_nice.to_ne_bytes());
        out[20..24].copy_from_slice(&self.sched_priority.to_ne_bytes());
        out[24..32].copy_from_slice(&self.sched_runtime.to_ne_bytes());
        out[32..40].copy_from_slice(&self.sched_deadline.to_ne_bytes());
        out[40..48].copy_from_slice(&self.sched_period.to_ne_bytes());
        out[48..52].copy_from_slice(&self.sched_util_min.to_ne_bytes());
        out[52..56].copy_from_slice(&self.sched_util_max.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            size: u32::from_ne_bytes(take(data, 0)),
            sched_policy: u32::from_ne_bytes(take(data, 4)),
            sched_flags: u64::from_ne_bytes(take(data, 8)),
            sched_nice: i32::from_ne_bytes(take(data, 16)),
            sched_priority: u32::from_ne_bytes(take(data, 20)),
            sched_runtime: u64::from_ne_bytes(take(data, 24)),
            sched_deadline: u64::from_ne_bytes(take(data, 32)),
            sched_period: u64::from_ne_bytes(take(data, 40)),
            sched_util_min: u32::from_ne_bytes(take(data, 48)),
            sched_util_max: u32::from_ne_bytes(take(data, 52)),
        }
    }

    /// The struct from the first `SIZE_LATEST` bytes of `data`, zero-filled if shorter.
    fn from_prefix(data: &[u8]) -> Self {
        let mut head = [0u8; SIZE_LATEST];
        let n = if data.len() < SIZE_LATEST { data.len() } else { SIZE_LATEST };
        head[..n].copy_from_slice(&data[..n]);
        Self::from_array(&head)
    }

    /// A struct of any size the kernel accepts: zero-filled if short; bytes
    /// past the known struct must be zero.
    pub fn from_bytes(data: &[u8]) -> Result<Self, Error> {
        Self::tail(data)?;
        Ok(Self::from_prefix(data))
    }

    fn tail(data: &[u8]) -> Result<(), Error> {
        if data.len() > SIZE_LATEST && data[SIZE_LATEST..].iter().any(|&b| b != 0) {
            return refused(Errno::E2BIG, "bytes past the known struct (when size is larger) are zero");
        }
        Ok(())
    }

    fn values(&self) -> Values {
        Values {
            size: u64::from(self.size),
            sched_policy: u64::from(self.sched_policy),
            sched_flags: self.sched_flags,
            sched_nice: self.sched_nice as i64 as u64,
            sched_priority: u64::from(self.sched_priority),
            sched_runtime: self.sched_runtime,
            sched_deadline: self.sched_deadline,
            sched_period: self.sched_period,
            sched_util_min: u64::from(self.sched_util_min),
            sched_util_max: u64::from(self.sched_util_max),
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if size < SIZE_VER0 {
            return refused(Errno::E2BIG, "size >= SCHED_ATTR_SIZE_VER0 (48)");
        }
        if (size as u64) > page_size() {
            return refused(Errno::E2BIG, "size <= PAGE_SIZE");
        }
        Ok(())
    }

    /// The checks, in kernel order, on values a caller passed with `size` bytes.
    fn checks(&self, size: usize) -> Result<(), Error> {
        let v = self.values();
        let k = v.kernel();
        if v.sched_flags & 96_u64 != 0 && size < SIZE_VER1 {
            return refused(Errno::EINVAL, "when sched_flags has any of SCHED_FLAG_UTIL_CLAMP_MIN, SCHED_FLAG_UTIL_CLAMP_MAX: the caller's size is at least VER1 (56)");
        }
        if k.sched_policy > 0x7fffffff_u64 {
            return refused(Errno::EINVAL, "sched_policy <= 0x7fffffff");
        }
        Ok(())
    }

    /// What the kernel says of these values passed with `size` bytes: the size
    /// policy, then the checks, on the fields the size covers (an older caller's
    /// struct is zero-filled). Bytes past the struct are taken as zero.
    pub fn verdict(&self, size: usize) -> Result<(), Error> {
        let size = if size == 0 { SIZE_VER0 } else { size };
        Self::size_verdict(size)?;
        let mut data = self.to_bytes();
        if size < SIZE_LATEST {
            for b in data[size..].iter_mut() {
                *b = 0;
            }
        }
        Self::from_array(&data).checks(size)
    }

    /// What the kernel says of a struct given as bytes: the size its
    /// `size` field states (read first; 0 means SIZE_VER0), the size
    /// policy, a non-zero tail up to that size, EFAULT where the kernel would
    /// read past `data`, then the checks on the bytes it covers.
    pub fn verdict_bytes(data: &[u8]) -> Result<(), Error> {
        let size = field_size(data)?;
        Self::size_verdict(size)?;
        let data = &data[..size.min(data.len())];
        // The kernel reads the bytes past its struct first: a non-zero one is
        // refused before a read past `data` faults.
        Self::tail(data)?;
        if size > data.len() {
            return refused(Errno::EFAULT, SIZE_FAULT);
        }
        Self::from_prefix(data).checks(size)
    }

    /// The smallest version that covers every field that is set and that the
    /// checks accept (a check may need a newer caller), else the smallest that
    /// covers the fields.
    pub fn size_for(&self) -> usize {
        let v = self.values();
        let mut needed = 0;
        if v.size != 0 {
            needed = 4;
        }
        if v.sched_policy != 0 {
            needed = 8;
        }
        if v.sched_flags != 0 {
            needed = 16;
        }
        if v.sched_nice != 0 {
            needed = 20;
        }
        if v.sched_priority != 0 {
            needed = 24;
        }
        if v.sched_runtime != 0 {
            needed = 32;
        }
        if v.sched_deadline != 0 {
            needed = 40;
        }
        if v.sched_period != 0 {
            needed = 48;
        }
        if v.sched_util_min != 0 {
            needed = 52;
        }
        if v.sched_util_max != 0 {
            needed = 56;
        }
        for &size in SIZES.iter() {
            if size >= needed && self.checks(size).is_ok() {
                return size;
            }
        }
        for &size in SIZES.iter() {
            if size >= needed {
                return size;
            }
        }
        SIZE_LATEST
    }
}

/// The system call's result: `Err` carries the kernel's errno.
fn result(ret: isize) -> Result<isize, Error> {
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}

/// What EFAULT refuses here: the kernel would read past the buffer.
const SIZE_FAULT: &str = "the buffer holds the size field and the size it states";

/// The size the `size` field of `data` states (0 means SIZE_VER0), as
/// the kernel reads it first; EFAULT when `data` does not hold the field.
fn field_size(data: &[u8]) -> Result<usize, Error> {
    if data.len() < 4 {
        return Err(Error { errno: Errno::EFAULT, requirement: Some(SIZE_FAULT) });
    }
    let mut field = [0u8; 4];
    field.copy_from_slice(&data[0..4]);
    let size = u32::from_ne_bytes(field) as usize;
    let size = if size == 0 { SIZE_VER0 } else { size };
    Ok(size)
}

/// The size the `size` field of `data` states, when `data` holds the
/// field and that many bytes; else EFAULT, refused here: the kernel would read
/// past the buffer.
fn stated_size(data: &[u8]) -> Result<usize, Error> {
    let size = field_size(data)?;
    if size > data.len() {
        return Err(Error { errno: Errno::EFAULT, requirement: Some(SIZE_FAULT) });
    }
    Ok(size)
}

/// sched_setattr() with `how`: its `size` field set to the smallest version
/// that covers the fields that are set ([`SchedAttr::size_for`]), after the
/// kernel's checks made here. Clamped fields are the kernel's to clamp.
pub fn sched_setattr(
    pid: i32,
    how: &SchedAttr,
    flags: u32,
) -> Result<isize, Error> {
    let mut value = *how;
    value.size = 0;
    let size = value.size_for();
    value.verdict(size)?;
    value.size = size as u32;
    let mut data = value.to_bytes();
    sched_setattr_bytes(pid, &mut data[..size], flags)
}

/// sched_setattr() with the struct given as bytes, unchecked: the kernel reads
/// the size from its `size` field (0 means SIZE_VER0) and gives its own answer.
/// On a size error (E2BIG) the kernel writes the size it knows into that field
/// of `data`.
/// `data` must hold the field and the size it states (EFAULT otherwise).
pub fn sched_setattr_bytes(
    pid: i32,
    data: &mut [u8],
    flags: u32,
) -> Result<isize, Error> {
    stated_size(data)?;
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            pid as isize,
            data.as_mut_ptr(),
            flags as usize,
        )
    };
    result(ret)
}

/// The number of sched_getattr() on this architecture.
#[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
pub const NR_sched_getattr: isize = 315;
#[cfg(target_arch = "sparc64")]
pub const NR_sched_getattr: isize = 344;
#[cfg(target_arch = "s390x")]
pub const NR_sched_getattr: isize = 346;
#[cfg(target_arch = "x86")]
pub const NR_sched_getattr: isize = 352;
#[cfg(target_arch = "mips")]
pub const NR_sched_getattr: isize = 4350;
#[cfg(not(any(target_arch = "x86", target_arch = "mips", target_arch = "s390x", target_arch = "sparc64", all(target_arch = "x86_64", target_pointer_width = "64"))))]
pub const NR_sched_getattr: isize = 275;

/// sched_getattr(): the struct as the kernel writes it into `SIZE_LATEST` bytes.
/// Its `size` field is the size the kernel reports: the smaller of
/// `SIZE_LATEST` and its own.
pub fn sched_getattr(
    pid: i32,
    flags: u32,
) -> Result<SchedAttr, Error> {
    let mut data = [0u8; SIZE_LATEST];
    sched_getattr_bytes(pid, &mut data, flags)?;
    Ok(SchedAttr::from_array(&data))
}

/// sched_getattr() into `data`, of any size (`data.len()`, the size passed): the
/// kernel writes at most that many bytes.
pub fn sched_getattr_bytes(
    pid: i32,
    data: &mut [u8],
    flags: u32,
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            NR_sched_getattr,
            pid as isize,
            data.as_mut_ptr(),
            data.len(),
            flags as usize,
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}
