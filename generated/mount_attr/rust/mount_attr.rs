// Generated from spec/mount_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:3ba751bd668b6e82.

//! Mount attributes to set and clear on a mount or a mount tree, its
//! propagation type, and the user namespace of an idmapped mount. The
//! structure is versioned by its size like clone_args.
//!
//! Rust bindings for struct mount_attr and mount_setattr(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("mount_attr: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 5.12).
pub const SIZE_VER0: usize = 32;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER0;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
];

/// The atime setting: an enum in three bits, not flags.
pub const MOUNT_ATTR__ATIME: u64 = 112;
/// The number of mount_setattr() on this architecture.
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4442;
#[cfg(not(target_arch = "mips"))]
pub const SYSCALL_NUMBER: isize = 442;

/// An error number of Linux (`errno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const E2BIG: Errno = Errno(7);
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

/// Mount attributes to set and clear on a mount or a mount tree, its
/// propagation type, and the user namespace of an idmapped mount. The
/// structure is versioned by its size like clone_args.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MountAttr {
    /// MOUNT_ATTR_* attributes to set.
    pub attr_set: u64,
    /// MOUNT_ATTR_* attributes to clear.
    pub attr_clr: u64,
    /// The propagation type to give the mount: one of MS_UNBINDABLE,
    /// MS_PRIVATE, MS_SLAVE, MS_SHARED, or 0 to keep it.
    pub propagation: u64,
    /// A user namespace file descriptor for MOUNT_ATTR_IDMAP.
    pub userns_fd: u64,
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
    let s: MountAttr = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<MountAttr>() == 32);
    assert!(s.attr_set == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "attr_set is not at offset 0");
    assert!(s.attr_clr == u64::from_ne_bytes([8, 9, 10, 11, 12, 13, 14, 15]), "attr_clr is not at offset 8");
    assert!(s.propagation == u64::from_ne_bytes([16, 17, 18, 19, 20, 21, 22, 23]), "propagation is not at offset 16");
    assert!(s.userns_fd == u64::from_ne_bytes([24, 25, 26, 27, 28, 29, 30, 31]), "userns_fd is not at offset 24");
};

/// Flags of mount_attr.attr_set: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MountAttrAttrSet(pub u64);

impl MountAttrAttrSet {
    /// Mount read-only. (Linux 5.12)
    pub const MOUNT_ATTR_RDONLY: Self = Self(1);
    /// Ignore suid and sgid bits. (Linux 5.12)
    pub const MOUNT_ATTR_NOSUID: Self = Self(2);
    /// Disallow access to device special files. (Linux 5.12)
    pub const MOUNT_ATTR_NODEV: Self = Self(4);
    /// Disallow program execution. (Linux 5.12)
    pub const MOUNT_ATTR_NOEXEC: Self = Self(8);
    /// Do not update access times (an atime setting). (Linux 5.12)
    pub const MOUNT_ATTR_NOATIME: Self = Self(16);
    /// Always update access times (an atime setting). (Linux 5.12)
    pub const MOUNT_ATTR_STRICTATIME: Self = Self(32);
    /// Do not update directory access times. (Linux 5.12)
    pub const MOUNT_ATTR_NODIRATIME: Self = Self(128);
    /// Idmap the mount to the user namespace at userns_fd. (Linux 5.12)
    pub const MOUNT_ATTR_IDMAP: Self = Self(0x100000);
    /// Do not follow symlinks. (Linux 5.14)
    pub const MOUNT_ATTR_NOSYMFOLLOW: Self = Self(0x200000);

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

impl core::ops::BitOr for MountAttrAttrSet {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for MountAttrAttrSet {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for MountAttrAttrSet {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for MountAttrAttrSet {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for MountAttrAttrSet {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for MountAttrAttrSet {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for MountAttrAttrSet {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<MountAttrAttrSet> for u64 {
    fn from(flags: MountAttrAttrSet) -> u64 {
        flags.0
    }
}

/// Flags of mount_attr.propagation: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MountAttrPropagation(pub u64);

impl MountAttrPropagation {
    /// Make the mount unbindable. (Linux 5.12)
    pub const MS_UNBINDABLE: Self = Self(0x20000);
    /// Make the mount private. (Linux 5.12)
    pub const MS_PRIVATE: Self = Self(0x40000);
    /// Make the mount a slave. (Linux 5.12)
    pub const MS_SLAVE: Self = Self(0x80000);
    /// Make the mount shared. (Linux 5.12)
    pub const MS_SHARED: Self = Self(0x100000);

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

impl core::ops::BitOr for MountAttrPropagation {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for MountAttrPropagation {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for MountAttrPropagation {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for MountAttrPropagation {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for MountAttrPropagation {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for MountAttrPropagation {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for MountAttrPropagation {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<MountAttrPropagation> for u64 {
    fn from(flags: MountAttrPropagation) -> u64 {
        flags.0
    }
}

/// Each field as 64 bits; a signed one sign-extended.
#[derive(Clone, Copy)]
struct Values {
    attr_set: u64,
    attr_clr: u64,
    propagation: u64,
    userns_fd: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            attr_set: v.attr_set,
            attr_clr: v.attr_clr,
            propagation: v.propagation,
            userns_fd: v.userns_fd,
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

impl MountAttr {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.attr_set.to_ne_bytes());
        out[8..16].copy_from_slice(&self.attr_clr.to_ne_bytes());
        out[16..24].copy_from_slice(&self.propagation.to_ne_bytes());
        out[24..32].copy_from_slice(&self.userns_fd.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            attr_set: u64::from_ne_bytes(take(data, 0)),
            attr_clr: u64::from_ne_bytes(take(data, 8)),
            propagation: u64::from_ne_bytes(take(data, 16)),
            userns_fd: u64::from_ne_bytes(take(data, 24)),
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
            attr_set: self.attr_set,
            attr_clr: self.attr_clr,
            propagation: self.propagation,
            userns_fd: self.userns_fd,
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if (size as u64) > page_size() {
            return refused(Errno::E2BIG, "size <= PAGE_SIZE");
        }
        if size < SIZE_VER0 {
            return refused(Errno::EINVAL, "size >= MOUNT_ATTR_SIZE_VER0 (32)");
        }
        Ok(())
    }

    /// The checks, in kernel order, on values a caller passed with `size` bytes.
    fn checks(&self, size: usize) -> Result<(), Error> {
        let v = self.values();
        let k = v.kernel();
        if v.propagation & !0x1e0000_u64 != 0 {
            return refused(Errno::EINVAL, "propagation has no bits outside 0x1e0000");
        }
        if (v.propagation & 0x1e0000_u64).count_ones() > 1 {
            return refused(Errno::EINVAL, "propagation has at most one of MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED");
        }
        if v.attr_set & !0x3000ff_u64 != 0 {
            return refused(Errno::EINVAL, "attr_set has no bits outside 0x3000ff");
        }
        if v.attr_clr & !0x3000ff_u64 != 0 {
            return refused(Errno::EINVAL, "attr_clr has no bits outside 0x3000ff");
        }
        if v.attr_clr & MOUNT_ATTR__ATIME != 0 && v.attr_clr & MOUNT_ATTR__ATIME != MOUNT_ATTR__ATIME {
            return refused(Errno::EINVAL, "when attr_clr has any of MOUNT_ATTR__ATIME: attr_clr has all of MOUNT_ATTR__ATIME");
        }
        if v.attr_clr & MOUNT_ATTR__ATIME != 0 && v.attr_set & 48_u64 == 48_u64 {
            return refused(Errno::EINVAL, "when attr_clr has any of MOUNT_ATTR__ATIME: attr_set does not have both MOUNT_ATTR_NOATIME and MOUNT_ATTR_STRICTATIME");
        }
        if v.attr_clr & MOUNT_ATTR__ATIME != 0 && v.attr_set & !0x3000bf_u64 != 0 {
            return refused(Errno::EINVAL, "when attr_clr has any of MOUNT_ATTR__ATIME: attr_set has no bits outside 0x3000bf");
        }
        if v.attr_clr & MOUNT_ATTR__ATIME == 0 && v.attr_set & !0x30008f_u64 != 0 {
            return refused(Errno::EINVAL, "when attr_clr has none of MOUNT_ATTR__ATIME: attr_set has no bits outside 0x30008f");
        }
        if k.attr_clr & !0x2000ff_u64 != 0 {
            return refused(Errno::EINVAL, "attr_clr has no bits outside 0x2000ff");
        }
        if k.attr_set & 0x100000_u64 != 0 && k.userns_fd > 0x7fffffff_u64 {
            return refused(Errno::EINVAL, "when attr_set has any of MOUNT_ATTR_IDMAP: userns_fd <= 0x7fffffff");
        }
        Ok(())
    }

    /// What the kernel says of these values passed with `size` bytes: the size
    /// policy, then the checks, on the fields the size covers (an older caller's
    /// struct is zero-filled). Bytes past the struct are taken as zero.
    pub fn verdict(&self, size: usize) -> Result<(), Error> {
        Self::size_verdict(size)?;
        let mut data = self.to_bytes();
        if size < SIZE_LATEST {
            for b in data[size..].iter_mut() {
                *b = 0;
            }
        }
        Self::from_array(&data).checks(size)
    }

    /// What the kernel says of a struct given as bytes (size `data.len()`):
    /// the size policy, a non-zero tail, then the checks.
    pub fn verdict_bytes(data: &[u8]) -> Result<(), Error> {
        Self::size_verdict(data.len())?;
        Self::tail(data)?;
        Self::from_prefix(data).checks(data.len())
    }

    /// The smallest version that covers every field that is set and that the
    /// checks accept (a check may need a newer caller), else the smallest that
    /// covers the fields.
    pub fn size_for(&self) -> usize {
        let v = self.values();
        let mut needed = 0;
        if v.attr_set != 0 {
            needed = 8;
        }
        if v.attr_clr != 0 {
            needed = 16;
        }
        if v.propagation != 0 {
            needed = 24;
        }
        if v.userns_fd != 0 {
            needed = 32;
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

/// The raw system call; `Err` carries the kernel's errno.
unsafe fn raw(
    dfd: i32,
    path: &[u8],
    flags: u32,
    data: *const u8,
    size: usize,
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            dfd as isize,
            path.as_ptr(),
            flags as usize,
            data,
            size,
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}

fn path_path(path: &[u8]) -> Result<(), Error> {
    match path.iter().position(|&b| b == 0) {
        Some(end) if end + 1 == path.len() => Ok(()),
        _ => refused(Errno::EINVAL, "path ends with its only NUL byte"),
    }
}

fn path_filename(filename: &[u8]) -> Result<(), Error> {
    match filename.iter().position(|&b| b == 0) {
        Some(end) if end + 1 == filename.len() => Ok(()),
        _ => refused(Errno::EINVAL, "filename ends with its only NUL byte"),
    }
}

/// mount_setattr() with `how`, passing the smallest version that covers the
/// fields that are set ([`MountAttr::size_for`]), after the kernel's checks made here.
/// `path` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn mount_setattr(
    dfd: i32,
    path: &[u8],
    flags: u32,
    how: &MountAttr,
) -> Result<isize, Error> {
    let value = how;
    path_path(path)?;
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    unsafe { raw(dfd, path, flags, data.as_ptr(), size) }
}

/// mount_setattr() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
/// `path` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn mount_setattr_bytes(
    dfd: i32,
    path: &[u8],
    flags: u32,
    data: &[u8],
) -> Result<isize, Error> {
    path_path(path)?;
    unsafe { raw(dfd, path, flags, data.as_ptr(), data.len()) }
}

/// The number of open_tree_attr() on this architecture.
#[cfg(target_arch = "mips")]
pub const NR_open_tree_attr: isize = 4467;
#[cfg(not(target_arch = "mips"))]
pub const NR_open_tree_attr: isize = 467;

/// open_tree_attr() with `how`, which fills the same kernel struct as
/// mount_setattr(): the smallest version that covers the fields that are set,
/// after the kernel's checks made here.
/// `filename` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn open_tree_attr(
    dfd: i32,
    filename: &[u8],
    flags: u32,
    how: &MountAttr,
) -> Result<isize, Error> {
    let value = how;
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    open_tree_attr_bytes(dfd, filename, flags, &data[..size])
}

/// open_tree_attr() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
pub fn open_tree_attr_bytes(
    dfd: i32,
    filename: &[u8],
    flags: u32,
    data: &[u8],
) -> Result<isize, Error> {
    path_filename(filename)?;
    let ret = unsafe {
        sys::syscall(
            NR_open_tree_attr,
            dfd as isize,
            filename.as_ptr(),
            flags as usize,
            data.as_ptr(),
            data.len(),
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}
