// Generated from spec/file_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:351dc2749e61ac7c.

//! Miscellaneous attributes of a file: its FS_XFLAG_* flags, extent size
//! hints, extent count and project id. The structure is versioned by its
//! size like clone_args.
//!
//! Rust bindings for struct file_attr and file_setattr(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("file_attr: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 6.17).
pub const SIZE_VER0: usize = 24;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER0;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
];

/// The number of file_setattr() on this architecture.
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4469;
#[cfg(not(target_arch = "mips"))]
pub const SYSCALL_NUMBER: isize = 469;

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

/// Miscellaneous attributes of a file: its FS_XFLAG_* flags, extent size
/// hints, extent count and project id. The structure is versioned by its
/// size like clone_args.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FileAttr {
    /// FS_XFLAG_* flags of the file.
    pub fa_xflags: u64,
    /// The extent size hint.
    pub fa_extsize: u32,
    /// The number of extents: file_getattr() reports it, file_setattr()
    /// ignores it.
    pub fa_nextents: u32,
    /// The project identifier.
    pub fa_projid: u32,
    /// The copy-on-write extent size hint.
    pub fa_cowextsize: u32,
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
    let s: FileAttr = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<FileAttr>() == 24);
    assert!(s.fa_xflags == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "fa_xflags is not at offset 0");
    assert!(s.fa_extsize == u32::from_ne_bytes([8, 9, 10, 11]), "fa_extsize is not at offset 8");
    assert!(s.fa_nextents == u32::from_ne_bytes([12, 13, 14, 15]), "fa_nextents is not at offset 12");
    assert!(s.fa_projid == u32::from_ne_bytes([16, 17, 18, 19]), "fa_projid is not at offset 16");
    assert!(s.fa_cowextsize == u32::from_ne_bytes([20, 21, 22, 23]), "fa_cowextsize is not at offset 20");
};

/// Flags of file_attr.fa_xflags: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FileAttrFaXflags(pub u64);

impl FileAttrFaXflags {
    /// Data in the realtime volume. (Linux 6.17)
    pub const FS_XFLAG_REALTIME: Self = Self(1);
    /// Preallocated file extents (read-only). (Linux 6.17)
    pub const FS_XFLAG_PREALLOC: Self = Self(2);
    /// The file cannot be modified. (Linux 6.17)
    pub const FS_XFLAG_IMMUTABLE: Self = Self(8);
    /// All writes append. (Linux 6.17)
    pub const FS_XFLAG_APPEND: Self = Self(16);
    /// All writes are synchronous. (Linux 6.17)
    pub const FS_XFLAG_SYNC: Self = Self(32);
    /// Do not update the access time. (Linux 6.17)
    pub const FS_XFLAG_NOATIME: Self = Self(64);
    /// Do not include in backups. (Linux 6.17)
    pub const FS_XFLAG_NODUMP: Self = Self(128);
    /// Create with the realtime bit set. (Linux 6.17)
    pub const FS_XFLAG_RTINHERIT: Self = Self(0x100);
    /// Create with the parent's project id. (Linux 6.17)
    pub const FS_XFLAG_PROJINHERIT: Self = Self(0x200);
    /// Disallow symlink creation. (Linux 6.17)
    pub const FS_XFLAG_NOSYMLINKS: Self = Self(0x400);
    /// The extent size hint is set. (Linux 6.17)
    pub const FS_XFLAG_EXTSIZE: Self = Self(0x800);
    /// Inherit the extent size hint. (Linux 6.17)
    pub const FS_XFLAG_EXTSZINHERIT: Self = Self(0x1000);
    /// Do not defragment. (Linux 6.17)
    pub const FS_XFLAG_NODEFRAG: Self = Self(0x2000);
    /// Use the filestream allocator. (Linux 6.17)
    pub const FS_XFLAG_FILESTREAM: Self = Self(0x4000);
    /// Use DAX for I/O. (Linux 6.17)
    pub const FS_XFLAG_DAX: Self = Self(0x8000);
    /// The copy-on-write extent size hint is set. (Linux 6.17)
    pub const FS_XFLAG_COWEXTSIZE: Self = Self(0x10000);
    /// fs-verity is enabled (read-only). (Linux 7.3)
    pub const FS_XFLAG_VERITY: Self = Self(0x20000);
    /// Case-insensitive lookups (read-only). (Linux 7.3)
    pub const FS_XFLAG_CASEFOLD: Self = Self(0x40000);
    /// Case is not preserved (read-only). (Linux 7.3)
    pub const FS_XFLAG_CASENONPRESERVING: Self = Self(0x80000);
    /// The inode has extended attributes (read-only). (Linux 6.17)
    pub const FS_XFLAG_HASATTR: Self = Self(0x80000000);

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

impl core::ops::BitOr for FileAttrFaXflags {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for FileAttrFaXflags {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for FileAttrFaXflags {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for FileAttrFaXflags {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for FileAttrFaXflags {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for FileAttrFaXflags {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for FileAttrFaXflags {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<FileAttrFaXflags> for u64 {
    fn from(flags: FileAttrFaXflags) -> u64 {
        flags.0
    }
}

/// Flags file_setattr() knows in fa_xflags.
const FILE_SETATTR_FA_XFLAGS_KNOWN: u64 = mask(&[
    FileAttrFaXflags::FS_XFLAG_REALTIME.0,
    FileAttrFaXflags::FS_XFLAG_PREALLOC.0,
    FileAttrFaXflags::FS_XFLAG_IMMUTABLE.0,
    FileAttrFaXflags::FS_XFLAG_APPEND.0,
    FileAttrFaXflags::FS_XFLAG_SYNC.0,
    FileAttrFaXflags::FS_XFLAG_NOATIME.0,
    FileAttrFaXflags::FS_XFLAG_NODUMP.0,
    FileAttrFaXflags::FS_XFLAG_RTINHERIT.0,
    FileAttrFaXflags::FS_XFLAG_PROJINHERIT.0,
    FileAttrFaXflags::FS_XFLAG_NOSYMLINKS.0,
    FileAttrFaXflags::FS_XFLAG_EXTSIZE.0,
    FileAttrFaXflags::FS_XFLAG_EXTSZINHERIT.0,
    FileAttrFaXflags::FS_XFLAG_NODEFRAG.0,
    FileAttrFaXflags::FS_XFLAG_FILESTREAM.0,
    FileAttrFaXflags::FS_XFLAG_DAX.0,
    FileAttrFaXflags::FS_XFLAG_COWEXTSIZE.0,
    FileAttrFaXflags::FS_XFLAG_VERITY.0,
    FileAttrFaXflags::FS_XFLAG_CASEFOLD.0,
    FileAttrFaXflags::FS_XFLAG_CASENONPRESERVING.0,
    FileAttrFaXflags::FS_XFLAG_HASATTR.0,
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
    fa_xflags: u64,
    fa_extsize: u64,
    fa_nextents: u64,
    fa_projid: u64,
    fa_cowextsize: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            fa_xflags: v.fa_xflags,
            fa_extsize: kernel_bits(v.fa_extsize, 32, false),
            fa_nextents: kernel_bits(v.fa_nextents, 32, false),
            fa_projid: kernel_bits(v.fa_projid, 32, false),
            fa_cowextsize: kernel_bits(v.fa_cowextsize, 32, false),
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

impl FileAttr {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.fa_xflags.to_ne_bytes());
        out[8..12].copy_from_slice(&self.fa_extsize.to_ne_bytes());
        out[12..16].copy_from_slice(&self.fa_nextents.to_ne_bytes());
        out[16..20].copy_from_slice(&self.fa_projid.to_ne_bytes());
        out[20..24].copy_from_slice(&self.fa_cowextsize.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            fa_xflags: u64::from_ne_bytes(take(data, 0)),
            fa_extsize: u32::from_ne_bytes(take(data, 8)),
            fa_nextents: u32::from_ne_bytes(take(data, 12)),
            fa_projid: u32::from_ne_bytes(take(data, 16)),
            fa_cowextsize: u32::from_ne_bytes(take(data, 20)),
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
            fa_xflags: self.fa_xflags,
            fa_extsize: u64::from(self.fa_extsize),
            fa_nextents: u64::from(self.fa_nextents),
            fa_projid: u64::from(self.fa_projid),
            fa_cowextsize: u64::from(self.fa_cowextsize),
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if (size as u64) > page_size() {
            return refused(Errno::E2BIG, "size <= PAGE_SIZE");
        }
        if size < SIZE_VER0 {
            return refused(Errno::EINVAL, "size >= FILE_ATTR_SIZE_VER0 (24)");
        }
        Ok(())
    }

    /// The checks, in kernel order, on values a caller passed with `size` bytes.
    fn checks(&self, size: usize) -> Result<(), Error> {
        let v = self.values();
        let k = v.kernel();
        if v.fa_xflags & !FILE_SETATTR_FA_XFLAGS_KNOWN != 0 {
            return refused(Errno::EINVAL, "fa_xflags has only flags that file_setattr knows");
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
        if v.fa_xflags != 0 {
            needed = 8;
        }
        if v.fa_extsize != 0 {
            needed = 12;
        }
        if v.fa_nextents != 0 {
            needed = 16;
        }
        if v.fa_projid != 0 {
            needed = 20;
        }
        if v.fa_cowextsize != 0 {
            needed = 24;
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
    filename: &[u8],
    data: *const u8,
    size: usize,
    at_flags: u32,
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            dfd as isize,
            filename.as_ptr(),
            data,
            size,
            at_flags as usize,
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}

fn path_filename(filename: &[u8]) -> Result<(), Error> {
    match filename.iter().position(|&b| b == 0) {
        Some(end) if end + 1 == filename.len() => Ok(()),
        _ => refused(Errno::EINVAL, "filename ends with its only NUL byte"),
    }
}

/// file_setattr() with `how`, passing the smallest version that covers the
/// fields that are set ([`FileAttr::size_for`]), after the kernel's checks made here.
/// `filename` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn file_setattr(
    dfd: i32,
    filename: &[u8],
    how: &FileAttr,
    at_flags: u32,
) -> Result<isize, Error> {
    let value = how;
    path_filename(filename)?;
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    unsafe { raw(dfd, filename, data.as_ptr(), size, at_flags) }
}

/// file_setattr() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
/// `filename` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn file_setattr_bytes(
    dfd: i32,
    filename: &[u8],
    data: &[u8],
    at_flags: u32,
) -> Result<isize, Error> {
    path_filename(filename)?;
    unsafe { raw(dfd, filename, data.as_ptr(), data.len(), at_flags) }
}

/// The number of file_getattr() on this architecture.
#[cfg(target_arch = "mips")]
pub const NR_file_getattr: isize = 4468;
#[cfg(not(target_arch = "mips"))]
pub const NR_file_getattr: isize = 468;

/// file_getattr(): the struct as the kernel writes it into `SIZE_LATEST` bytes.
/// `filename` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn file_getattr(
    dfd: i32,
    filename: &[u8],
    at_flags: u32,
) -> Result<FileAttr, Error> {
    let mut data = [0u8; SIZE_LATEST];
    file_getattr_bytes(dfd, filename, &mut data, at_flags)?;
    Ok(FileAttr::from_array(&data))
}

/// file_getattr() into `data`, of any size (`data.len()`, the size passed): the
/// kernel writes at most that many bytes.
pub fn file_getattr_bytes(
    dfd: i32,
    filename: &[u8],
    data: &mut [u8],
    at_flags: u32,
) -> Result<isize, Error> {
    path_filename(filename)?;
    let ret = unsafe {
        sys::syscall(
            NR_file_getattr,
            dfd as isize,
            filename.as_ptr(),
            data.as_mut_ptr(),
            data.len(),
            at_flags as usize,
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}
