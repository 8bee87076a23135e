// Generated from spec/xattr_args.yaml by clonegen; do not edit.
// Spec digest: sha256:3ce00ba754a1a031.

//! Where the value of an extended attribute is, how long it is, and how
//! setxattrat() stores it. The structure is versioned by its size like
//! clone_args.
//!
//! Rust bindings for struct xattr_args and setxattrat(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("xattr_args: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 6.13).
pub const SIZE_VER0: usize = 16;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER0;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
];

/// The largest value of an extended attribute.
pub const XATTR_SIZE_MAX: u64 = 0x10000;
/// The number of setxattrat() on this architecture.
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4463;
#[cfg(not(target_arch = "mips"))]
pub const SYSCALL_NUMBER: isize = 463;

/// An error number of Linux (`errno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const E2BIG: Errno = Errno(7);
    pub const EINVAL: Errno = Errno(22);
    pub const ERANGE: Errno = Errno(34);
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

/// Where the value of an extended attribute is, how long it is, and how
/// setxattrat() stores it. The structure is versioned by its size like
/// clone_args.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct XattrArgs {
    /// The value's buffer, a user address: read by setxattrat(),
    /// written by getxattrat().
    pub value: u64,
    /// The value's length; for getxattrat() the buffer's (0: only ask
    /// for the length).
    pub size: u32,
    /// XATTR_CREATE or XATTR_REPLACE for setxattrat(); 0 for
    /// getxattrat().
    pub flags: u32,
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
    let s: XattrArgs = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<XattrArgs>() == 16);
    assert!(s.value == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "value is not at offset 0");
    assert!(s.size == u32::from_ne_bytes([8, 9, 10, 11]), "size is not at offset 8");
    assert!(s.flags == u32::from_ne_bytes([12, 13, 14, 15]), "flags is not at offset 12");
};

/// Flags of xattr_args.flags: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct XattrArgsFlags(pub u64);

impl XattrArgsFlags {
    /// Fail if the attribute exists. (Linux 6.13)
    pub const XATTR_CREATE: Self = Self(1);
    /// Fail if the attribute does not exist. (Linux 6.13)
    pub const XATTR_REPLACE: Self = Self(2);

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

impl core::ops::BitOr for XattrArgsFlags {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for XattrArgsFlags {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for XattrArgsFlags {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for XattrArgsFlags {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for XattrArgsFlags {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for XattrArgsFlags {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for XattrArgsFlags {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<XattrArgsFlags> for u64 {
    fn from(flags: XattrArgsFlags) -> u64 {
        flags.0
    }
}

/// Flags setxattrat() knows in flags.
const SETXATTRAT_FLAGS_KNOWN: u64 = mask(&[
    XattrArgsFlags::XATTR_CREATE.0,
    XattrArgsFlags::XATTR_REPLACE.0,
]);

/// Flags getxattrat() knows in flags.
const GETXATTRAT_FLAGS_KNOWN: u64 = mask(&[
]);

/// Flags or-ed together.
const fn mask(flags: &[u64]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < flags.len() {
        m |= flags[i];
        i += 1;
    }
    m
}

/// Each field as 64 bits; a signed one sign-extended.
#[derive(Clone, Copy)]
struct Values {
    value: u64,
    size: u64,
    flags: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            value: v.value,
            size: kernel_bits(v.size, 32, false),
            flags: kernel_bits(v.flags, 32, false),
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

impl XattrArgs {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.value.to_ne_bytes());
        out[8..12].copy_from_slice(&self.size.to_ne_bytes());
        out[12..16].copy_from_slice(&self.flags.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            value: u64::from_ne_bytes(take(data, 0)),
            size: u32::from_ne_bytes(take(data, 8)),
            flags: u32::from_ne_bytes(take(data, 12)),
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
            value: self.value,
            size: u64::from(self.size),
            flags: u64::from(self.flags),
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if size < SIZE_VER0 {
            return refused(Errno::EINVAL, "size >= XATTR_ARGS_SIZE_VER0 (16)");
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
        if k.flags & !SETXATTRAT_FLAGS_KNOWN != 0 {
            return refused(Errno::EINVAL, "flags has only flags that setxattrat knows");
        }
        if k.size > XATTR_SIZE_MAX {
            return refused(Errno::E2BIG, "size <= XATTR_SIZE_MAX (0x10000)");
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

    /// The checks getxattrat() makes, in kernel order, on values a caller passed with
    /// `size` bytes (they are not setxattrat()'s).
    fn checks_getxattrat(&self, size: usize) -> Result<(), Error> {
        let v = self.values();
        let k = v.kernel();
        let _ = (&v, &k, size);
        if k.flags & !GETXATTRAT_FLAGS_KNOWN != 0 {
            return refused(Errno::EINVAL, "flags has only flags that getxattrat knows");
        }
        Ok(())
    }

    /// What the kernel says of these values passed to getxattrat() with `size`
    /// bytes: the size policy, then getxattrat()'s checks.
    pub fn verdict_getxattrat(&self, size: usize) -> Result<(), Error> {
        Self::size_verdict(size)?;
        let mut data = self.to_bytes();
        if size < SIZE_LATEST {
            for b in data[size..].iter_mut() {
                *b = 0;
            }
        }
        Self::from_array(&data).checks_getxattrat(size)
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
        if v.value != 0 {
            needed = 8;
        }
        if v.size != 0 {
            needed = 12;
        }
        if v.flags != 0 {
            needed = 16;
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
    pathname: &[u8],
    at_flags: u32,
    name: &[u8],
    data: *const u8,
    size: usize,
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            dfd as isize,
            pathname.as_ptr(),
            at_flags as usize,
            name.as_ptr(),
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

fn path_pathname(pathname: &[u8]) -> Result<(), Error> {
    match pathname.iter().position(|&b| b == 0) {
        Some(end) if end + 1 == pathname.len() => Ok(()),
        _ => refused(Errno::EINVAL, "pathname ends with its only NUL byte"),
    }
}

fn path_name(name: &[u8]) -> Result<(), Error> {
    match name.iter().position(|&b| b == 0) {
        Some(end) if end + 1 == name.len() => Ok(()),
        _ => refused(Errno::EINVAL, "name ends with its only NUL byte"),
    }
}

/// setxattrat() with `how`, passing the smallest version that covers the
/// fields that are set ([`XattrArgs::size_for`]), after the kernel's checks made here.
/// `pathname` is a path that ends with its only NUL byte (EINVAL otherwise).
/// `name` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn setxattrat(
    dfd: i32,
    pathname: &[u8],
    at_flags: u32,
    name: &[u8],
    how: &XattrArgs,
) -> Result<isize, Error> {
    let value = how;
    path_pathname(pathname)?;
    path_name(name)?;
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    unsafe { raw(dfd, pathname, at_flags, name, data.as_ptr(), size) }
}

/// setxattrat() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
/// `pathname` is a path that ends with its only NUL byte (EINVAL otherwise).
/// `name` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn setxattrat_bytes(
    dfd: i32,
    pathname: &[u8],
    at_flags: u32,
    name: &[u8],
    data: &[u8],
) -> Result<isize, Error> {
    path_pathname(pathname)?;
    path_name(name)?;
    unsafe { raw(dfd, pathname, at_flags, name, data.as_ptr(), data.len()) }
}

/// The number of getxattrat() on this architecture.
#[cfg(target_arch = "mips")]
pub const NR_getxattrat: isize = 4464;
#[cfg(not(target_arch = "mips"))]
pub const NR_getxattrat: isize = 464;

/// getxattrat() with `how`, which fills the same kernel struct as
/// setxattrat(): the smallest version that covers the fields that are set,
/// after the kernel's checks made here.
/// `pathname` is a path that ends with its only NUL byte (EINVAL otherwise).
/// `name` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn getxattrat(
    dfd: i32,
    pathname: &[u8],
    at_flags: u32,
    name: &[u8],
    how: &XattrArgs,
) -> Result<isize, Error> {
    let value = how;
    let size = value.size_for();
    value.verdict_getxattrat(size)?;
    let data = value.to_bytes();
    getxattrat_bytes(dfd, pathname, at_flags, name, &data[..size])
}

/// getxattrat() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
pub fn getxattrat_bytes(
    dfd: i32,
    pathname: &[u8],
    at_flags: u32,
    name: &[u8],
    data: &[u8],
) -> Result<isize, Error> {
    path_pathname(pathname)?;
    path_name(name)?;
    let ret = unsafe {
        sys::syscall(
            NR_getxattrat,
            dfd as isize,
            pathname.as_ptr(),
            at_flags as usize,
            name.as_ptr(),
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
