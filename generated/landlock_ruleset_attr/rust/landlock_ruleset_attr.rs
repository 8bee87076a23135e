// Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
// Spec digest: sha256:6da192832f4e335c.

//! What a Landlock ruleset restricts: the file system actions, network
//! actions and scopes it handles, and which of them are not logged. The
//! structure is versioned by its size like clone_args.
//!
//! Rust bindings for struct landlock_ruleset_attr and landlock_create_ruleset(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("landlock_ruleset_attr: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 5.13).
pub const SIZE_VER0: usize = 8;
/// Size of the struct in VER1 (Linux 6.7).
pub const SIZE_VER1: usize = 16;
/// Size of the struct in VER2 (Linux 6.12).
pub const SIZE_VER2: usize = 24;
/// Size of the struct in VER3 (Linux 7.3).
pub const SIZE_VER3: usize = 48;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER3;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
    SIZE_VER1,
    SIZE_VER2,
    SIZE_VER3,
];

/// Ask for the Landlock ABI version instead of creating a ruleset.
pub const LANDLOCK_CREATE_RULESET_VERSION: u64 = 1;
/// Ask for the fixed Landlock errata instead of creating a ruleset.
pub const LANDLOCK_CREATE_RULESET_ERRATA: u64 = 2;
/// The number of landlock_create_ruleset() on this architecture.
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4444;
#[cfg(not(target_arch = "mips"))]
pub const SYSCALL_NUMBER: isize = 444;

/// An error number of Linux (`errno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const E2BIG: Errno = Errno(7);
    pub const EINVAL: Errno = Errno(22);
    #[cfg(target_arch = "mips")]
    pub const ENOMSG: Errno = Errno(35);
    #[cfg(target_arch = "sparc64")]
    pub const ENOMSG: Errno = Errno(75);
    #[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
    pub const ENOMSG: Errno = Errno(42);
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

/// What a Landlock ruleset restricts: the file system actions, network
/// actions and scopes it handles, and which of them are not logged. The
/// structure is versioned by its size like clone_args.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LandlockRulesetAttr {
    /// LANDLOCK_ACCESS_FS_* actions the ruleset handles: denied unless
    /// a rule allows them.
    pub handled_access_fs: u64,
    /// LANDLOCK_ACCESS_NET_* actions the ruleset handles.
    pub handled_access_net: u64,
    /// LANDLOCK_SCOPE_* resources outside the domain that it may not
    /// reach.
    pub scoped: u64,
    /// Handled file system actions whose denials are not logged where a
    /// rule asks so; a subset of handled_access_fs.
    pub quiet_access_fs: u64,
    /// Handled network actions whose denials are not logged; a subset
    /// of handled_access_net.
    pub quiet_access_net: u64,
    /// Scopes whose denials are not logged; a subset of scoped.
    pub quiet_scoped: u64,
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
    let s: LandlockRulesetAttr = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<LandlockRulesetAttr>() == 48);
    assert!(s.handled_access_fs == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "handled_access_fs is not at offset 0");
    assert!(s.handled_access_net == u64::from_ne_bytes([8, 9, 10, 11, 12, 13, 14, 15]), "handled_access_net is not at offset 8");
    assert!(s.scoped == u64::from_ne_bytes([16, 17, 18, 19, 20, 21, 22, 23]), "scoped is not at offset 16");
    assert!(s.quiet_access_fs == u64::from_ne_bytes([24, 25, 26, 27, 28, 29, 30, 31]), "quiet_access_fs is not at offset 24");
    assert!(s.quiet_access_net == u64::from_ne_bytes([32, 33, 34, 35, 36, 37, 38, 39]), "quiet_access_net is not at offset 32");
    assert!(s.quiet_scoped == u64::from_ne_bytes([40, 41, 42, 43, 44, 45, 46, 47]), "quiet_scoped is not at offset 40");
};

/// Flags of landlock_ruleset_attr.handled_access_fs: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LandlockRulesetAttrHandledAccessFs(pub u64);

impl LandlockRulesetAttrHandledAccessFs {
    /// Execute a file. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_EXECUTE: Self = Self(1);
    /// Open a file with write access. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_WRITE_FILE: Self = Self(2);
    /// Open a file with read access. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_READ_FILE: Self = Self(4);
    /// Open a directory or list its content. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_READ_DIR: Self = Self(8);
    /// Remove an empty directory or rename one. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_REMOVE_DIR: Self = Self(16);
    /// Unlink or rename a file. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_REMOVE_FILE: Self = Self(32);
    /// Create, rename or link a character device. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_CHAR: Self = Self(64);
    /// Create or rename a directory. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_DIR: Self = Self(128);
    /// Create, rename or link a regular file. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_REG: Self = Self(0x100);
    /// Create, rename or link a UNIX domain socket. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_SOCK: Self = Self(0x200);
    /// Create, rename or link a named pipe. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_FIFO: Self = Self(0x400);
    /// Create, rename or link a block device. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_BLOCK: Self = Self(0x800);
    /// Create, rename or link a symbolic link. (Linux 5.13)
    pub const LANDLOCK_ACCESS_FS_MAKE_SYM: Self = Self(0x1000);
    /// Link or rename a file from or to a different directory (Landlock
    /// ABI 2). (Linux 5.19)
    pub const LANDLOCK_ACCESS_FS_REFER: Self = Self(0x2000);
    /// Truncate a file (Landlock ABI 3). (Linux 6.2)
    pub const LANDLOCK_ACCESS_FS_TRUNCATE: Self = Self(0x4000);
    /// Invoke ioctl commands on a device file (Landlock ABI 5). (Linux
    /// 6.10)
    pub const LANDLOCK_ACCESS_FS_IOCTL_DEV: Self = Self(0x8000);
    /// Connect to a UNIX domain socket bound to a path (Landlock ABI
    /// 9). (Linux 7.3)
    pub const LANDLOCK_ACCESS_FS_RESOLVE_UNIX: Self = Self(0x10000);

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

impl core::ops::BitOr for LandlockRulesetAttrHandledAccessFs {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for LandlockRulesetAttrHandledAccessFs {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for LandlockRulesetAttrHandledAccessFs {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for LandlockRulesetAttrHandledAccessFs {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for LandlockRulesetAttrHandledAccessFs {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for LandlockRulesetAttrHandledAccessFs {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for LandlockRulesetAttrHandledAccessFs {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<LandlockRulesetAttrHandledAccessFs> for u64 {
    fn from(flags: LandlockRulesetAttrHandledAccessFs) -> u64 {
        flags.0
    }
}

/// Flags of landlock_ruleset_attr.handled_access_net: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LandlockRulesetAttrHandledAccessNet(pub u64);

impl LandlockRulesetAttrHandledAccessNet {
    /// Bind a TCP socket to a local port (Landlock ABI 4). (Linux 6.7)
    pub const LANDLOCK_ACCESS_NET_BIND_TCP: Self = Self(1);
    /// Connect a TCP socket to a remote port (Landlock ABI 4). (Linux
    /// 6.7)
    pub const LANDLOCK_ACCESS_NET_CONNECT_TCP: Self = Self(2);
    /// Bind a UDP socket to a local port (Landlock ABI 10). (Linux 7.3)
    pub const LANDLOCK_ACCESS_NET_BIND_UDP: Self = Self(4);
    /// Connect a UDP socket or send to a remote port (Landlock ABI 10).
    /// (Linux 7.3)
    pub const LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP: Self = Self(8);

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

impl core::ops::BitOr for LandlockRulesetAttrHandledAccessNet {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for LandlockRulesetAttrHandledAccessNet {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for LandlockRulesetAttrHandledAccessNet {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for LandlockRulesetAttrHandledAccessNet {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for LandlockRulesetAttrHandledAccessNet {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for LandlockRulesetAttrHandledAccessNet {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for LandlockRulesetAttrHandledAccessNet {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<LandlockRulesetAttrHandledAccessNet> for u64 {
    fn from(flags: LandlockRulesetAttrHandledAccessNet) -> u64 {
        flags.0
    }
}

/// Flags of landlock_ruleset_attr.scoped: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LandlockRulesetAttrScoped(pub u64);

impl LandlockRulesetAttrScoped {
    /// Connect to an abstract UNIX socket outside the domain (Landlock
    /// ABI 6). (Linux 6.12)
    pub const LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET: Self = Self(1);
    /// Send a signal to a process outside the domain (Landlock ABI 6).
    /// (Linux 6.12)
    pub const LANDLOCK_SCOPE_SIGNAL: Self = Self(2);

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

impl core::ops::BitOr for LandlockRulesetAttrScoped {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for LandlockRulesetAttrScoped {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for LandlockRulesetAttrScoped {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for LandlockRulesetAttrScoped {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for LandlockRulesetAttrScoped {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for LandlockRulesetAttrScoped {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for LandlockRulesetAttrScoped {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<LandlockRulesetAttrScoped> for u64 {
    fn from(flags: LandlockRulesetAttrScoped) -> u64 {
        flags.0
    }
}

/// Flags landlock_create_ruleset() knows in handled_access_fs.
const LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN: u64 = mask(&[
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_EXECUTE.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_WRITE_FILE.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_READ_FILE.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_READ_DIR.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_REMOVE_DIR.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_REMOVE_FILE.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_CHAR.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_DIR.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_REG.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_SOCK.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_FIFO.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_BLOCK.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_MAKE_SYM.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_REFER.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_TRUNCATE.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_IOCTL_DEV.0,
    LandlockRulesetAttrHandledAccessFs::LANDLOCK_ACCESS_FS_RESOLVE_UNIX.0,
]);

/// Flags landlock_create_ruleset() knows in handled_access_net.
const LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN: u64 = mask(&[
    LandlockRulesetAttrHandledAccessNet::LANDLOCK_ACCESS_NET_BIND_TCP.0,
    LandlockRulesetAttrHandledAccessNet::LANDLOCK_ACCESS_NET_CONNECT_TCP.0,
    LandlockRulesetAttrHandledAccessNet::LANDLOCK_ACCESS_NET_BIND_UDP.0,
    LandlockRulesetAttrHandledAccessNet::LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP.0,
]);

/// Flags landlock_create_ruleset() knows in scoped.
const LANDLOCK_CREATE_RULESET_SCOPED_KNOWN: u64 = mask(&[
    LandlockRulesetAttrScoped::LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET.0,
    LandlockRulesetAttrScoped::LANDLOCK_SCOPE_SIGNAL.0,
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
    handled_access_fs: u64,
    handled_access_net: u64,
    scoped: u64,
    quiet_access_fs: u64,
    quiet_access_net: u64,
    quiet_scoped: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            handled_access_fs: v.handled_access_fs,
            handled_access_net: v.handled_access_net,
            scoped: v.scoped,
            quiet_access_fs: v.quiet_access_fs,
            quiet_access_net: v.quiet_access_net,
            quiet_scoped: v.quiet_scoped,
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

impl LandlockRulesetAttr {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.handled_access_fs.to_ne_bytes());
        out[8..16].copy_from_slice(&self.handled_access_net.to_ne_bytes());
        out[16..24].copy_from_slice(&self.scoped.to_ne_bytes());
        out[24..32].copy_from_slice(&self.quiet_access_fs.to_ne_bytes());
        out[32..40].copy_from_slice(&self.quiet_access_net.to_ne_bytes());
        out[40..48].copy_from_slice(&self.quiet_scoped.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            handled_access_fs: u64::from_ne_bytes(take(data, 0)),
            handled_access_net: u64::from_ne_bytes(take(data, 8)),
            scoped: u64::from_ne_bytes(take(data, 16)),
            quiet_access_fs: u64::from_ne_bytes(take(data, 24)),
            quiet_access_net: u64::from_ne_bytes(take(data, 32)),
            quiet_scoped: u64::from_ne_bytes(take(data, 40)),
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
            handled_access_fs: self.handled_access_fs,
            handled_access_net: self.handled_access_net,
            scoped: self.scoped,
            quiet_access_fs: self.quiet_access_fs,
            quiet_access_net: self.quiet_access_net,
            quiet_scoped: self.quiet_scoped,
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if size < SIZE_VER0 {
            return refused(Errno::EINVAL, "size >= LANDLOCK_RULESET_ATTR_SIZE_VER0 (8)");
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
        if v.handled_access_fs & !LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN != 0 {
            return refused(Errno::EINVAL, "handled_access_fs has only flags that landlock_create_ruleset knows");
        }
        if v.handled_access_net & !LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN != 0 {
            return refused(Errno::EINVAL, "handled_access_net has only flags that landlock_create_ruleset knows");
        }
        if v.scoped & !LANDLOCK_CREATE_RULESET_SCOPED_KNOWN != 0 {
            return refused(Errno::EINVAL, "scoped has only flags that landlock_create_ruleset knows");
        }
        if v.quiet_access_fs & !v.handled_access_fs != 0 {
            return refused(Errno::EINVAL, "quiet_access_fs has only bits handled_access_fs has");
        }
        if v.quiet_access_net & !v.handled_access_net != 0 {
            return refused(Errno::EINVAL, "quiet_access_net has only bits handled_access_net has");
        }
        if v.quiet_scoped & !v.scoped != 0 {
            return refused(Errno::EINVAL, "quiet_scoped has only bits scoped has");
        }
        if k.handled_access_fs == 0 && k.handled_access_net == 0 && k.scoped == 0 {
            return refused(Errno::ENOMSG, "one of handled_access_fs, handled_access_net, scoped is not zero");
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
        if v.handled_access_fs != 0 {
            needed = 8;
        }
        if v.handled_access_net != 0 {
            needed = 16;
        }
        if v.scoped != 0 {
            needed = 24;
        }
        if v.quiet_access_fs != 0 {
            needed = 32;
        }
        if v.quiet_access_net != 0 {
            needed = 40;
        }
        if v.quiet_scoped != 0 {
            needed = 48;
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
    data: *const u8,
    size: usize,
    flags: u32,
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            data,
            size,
            flags as usize,
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}

/// landlock_create_ruleset() with `how`, passing the smallest version that covers the
/// fields that are set ([`LandlockRulesetAttr::size_for`]), after the kernel's checks made here.
pub fn landlock_create_ruleset(
    how: &LandlockRulesetAttr,
    flags: u32,
) -> Result<isize, Error> {
    let value = how;
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    unsafe { raw(data.as_ptr(), size, flags) }
}

/// landlock_create_ruleset() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
pub fn landlock_create_ruleset_bytes(
    data: &[u8],
    flags: u32,
) -> Result<isize, Error> {
    unsafe { raw(data.as_ptr(), data.len(), flags) }
}

/// Per level of the interface, the bits each field keeps on a kernel of that level.
const LEVELS: [(i64, [u64; 6]); 11] = [
    (1, [0x1fff, 0x0, 0x0, 0x0, 0x0, 0x0]),
    (2, [0x3fff, 0x0, 0x0, 0x0, 0x0, 0x0]),
    (3, [0x7fff, 0x0, 0x0, 0x0, 0x0, 0x0]),
    (4, [0x7fff, 0x3, 0x0, 0x0, 0x0, 0x0]),
    (5, [0xffff, 0x3, 0x0, 0x0, 0x0, 0x0]),
    (6, [0xffff, 0x3, 0x3, 0x0, 0x0, 0x0]),
    (7, [0xffff, 0x3, 0x3, 0x0, 0x0, 0x0]),
    (8, [0xffff, 0x3, 0x3, 0x0, 0x0, 0x0]),
    (9, [0x1ffff, 0x3, 0x3, 0x0, 0x0, 0x0]),
    (10, [0x1ffff, 0xf, 0x3, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff]),
    (11, [0x1ffff, 0xf, 0x3, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff]),
];

/// The running kernel's level (LANDLOCK_CREATE_RULESET_VERSION); `Err` carries the kernel's errno
/// (ENOSYS: too old; EOPNOTSUPP: turned off at boot).
pub fn abi_version() -> Result<isize, Error> {
    let ret = unsafe { sys::syscall(SYSCALL_NUMBER, 0usize, 0usize, 1usize) };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}

impl LandlockRulesetAttr {
    /// This request cut to what a kernel of `level` knows (its [`abi_version`]): the
    /// kernel refuses what its level does not know, so a program that asks for more
    /// than the running kernel has restricts what it can. EINVAL below the first level.
    pub fn for_level(&self, level: i64) -> Result<Self, Error> {
        let keep = match LEVELS.iter().rev().find(|row| row.0 <= level) {
            Some(row) => row.1,
            None => {
                return Err(Error {
                    errno: Errno::EINVAL,
                    requirement: Some("a level the interface has"),
                })
            }
        };
        let mut out = *self;
        out.handled_access_fs &= keep[0] as u64;
        out.handled_access_net &= keep[1] as u64;
        out.scoped &= keep[2] as u64;
        out.quiet_access_fs &= keep[3] as u64;
        out.quiet_access_net &= keep[4] as u64;
        out.quiet_scoped &= keep[5] as u64;
        out.quiet_access_fs &= out.handled_access_fs;
        out.quiet_access_net &= out.handled_access_net;
        out.quiet_scoped &= out.scoped;
        Ok(out)
    }

    /// This request cut to the running kernel's level.
    pub fn best_effort(&self) -> Result<Self, Error> {
        self.for_level(abi_version()? as i64)
    }
}
