// Generated from spec/pidfd_info.yaml by clonegen; do not edit.
// Spec digest: sha256:f6bb2c3b3c04f84f.

//! Information about the process a pidfd refers to: its ids, its
//! credentials, its cgroup, and once it has exited its exit code and
//! coredump state. The caller sets bits in mask to ask for what is
//! expensive or only available on request; the kernel replies with the bits
//! of what it filled.
//!
//! Rust bindings for struct pidfd_info and pidfd_get_info(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("pidfd_info: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 6.13).
pub const SIZE_VER0: usize = 64;
/// Size of the struct in VER1 (Linux 6.16).
pub const SIZE_VER1: usize = 72;
/// Size of the struct in VER2 (Linux 7.1).
pub const SIZE_VER2: usize = 80;
/// Size of the struct in VER3 (Linux 7.1).
pub const SIZE_VER3: usize = 88;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER3;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
    SIZE_VER1,
    SIZE_VER2,
    SIZE_VER3,
];

/// The number of pidfd_get_info() on this architecture.
#[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
pub const SYSCALL_NUMBER: isize = 16;
#[cfg(any(target_arch = "x86", target_arch = "s390x", target_arch = "sparc64"))]
pub const SYSCALL_NUMBER: isize = 54;
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4054;
#[cfg(not(any(target_arch = "x86", target_arch = "mips", target_arch = "s390x", target_arch = "sparc64", all(target_arch = "x86_64", target_pointer_width = "64"))))]
pub const SYSCALL_NUMBER: isize = 29;

/// An error number of Linux (`errno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const EINVAL: Errno = Errno(22);
    pub const ENOTTY: Errno = Errno(25);
    #[cfg(target_arch = "sparc64")]
    pub const EREMOTE: Errno = Errno(71);
    #[cfg(not(target_arch = "sparc64"))]
    pub const EREMOTE: Errno = Errno(66);
    pub const ESRCH: Errno = Errno(3);
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

/// Information about the process a pidfd refers to: its ids, its
/// credentials, its cgroup, and once it has exited its exit code and
/// coredump state. The caller sets bits in mask to ask for what is
/// expensive or only available on request; the kernel replies with the bits
/// of what it filled.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PidfdInfo {
    /// In: the PIDFD_INFO_* bits the caller asks for. Out: the bits of
    /// the fields the kernel filled.
    pub mask: u64,
    /// The id of the process's cgroup (PIDFD_INFO_CGROUPID).
    pub cgroupid: u64,
    /// The pid in the caller's pid namespace (PIDFD_INFO_PID).
    pub pid: u32,
    /// The thread group id (PIDFD_INFO_PID).
    pub tgid: u32,
    /// The parent's pid (PIDFD_INFO_PID).
    pub ppid: u32,
    /// Real user id (PIDFD_INFO_CREDS).
    pub ruid: u32,
    /// Real group id (PIDFD_INFO_CREDS).
    pub rgid: u32,
    /// Effective user id (PIDFD_INFO_CREDS).
    pub euid: u32,
    /// Effective group id (PIDFD_INFO_CREDS).
    pub egid: u32,
    /// Saved user id (PIDFD_INFO_CREDS).
    pub suid: u32,
    /// Saved group id (PIDFD_INFO_CREDS).
    pub sgid: u32,
    /// File system user id (PIDFD_INFO_CREDS).
    pub fsuid: u32,
    /// File system group id (PIDFD_INFO_CREDS).
    pub fsgid: u32,
    /// The wait status of an exited process (PIDFD_INFO_EXIT).
    pub exit_code: i32,
    /// PIDFD_COREDUMP_* bits (PIDFD_INFO_COREDUMP).
    pub coredump_mask: u32,
    /// The signal that caused the coredump
    /// (PIDFD_INFO_COREDUMP_SIGNAL); a spare word before that.
    pub coredump_signal: u32,
    /// The si_code of that signal (PIDFD_INFO_COREDUMP_CODE).
    pub coredump_code: u32,
    /// Padding that aligns supported_mask; zero.
    pub coredump_pad: u32,
    /// Every PIDFD_INFO_* bit this kernel knows
    /// (PIDFD_INFO_SUPPORTED_MASK).
    pub supported_mask: u64,
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
    let s: PidfdInfo = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<PidfdInfo>() == 88);
    assert!(s.mask == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "mask is not at offset 0");
    assert!(s.cgroupid == u64::from_ne_bytes([8, 9, 10, 11, 12, 13, 14, 15]), "cgroupid is not at offset 8");
    assert!(s.pid == u32::from_ne_bytes([16, 17, 18, 19]), "pid is not at offset 16");
    assert!(s.tgid == u32::from_ne_bytes([20, 21, 22, 23]), "tgid is not at offset 20");
    assert!(s.ppid == u32::from_ne_bytes([24, 25, 26, 27]), "ppid is not at offset 24");
    assert!(s.ruid == u32::from_ne_bytes([28, 29, 30, 31]), "ruid is not at offset 28");
    assert!(s.rgid == u32::from_ne_bytes([32, 33, 34, 35]), "rgid is not at offset 32");
    assert!(s.euid == u32::from_ne_bytes([36, 37, 38, 39]), "euid is not at offset 36");
    assert!(s.egid == u32::from_ne_bytes([40, 41, 42, 43]), "egid is not at offset 40");
    assert!(s.suid == u32::from_ne_bytes([44, 45, 46, 47]), "suid is not at offset 44");
    assert!(s.sgid == u32::from_ne_bytes([48, 49, 50, 51]), "sgid is not at offset 48");
    assert!(s.fsuid == u32::from_ne_bytes([52, 53, 54, 55]), "fsuid is not at offset 52");
    assert!(s.fsgid == u32::from_ne_bytes([56, 57, 58, 59]), "fsgid is not at offset 56");
    assert!(s.exit_code == i32::from_ne_bytes([60, 61, 62, 63]), "exit_code is not at offset 60");
    assert!(s.coredump_mask == u32::from_ne_bytes([64, 65, 66, 67]), "coredump_mask is not at offset 64");
    assert!(s.coredump_signal == u32::from_ne_bytes([68, 69, 70, 71]), "coredump_signal is not at offset 68");
    assert!(s.coredump_code == u32::from_ne_bytes([72, 73, 74, 75]), "coredump_code is not at offset 72");
    assert!(s.coredump_pad == u32::from_ne_bytes([76, 77, 78, 79]), "coredump_pad is not at offset 76");
    assert!(s.supported_mask == u64::from_ne_bytes([80, 81, 82, 83, 84, 85, 86, 87]), "supported_mask is not at offset 80");
};

/// Flags of pidfd_info.mask: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PidfdInfoMask(pub u64);

impl PidfdInfoMask {
    /// The ids; always returned while the process exists. (Linux 6.13)
    pub const PIDFD_INFO_PID: Self = Self(1);
    /// The credentials; always returned while the process exists.
    /// (Linux 6.13)
    pub const PIDFD_INFO_CREDS: Self = Self(2);
    /// The cgroup id; returned whenever the kernel has it. (Linux 6.13)
    pub const PIDFD_INFO_CGROUPID: Self = Self(4);
    /// The exit code; only when asked for, and only once the process
    /// has exited. (Linux 6.13)
    pub const PIDFD_INFO_EXIT: Self = Self(8);
    /// The coredump state; only when asked for. (Linux 6.16)
    pub const PIDFD_INFO_COREDUMP: Self = Self(16);
    /// The bits this kernel supports; only when asked for. (Linux 7.1)
    pub const PIDFD_INFO_SUPPORTED_MASK: Self = Self(32);
    /// The coredump signal; returned with PIDFD_INFO_COREDUMP when a
    /// coredump took place. (Linux 7.1)
    pub const PIDFD_INFO_COREDUMP_SIGNAL: Self = Self(64);
    /// The coredump signal's code; returned with PIDFD_INFO_COREDUMP
    /// when a coredump took place. (Linux 7.1)
    pub const PIDFD_INFO_COREDUMP_CODE: Self = Self(128);

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

impl core::ops::BitOr for PidfdInfoMask {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for PidfdInfoMask {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for PidfdInfoMask {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for PidfdInfoMask {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for PidfdInfoMask {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for PidfdInfoMask {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for PidfdInfoMask {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<PidfdInfoMask> for u64 {
    fn from(flags: PidfdInfoMask) -> u64 {
        flags.0
    }
}

/// Each field as 64 bits; a signed one sign-extended.
#[derive(Clone, Copy)]
struct Values {
    mask: u64,
    cgroupid: u64,
    pid: u64,
    tgid: u64,
    ppid: u64,
    ruid: u64,
    rgid: u64,
    euid: u64,
    egid: u64,
    suid: u64,
    sgid: u64,
    fsuid: u64,
    fsgid: u64,
    exit_code: u64,
    coredump_mask: u64,
    coredump_signal: u64,
    coredump_code: u64,
    coredump_pad: u64,
    supported_mask: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            mask: v.mask,
            cgroupid: v.cgroupid,
            pid: kernel_bits(v.pid, 32, false),
            tgid: kernel_bits(v.tgid, 32, false),
            ppid: kernel_bits(v.ppid, 32, false),
            ruid: kernel_bits(v.ruid, 32, false),
            rgid: kernel_bits(v.rgid, 32, false),
            euid: kernel_bits(v.euid, 32, false),
            egid: kernel_bits(v.egid, 32, false),
            suid: kernel_bits(v.suid, 32, false),
            sgid: kernel_bits(v.sgid, 32, false),
            fsuid: kernel_bits(v.fsuid, 32, false),
            fsgid: kernel_bits(v.fsgid, 32, false),
            exit_code: kernel_bits(v.exit_code, 32, true),
            coredump_mask: kernel_bits(v.coredump_mask, 32, false),
            coredump_signal: kernel_bits(v.coredump_signal, 32, false),
            coredump_code: kernel_bits(v.coredump_code, 32, false),
            coredump_pad: kernel_bits(v.coredump_pad, 32, false),
            supported_mask: v.supported_mask,
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
    }
}

fn take<const N: usize>(data: &[u8; SIZE_LATEST], at: usize) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&data[at..at + N]);
    out
}

impl PidfdInfo {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.mask.to_ne_bytes());
        out[8..16].copy_from_slice(&self.cgroupid.to_ne_bytes());
        out[16..20].copy_from_slice(&self.pid.to_ne_bytes());
        out[20..24].copy_from_slice(&self.tgid.to_ne_bytes());
        out[24..28].copy_from_slice(&self.ppid.to_ne_bytes());
        out[28..32].copy_from_slice(&self.ruid.to_ne_bytes());
        out[32..36].copy_from_slice(&self.rgid.to_ne_bytes());
        out[36..40].copy_from_slice(&self.euid.to_ne_bytes());
        out[40..44].copy_from_slice(&self.egid.to_ne_bytes());
        out[44..48].copy_from_slice(&self.suid.to_ne_bytes());
        out[48..52].copy_from_slice(&self.sgid.to_ne_bytes());
        out[52..56].copy_from_slice(&self.fsuid.to_ne_bytes());
        out[56..60].copy_from_slice(&self.fsgid.to_ne_bytes());
        out[60..64].copy_from_slice(&self.exit_code.to_ne_bytes());
        out[64..68].copy_from_slice(&self.coredump_mask.to_ne_bytes());
        out[68..72].copy_from_slice(&self.coredump_signal.to_ne_bytes());
        out[72..76].copy_from_slice(&self.coredump_code.to_ne_bytes());
        out[76..80].copy_from_slice(&self.coredump_pad.to_ne_bytes());
        out[80..88].copy_from_slice(&self.supported_mask.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            mask: u64::from_ne_bytes(take(data, 0)),
            cgroupid: u64::from_ne_bytes(take(data, 8)),
            pid: u32::from_ne_bytes(take(data, 16)),
            tgid: u32::from_ne_bytes(take(data, 20)),
            ppid: u32::from_ne_bytes(take(data, 24)),
            ruid: u32::from_ne_bytes(take(data, 28)),
            rgid: u32::from_ne_bytes(take(data, 32)),
            euid: u32::from_ne_bytes(take(data, 36)),
            egid: u32::from_ne_bytes(take(data, 40)),
            suid: u32::from_ne_bytes(take(data, 44)),
            sgid: u32::from_ne_bytes(take(data, 48)),
            fsuid: u32::from_ne_bytes(take(data, 52)),
            fsgid: u32::from_ne_bytes(take(data, 56)),
            exit_code: i32::from_ne_bytes(take(data, 60)),
            coredump_mask: u32::from_ne_bytes(take(data, 64)),
            coredump_signal: u32::from_ne_bytes(take(data, 68)),
            coredump_code: u32::from_ne_bytes(take(data, 72)),
            coredump_pad: u32::from_ne_bytes(take(data, 76)),
            supported_mask: u64::from_ne_bytes(take(data, 80)),
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
        Ok(())
    }

    fn values(&self) -> Values {
        Values {
            mask: self.mask,
            cgroupid: self.cgroupid,
            pid: u64::from(self.pid),
            tgid: u64::from(self.tgid),
            ppid: u64::from(self.ppid),
            ruid: u64::from(self.ruid),
            rgid: u64::from(self.rgid),
            euid: u64::from(self.euid),
            egid: u64::from(self.egid),
            suid: u64::from(self.suid),
            sgid: u64::from(self.sgid),
            fsuid: u64::from(self.fsuid),
            fsgid: u64::from(self.fsgid),
            exit_code: self.exit_code as i64 as u64,
            coredump_mask: u64::from(self.coredump_mask),
            coredump_signal: u64::from(self.coredump_signal),
            coredump_code: u64::from(self.coredump_code),
            coredump_pad: u64::from(self.coredump_pad),
            supported_mask: self.supported_mask,
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if size < SIZE_VER0 {
            return refused(Errno::ENOTTY, "size >= PIDFD_INFO_SIZE_VER0 (64)");
        }
        Ok(())
    }

    /// The checks, in kernel order, on values a caller passed with `size` bytes.
    fn checks(&self, size: usize) -> Result<(), Error> {
        let v = self.values();
        let k = v.kernel();
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
        if v.mask != 0 {
            needed = 8;
        }
        if v.cgroupid != 0 {
            needed = 16;
        }
        if v.pid != 0 {
            needed = 20;
        }
        if v.tgid != 0 {
            needed = 24;
        }
        if v.ppid != 0 {
            needed = 28;
        }
        if v.ruid != 0 {
            needed = 32;
        }
        if v.rgid != 0 {
            needed = 36;
        }
        if v.euid != 0 {
            needed = 40;
        }
        if v.egid != 0 {
            needed = 44;
        }
        if v.suid != 0 {
            needed = 48;
        }
        if v.sgid != 0 {
            needed = 52;
        }
        if v.fsuid != 0 {
            needed = 56;
        }
        if v.fsgid != 0 {
            needed = 60;
        }
        if v.exit_code != 0 {
            needed = 64;
        }
        if v.coredump_mask != 0 {
            needed = 68;
        }
        if v.coredump_signal != 0 {
            needed = 72;
        }
        if v.coredump_code != 0 {
            needed = 76;
        }
        if v.coredump_pad != 0 {
            needed = 80;
        }
        if v.supported_mask != 0 {
            needed = 88;
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

/// _IOC()'s layout on this architecture: (bits of the size, _IOC_READ, _IOC_WRITE).
#[cfg(any(target_arch = "mips", target_arch = "sparc64"))]
const IOC_LAYOUT: (u32, u64, u64) = (13, 2, 4);
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
const IOC_LAYOUT: (u32, u64, u64) = (14, 2, 1);
/// The type of the PIDFD_GET_INFO ioctl.
pub const IOCTL_TYPE: u64 = 0xff;
/// The number of the PIDFD_GET_INFO ioctl.
pub const IOCTL_NR: u64 = 11;
/// The fields each bit of the answer's mask says the kernel filled.
pub const FIELDS_OF: &[(u64, &[&str])] = &[
    (PidfdInfoMask::PIDFD_INFO_PID.0, &["pid", "tgid", "ppid"]),
    (PidfdInfoMask::PIDFD_INFO_CREDS.0, &["ruid", "rgid", "euid", "egid", "suid", "sgid", "fsuid", "fsgid"]),
    (PidfdInfoMask::PIDFD_INFO_CGROUPID.0, &["cgroupid"]),
    (PidfdInfoMask::PIDFD_INFO_EXIT.0, &["exit_code"]),
    (PidfdInfoMask::PIDFD_INFO_COREDUMP.0, &["coredump_mask"]),
    (PidfdInfoMask::PIDFD_INFO_SUPPORTED_MASK.0, &["supported_mask"]),
    (PidfdInfoMask::PIDFD_INFO_COREDUMP_SIGNAL.0, &["coredump_signal"]),
    (PidfdInfoMask::PIDFD_INFO_COREDUMP_CODE.0, &["coredump_code"]),
];

/// The PIDFD_GET_INFO ioctl number for a struct of `size` bytes, as _IOC()
/// makes it; `None` when the size does not fit its bits.
pub const fn pidfd_get_info_number(size: usize) -> Option<u64> {
    let (bits, read, write) = IOC_LAYOUT;
    if size as u64 >= 1 << bits {
        return None;
    }
    let dir: u64 = read | write;
    Some((dir << (16 + bits)) | ((size as u64) << 16) | (IOCTL_TYPE << 8) | IOCTL_NR)
}

/// The PIDFD_GET_INFO ioctl: the struct as the kernel fills it into
/// `SIZE_LATEST` bytes, asked with the request (mask).
/// The answer's mask has the bit of every field the kernel filled, even one
/// a smaller size cuts off: check the size as well as the bit.
pub fn pidfd_get_info(
    pidfd: i32,
    mask: u64,
) -> Result<PidfdInfo, Error> {
    let request = PidfdInfo {
        mask,
        ..Default::default()
    };
    let mut data = request.to_bytes();
    pidfd_get_info_bytes(pidfd, &mut data)?;
    Ok(PidfdInfo::from_array(&data))
}

/// The PIDFD_GET_INFO ioctl into `data`, whose length is the size the ioctl
/// number carries: the kernel reads the request from `data` and writes at most
/// that many bytes. A size the number cannot carry is refused (EINVAL).
pub fn pidfd_get_info_bytes(
    pidfd: i32,
    data: &mut [u8],
) -> Result<isize, Error> {
    let number = match pidfd_get_info_number(data.len()) {
        Some(number) => number,
        None => {
            return Err(Error {
                errno: Errno::EINVAL,
                requirement: Some("the size fits the ioctl number's size bits"),
            })
        }
    };
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
            pidfd as isize,
            number as usize,
            data.as_mut_ptr(),
        )
    };
    if ret < 0 {
        let errno = unsafe { *sys::__errno_location() };
        return Err(Error { errno: Errno(errno), requirement: None });
    }
    Ok(ret)
}
