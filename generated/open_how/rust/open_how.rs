// Generated from spec/open_how.yaml by clonegen; do not edit.
// Spec digest: sha256:61f4ceec3e13bc1f.

//! How openat2() opens a path: the open flags, the mode of a created file,
//! and the RESOLVE_* restrictions on path resolution. The structure is
//! versioned by its size like clone_args.
//!
//! Rust bindings for struct open_how and openat2(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("open_how: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 5.6).
pub const SIZE_VER0: usize = 24;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER0;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
];

/// Create the file if it does not exist.
#[cfg(target_arch = "mips")]
pub const O_CREAT: u64 = 0x100;
#[cfg(target_arch = "sparc64")]
pub const O_CREAT: u64 = 0x200;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_CREAT: u64 = 64;
/// Fail unless the path is a directory.
#[cfg(target_arch = "aarch64")]
pub const O_DIRECTORY: u64 = 0x4000;
#[cfg(not(target_arch = "aarch64"))]
pub const O_DIRECTORY: u64 = 0x10000;
/// Do not follow a trailing symlink.
#[cfg(target_arch = "aarch64")]
pub const O_NOFOLLOW: u64 = 0x8000;
#[cfg(not(target_arch = "aarch64"))]
pub const O_NOFOLLOW: u64 = 0x20000;
/// Close the descriptor on exec.
#[cfg(target_arch = "sparc64")]
pub const O_CLOEXEC: u64 = 0x400000;
#[cfg(not(target_arch = "sparc64"))]
pub const O_CLOEXEC: u64 = 0x80000;
/// Open a location only, not the file.
#[cfg(target_arch = "sparc64")]
pub const O_PATH: u64 = 0x1000000;
#[cfg(not(target_arch = "sparc64"))]
pub const O_PATH: u64 = 0x200000;
/// Create an unnamed temporary file.
#[cfg(target_arch = "sparc64")]
pub const __O_TMPFILE: u64 = 0x2000000;
#[cfg(not(target_arch = "sparc64"))]
pub const __O_TMPFILE: u64 = 0x400000;
/// Truncate an existing file to length 0.
#[cfg(target_arch = "sparc64")]
pub const O_TRUNC: u64 = 0x400;
#[cfg(not(target_arch = "sparc64"))]
pub const O_TRUNC: u64 = 0x200;
/// The access mode bits: O_RDONLY, O_WRONLY, O_RDWR.
pub const O_ACCMODE: u64 = 3;
/// Permission, setuid, setgid and sticky bits.
pub const S_IALLUGO: u64 = 0xfff;
/// Open for reading only (an access mode).
pub const O_RDONLY: u64 = 0;
/// Open for writing only (an access mode).
pub const O_WRONLY: u64 = 1;
/// Open for reading and writing (an access mode).
pub const O_RDWR: u64 = 2;
/// With O_CREAT, fail if the file exists.
#[cfg(target_arch = "mips")]
pub const O_EXCL: u64 = 0x400;
#[cfg(target_arch = "sparc64")]
pub const O_EXCL: u64 = 0x800;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_EXCL: u64 = 128;
/// Do not make a terminal the controlling terminal.
#[cfg(target_arch = "mips")]
pub const O_NOCTTY: u64 = 0x800;
#[cfg(target_arch = "sparc64")]
pub const O_NOCTTY: u64 = 0x8000;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_NOCTTY: u64 = 0x100;
/// Write at the end of the file.
#[cfg(any(target_arch = "mips", target_arch = "sparc64"))]
pub const O_APPEND: u64 = 8;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_APPEND: u64 = 0x400;
/// Do not block on the file.
#[cfg(target_arch = "mips")]
pub const O_NONBLOCK: u64 = 128;
#[cfg(target_arch = "sparc64")]
pub const O_NONBLOCK: u64 = 0x4000;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_NONBLOCK: u64 = 0x800;
/// Writes complete with data and metadata on disk (__O_SYNC together with
/// O_DSYNC).
#[cfg(target_arch = "mips")]
pub const O_SYNC: u64 = 0x4010;
#[cfg(target_arch = "sparc64")]
pub const O_SYNC: u64 = 0x802000;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_SYNC: u64 = 0x101000;
/// The bit that O_SYNC adds to O_DSYNC.
#[cfg(target_arch = "mips")]
pub const __O_SYNC: u64 = 0x4000;
#[cfg(target_arch = "sparc64")]
pub const __O_SYNC: u64 = 0x800000;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const __O_SYNC: u64 = 0x100000;
/// Writes complete with data on disk.
#[cfg(target_arch = "mips")]
pub const O_DSYNC: u64 = 16;
#[cfg(target_arch = "sparc64")]
pub const O_DSYNC: u64 = 0x2000;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_DSYNC: u64 = 0x1000;
/// Bypass the page cache.
#[cfg(target_arch = "mips")]
pub const O_DIRECT: u64 = 0x8000;
#[cfg(target_arch = "aarch64")]
pub const O_DIRECT: u64 = 0x10000;
#[cfg(target_arch = "sparc64")]
pub const O_DIRECT: u64 = 0x100000;
#[cfg(not(any(target_arch = "aarch64", target_arch = "mips", target_arch = "sparc64")))]
pub const O_DIRECT: u64 = 0x4000;
/// Allow files larger than 2 GiB; the kernel sets it itself on 64-bit.
#[cfg(target_arch = "mips")]
pub const O_LARGEFILE: u64 = 0x2000;
#[cfg(target_arch = "aarch64")]
pub const O_LARGEFILE: u64 = 0x20000;
#[cfg(target_arch = "sparc64")]
pub const O_LARGEFILE: u64 = 0x40000;
#[cfg(not(any(target_arch = "aarch64", target_arch = "mips", target_arch = "sparc64")))]
pub const O_LARGEFILE: u64 = 0x8000;
/// Do not update the access time.
#[cfg(target_arch = "sparc64")]
pub const O_NOATIME: u64 = 0x200000;
#[cfg(not(target_arch = "sparc64"))]
pub const O_NOATIME: u64 = 0x40000;
/// Create an unnamed temporary file (__O_TMPFILE together with
/// O_DIRECTORY).
#[cfg(target_arch = "aarch64")]
pub const O_TMPFILE: u64 = 0x404000;
#[cfg(target_arch = "sparc64")]
pub const O_TMPFILE: u64 = 0x2010000;
#[cfg(not(any(target_arch = "aarch64", target_arch = "sparc64")))]
pub const O_TMPFILE: u64 = 0x410000;
/// Signal-driven I/O.
#[cfg(target_arch = "sparc64")]
pub const FASYNC: u64 = 64;
#[cfg(target_arch = "mips")]
pub const FASYNC: u64 = 0x1000;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const FASYNC: u64 = 0x2000;
/// The old name of O_NONBLOCK (a bit of its own on sparc64).
#[cfg(target_arch = "sparc64")]
pub const O_NDELAY: u64 = 4;
#[cfg(target_arch = "mips")]
pub const O_NDELAY: u64 = 128;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const O_NDELAY: u64 = 0x800;
/// Allow an empty path: open the file at dirfd itself.
pub const O_EMPTYPATH: u64 = 0x4000000;
/// Every open flag the kernel knows.
#[cfg(target_arch = "mips")]
pub const VALID_OPEN_FLAGS: u64 = 0x46fff9b;
#[cfg(target_arch = "sparc64")]
pub const VALID_OPEN_FLAGS: u64 = 0x7f7ee4f;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const VALID_OPEN_FLAGS: u64 = 0x47fffc3;
/// The flags O_PATH may be combined with.
#[cfg(target_arch = "aarch64")]
pub const O_PATH_FLAGS: u64 = 0x428c000;
#[cfg(target_arch = "sparc64")]
pub const O_PATH_FLAGS: u64 = 0x5430000;
#[cfg(not(any(target_arch = "aarch64", target_arch = "sparc64")))]
pub const O_PATH_FLAGS: u64 = 0x42b0000;
/// Only open regular files. The bit lies above the 32 bits of open()'s
/// flags, so only openat2() can ask for it.
pub const OPENAT2_REGULAR: u64 = 0x100000000;
/// Every flag openat2() knows in open_how.flags: the open flags and its
/// own.
#[cfg(target_arch = "mips")]
pub const VALID_OPENAT2_FLAGS: u64 = 0x1046fff9b;
#[cfg(target_arch = "sparc64")]
pub const VALID_OPENAT2_FLAGS: u64 = 0x107f7ee4f;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const VALID_OPENAT2_FLAGS: u64 = 0x1047fffc3;
/// The number of openat2() on this architecture.
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4437;
#[cfg(not(target_arch = "mips"))]
pub const SYSCALL_NUMBER: isize = 437;

/// An error number of Linux (`errno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const E2BIG: Errno = Errno(7);
    pub const EAGAIN: Errno = Errno(11);
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

/// How openat2() opens a path: the open flags, the mode of a created file,
/// and the RESOLVE_* restrictions on path resolution. The structure is
/// versioned by its size like clone_args.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OpenHow {
    /// O_* flags, as for openat(); unknown bits are refused.
    pub flags: u64,
    /// Mode of a file created with O_CREAT or O_TMPFILE; zero
    /// otherwise.
    pub mode: u64,
    /// RESOLVE_* flags restricting path resolution.
    pub resolve: u64,
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
    let s: OpenHow = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<OpenHow>() == 24);
    assert!(s.flags == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "flags is not at offset 0");
    assert!(s.mode == u64::from_ne_bytes([8, 9, 10, 11, 12, 13, 14, 15]), "mode is not at offset 8");
    assert!(s.resolve == u64::from_ne_bytes([16, 17, 18, 19, 20, 21, 22, 23]), "resolve is not at offset 16");
};

/// Flags of open_how.resolve: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OpenHowResolve(pub u64);

impl OpenHowResolve {
    /// Block mount-point crossings, bind mounts included. (Linux 5.6)
    pub const RESOLVE_NO_XDEV: Self = Self(1);
    /// Block traversal through procfs-style magic links. (Linux 5.6)
    pub const RESOLVE_NO_MAGICLINKS: Self = Self(2);
    /// Block traversal through all symlinks (and so through magic links
    /// too). (Linux 5.6)
    pub const RESOLVE_NO_SYMLINKS: Self = Self(4);
    /// Refuse to resolve outside the directory at dirfd. (Linux 5.6)
    pub const RESOLVE_BENEATH: Self = Self(8);
    /// Treat dirfd as the root of the lookup. (Linux 5.6)
    pub const RESOLVE_IN_ROOT: Self = Self(16);
    /// Only complete the lookup from the dentry cache; openat2() fails
    /// with EAGAIN where it cannot. (Linux 5.12)
    pub const RESOLVE_CACHED: Self = Self(32);

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

impl core::ops::BitOr for OpenHowResolve {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for OpenHowResolve {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for OpenHowResolve {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for OpenHowResolve {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for OpenHowResolve {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for OpenHowResolve {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for OpenHowResolve {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<OpenHowResolve> for u64 {
    fn from(flags: OpenHowResolve) -> u64 {
        flags.0
    }
}

/// Flags openat2() knows in resolve.
const OPENAT2_RESOLVE_KNOWN: u64 = mask(&[
    OpenHowResolve::RESOLVE_NO_XDEV.0,
    OpenHowResolve::RESOLVE_NO_MAGICLINKS.0,
    OpenHowResolve::RESOLVE_NO_SYMLINKS.0,
    OpenHowResolve::RESOLVE_BENEATH.0,
    OpenHowResolve::RESOLVE_IN_ROOT.0,
    OpenHowResolve::RESOLVE_CACHED.0,
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
    flags: u64,
    mode: u64,
    resolve: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            flags: v.flags,
            mode: v.mode,
            resolve: v.resolve,
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

impl OpenHow {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.flags.to_ne_bytes());
        out[8..16].copy_from_slice(&self.mode.to_ne_bytes());
        out[16..24].copy_from_slice(&self.resolve.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            flags: u64::from_ne_bytes(take(data, 0)),
            mode: u64::from_ne_bytes(take(data, 8)),
            resolve: u64::from_ne_bytes(take(data, 16)),
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
            flags: self.flags,
            mode: self.mode,
            resolve: self.resolve,
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if size < SIZE_VER0 {
            return refused(Errno::EINVAL, "size >= OPEN_HOW_SIZE_VER0 (24)");
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
        if k.flags & !VALID_OPENAT2_FLAGS != 0 {
            return refused(Errno::EINVAL, "flags has no bits outside VALID_OPENAT2_FLAGS");
        }
        if k.resolve & !OPENAT2_RESOLVE_KNOWN != 0 {
            return refused(Errno::EINVAL, "resolve has only flags that openat2 knows");
        }
        if k.resolve & 24_u64 == 24_u64 {
            return refused(Errno::EINVAL, "resolve does not have both RESOLVE_BENEATH and RESOLVE_IN_ROOT");
        }
        if k.flags & (O_CREAT | __O_TMPFILE) != 0 && k.mode & !S_IALLUGO != 0 {
            return refused(Errno::EINVAL, "when flags has any of O_CREAT, __O_TMPFILE: mode has no bits outside S_IALLUGO");
        }
        if k.flags & (O_CREAT | __O_TMPFILE) == 0 && k.mode != 0 {
            return refused(Errno::EINVAL, "when flags has none of O_CREAT, __O_TMPFILE: mode == 0");
        }
        if k.flags & (O_DIRECTORY | O_CREAT) == (O_DIRECTORY | O_CREAT) {
            return refused(Errno::EINVAL, "flags does not have both O_DIRECTORY and O_CREAT");
        }
        if k.flags & __O_TMPFILE != 0 && k.flags & O_DIRECTORY != O_DIRECTORY {
            return refused(Errno::EINVAL, "when flags has any of __O_TMPFILE: flags has all of O_DIRECTORY");
        }
        if k.flags & __O_TMPFILE != 0 && k.flags & O_ACCMODE == 0 {
            return refused(Errno::EINVAL, "when flags has any of __O_TMPFILE: flags has at least one of O_ACCMODE");
        }
        if k.flags & (O_DIRECTORY | OPENAT2_REGULAR) == (O_DIRECTORY | OPENAT2_REGULAR) {
            return refused(Errno::EINVAL, "flags does not have both O_DIRECTORY and OPENAT2_REGULAR");
        }
        if k.flags & O_PATH != 0 && k.flags & !O_PATH_FLAGS != 0 {
            return refused(Errno::EINVAL, "when flags has any of O_PATH: flags has no bits outside O_PATH_FLAGS");
        }
        if k.resolve & 32_u64 != 0 && k.flags & (O_TRUNC | O_CREAT | __O_TMPFILE) != 0 {
            return refused(Errno::EAGAIN, "when resolve has any of RESOLVE_CACHED: flags has none of O_TRUNC, O_CREAT, __O_TMPFILE");
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
        if v.flags != 0 {
            needed = 8;
        }
        if v.mode != 0 {
            needed = 16;
        }
        if v.resolve != 0 {
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
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            dfd as isize,
            filename.as_ptr(),
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

fn path_filename(filename: &[u8]) -> Result<(), Error> {
    match filename.iter().position(|&b| b == 0) {
        Some(end) if end + 1 == filename.len() => Ok(()),
        _ => refused(Errno::EINVAL, "filename ends with its only NUL byte"),
    }
}

/// openat2() with `how`, passing the smallest version that covers the
/// fields that are set ([`OpenHow::size_for`]), after the kernel's checks made here.
/// `filename` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn openat2(
    dfd: i32,
    filename: &[u8],
    how: &OpenHow,
) -> Result<isize, Error> {
    let value = how;
    path_filename(filename)?;
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    unsafe { raw(dfd, filename, data.as_ptr(), size) }
}

/// openat2() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
/// `filename` is a path that ends with its only NUL byte (EINVAL otherwise).
pub fn openat2_bytes(
    dfd: i32,
    filename: &[u8],
    data: &[u8],
) -> Result<isize, Error> {
    path_filename(filename)?;
    unsafe { raw(dfd, filename, data.as_ptr(), data.len()) }
}
