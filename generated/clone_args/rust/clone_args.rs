// Generated from spec/clone_args.yaml by clonegen; do not edit.
// Spec digest: sha256:c4dcfbe32d8d3ddb.

//! Arguments for the clone3() system call. The structure is versioned by
//! its size: user space passes the size it was compiled with, the kernel
//! zero-fills fields an older caller does not know, and refuses a larger
//! structure whose unknown tail is not zero.
//!
//! Rust bindings for struct clone_args and clone3(): the `#[repr(C)]` struct, its
//! sizes, flags, the kernel's checks and the system call. `core` only: the module
//! builds in a `#![no_std]` crate, with no crate from outside, from Rust 1.63 on.
//! The system call goes through the C library's `syscall()` (glibc, musl).
//! Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, sparc64; it refuses
//! to build for any other.
#![allow(dead_code, non_upper_case_globals, non_snake_case, unused_variables, unused_unsafe)]

#[cfg(not(any(all(target_arch = "x86_64", target_pointer_width = "64"), target_arch = "x86", target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x", target_arch = "mips", target_arch = "sparc64")))]
compile_error!("clone_args: this module states its values only for x86_64, i386, arm64, riscv64, s390x, mips, sparc64");

/// Size of the struct in VER0 (Linux 5.3).
pub const SIZE_VER0: usize = 64;
/// Size of the struct in VER1 (Linux 5.5).
pub const SIZE_VER1: usize = 80;
/// Size of the struct in VER2 (Linux 5.7).
pub const SIZE_VER2: usize = 88;
/// Size of the struct this module knows.
pub const SIZE_LATEST: usize = SIZE_VER2;
/// Every published size, oldest first.
pub const SIZES: &[usize] = &[
    SIZE_VER0,
    SIZE_VER1,
    SIZE_VER2,
];

/// Bits of the legacy flags word that carry the exit signal.
pub const CSIGNAL: u64 = 0xff;
/// Highest valid signal number.
#[cfg(target_arch = "mips")]
pub const _NSIG: u64 = 128;
#[cfg(not(target_arch = "mips"))]
pub const _NSIG: u64 = 64;
/// Deepest nesting of PID namespaces.
pub const MAX_PID_NS_LEVEL: u64 = 32;
/// Largest value of a C int.
pub const INT_MAX: u64 = 0x7fffffff;
/// Signal sent to the parent when a child exits.
#[cfg(target_arch = "mips")]
pub const SIGCHLD: u64 = 18;
#[cfg(target_arch = "sparc64")]
pub const SIGCHLD: u64 = 20;
#[cfg(not(any(target_arch = "mips", target_arch = "sparc64")))]
pub const SIGCHLD: u64 = 17;
/// The number of clone3() on this architecture.
#[cfg(target_arch = "mips")]
pub const SYSCALL_NUMBER: isize = 4435;
#[cfg(not(target_arch = "mips"))]
pub const SYSCALL_NUMBER: isize = 435;

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

/// Arguments for the clone3() system call. The structure is versioned by
/// its size: user space passes the size it was compiled with, the kernel
/// zero-fills fields an older caller does not know, and refuses a larger
/// structure whose unknown tail is not zero.
///
/// The fields are those the kernel reads, in ABI order; `Default` is all zero.
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CloneArgs {
    /// Flags for the new process, all CLONE_* flags, 64 bits wide.
    pub flags: u64,
    /// If CLONE_PIDFD is set, a pidfd for the new process is stored in
    /// the int this points to.
    pub pidfd: u64,
    /// If CLONE_CHILD_SETTID is set, the TID of the child is stored
    /// there in the child's memory; CLONE_CHILD_CLEARTID clears it when
    /// the child exits.
    pub child_tid: u64,
    /// If CLONE_PARENT_SETTID is set, the TID of the child is stored
    /// there in the parent's memory.
    pub parent_tid: u64,
    /// Signal sent to the parent when the child exits. Unlike clone(),
    /// it is not part of @flags.
    pub exit_signal: u64,
    /// Lowest address of the stack the child starts on.
    pub stack: u64,
    /// Size of the stack at @stack.
    pub stack_size: u64,
    /// If CLONE_SETTLS is set, the TLS descriptor of the child.
    pub tls: u64,
    /// Array of PIDs to give the child, one per PID namespace level,
    /// the most nested namespace first. The kernel copies it into its
    /// own memory.
    pub set_tid: u64,
    /// Number of elements in @set_tid.
    pub set_tid_size: u64,
    /// If CLONE_INTO_CGROUP is set, a file descriptor of the cgroup2
    /// directory the child is created in.
    pub cgroup: u64,
}

// The layout, proven when the module is compiled: each field's bytes lie at
// its offset (a byte pattern transmuted into the struct), the size is the
// latest version's and the alignment that of __aligned_u64.
const _: () = {
    let mut bytes = [0u8; SIZE_LATEST];
    let mut i = 0;
    while i < SIZE_LATEST {
        bytes[i] = (i % 256) as u8;
        i += 1;
    }
    let s: CloneArgs = unsafe { core::mem::transmute(bytes) };
    assert!(core::mem::size_of::<CloneArgs>() == 88);
    assert!(core::mem::align_of::<CloneArgs>() == 8);
    assert!(s.flags == u64::from_ne_bytes([0, 1, 2, 3, 4, 5, 6, 7]), "flags is not at offset 0");
    assert!(s.pidfd == u64::from_ne_bytes([8, 9, 10, 11, 12, 13, 14, 15]), "pidfd is not at offset 8");
    assert!(s.child_tid == u64::from_ne_bytes([16, 17, 18, 19, 20, 21, 22, 23]), "child_tid is not at offset 16");
    assert!(s.parent_tid == u64::from_ne_bytes([24, 25, 26, 27, 28, 29, 30, 31]), "parent_tid is not at offset 24");
    assert!(s.exit_signal == u64::from_ne_bytes([32, 33, 34, 35, 36, 37, 38, 39]), "exit_signal is not at offset 32");
    assert!(s.stack == u64::from_ne_bytes([40, 41, 42, 43, 44, 45, 46, 47]), "stack is not at offset 40");
    assert!(s.stack_size == u64::from_ne_bytes([48, 49, 50, 51, 52, 53, 54, 55]), "stack_size is not at offset 48");
    assert!(s.tls == u64::from_ne_bytes([56, 57, 58, 59, 60, 61, 62, 63]), "tls is not at offset 56");
    assert!(s.set_tid == u64::from_ne_bytes([64, 65, 66, 67, 68, 69, 70, 71]), "set_tid is not at offset 64");
    assert!(s.set_tid_size == u64::from_ne_bytes([72, 73, 74, 75, 76, 77, 78, 79]), "set_tid_size is not at offset 72");
    assert!(s.cgroup == u64::from_ne_bytes([80, 81, 82, 83, 84, 85, 86, 87]), "cgroup is not at offset 80");
};

/// Flags of clone_args.flags: a plain `u64` with bit operations.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CloneArgsFlags(pub u64);

impl CloneArgsFlags {
    /// The child shares the parent's memory. (Linux 2.0)
    pub const CLONE_VM: Self = Self(0x100);
    /// The child shares root, cwd and umask. (Linux 2.0)
    pub const CLONE_FS: Self = Self(0x200);
    /// The child shares the file descriptor table. (Linux 2.0)
    pub const CLONE_FILES: Self = Self(0x400);
    /// The child shares signal handlers. (Linux 2.0)
    pub const CLONE_SIGHAND: Self = Self(0x800);
    /// A pidfd for the child is returned through @pidfd. (Linux 5.2)
    pub const CLONE_PIDFD: Self = Self(0x1000);
    /// The child is traced if the parent is. (Linux 2.0)
    pub const CLONE_PTRACE: Self = Self(0x2000);
    /// The parent sleeps until the child execs or exits. (Linux 2.0)
    pub const CLONE_VFORK: Self = Self(0x4000);
    /// The child gets the caller's parent. (Linux 2.4)
    pub const CLONE_PARENT: Self = Self(0x8000);
    /// The child joins the caller's thread group. (Linux 2.4)
    pub const CLONE_THREAD: Self = Self(0x10000);
    /// The child gets a new mount namespace. (Linux 2.4.19)
    pub const CLONE_NEWNS: Self = Self(0x20000);
    /// The child shares System V semaphore undo values. (Linux 2.5.10)
    pub const CLONE_SYSVSEM: Self = Self(0x40000);
    /// The child's TLS is set from @tls. (Linux 2.5.32)
    pub const CLONE_SETTLS: Self = Self(0x80000);
    /// The child's TID is stored at @parent_tid. (Linux 2.5.49)
    pub const CLONE_PARENT_SETTID: Self = Self(0x100000);
    /// The child's TID at @child_tid is cleared when it exits. (Linux
    /// 2.5.49)
    pub const CLONE_CHILD_CLEARTID: Self = Self(0x200000);
    /// Unused and ignored by clone(); refused by clone3() so the bit
    /// can be reused. (Linux 2.5.32)
    pub const CLONE_DETACHED: Self = Self(0x400000);
    /// A tracer cannot force CLONE_PTRACE on the child. (Linux 2.5.46)
    pub const CLONE_UNTRACED: Self = Self(0x800000);
    /// The child's TID is stored at @child_tid in the child. (Linux
    /// 2.5.49)
    pub const CLONE_CHILD_SETTID: Self = Self(0x1000000);
    /// The child gets a new cgroup namespace. (Linux 4.6)
    pub const CLONE_NEWCGROUP: Self = Self(0x2000000);
    /// The child gets a new UTS namespace. (Linux 2.6.19)
    pub const CLONE_NEWUTS: Self = Self(0x4000000);
    /// The child gets a new IPC namespace. (Linux 2.6.19)
    pub const CLONE_NEWIPC: Self = Self(0x8000000);
    /// The child gets a new user namespace. (Linux 2.6.23)
    pub const CLONE_NEWUSER: Self = Self(0x10000000);
    /// The child gets a new PID namespace. (Linux 2.6.24)
    pub const CLONE_NEWPID: Self = Self(0x20000000);
    /// The child gets a new network namespace. (Linux 2.6.24)
    pub const CLONE_NEWNET: Self = Self(0x40000000);
    /// The child shares the I/O context. (Linux 2.6.25)
    pub const CLONE_IO: Self = Self(0x80000000);
    /// The child gets a new time namespace. The bit lies inside
    /// CSIGNAL, so only clone3() can ask for it. (Linux 5.6)
    pub const CLONE_NEWTIME: Self = Self(128);
    /// Signal handlers are reset to the default in the child. (Linux
    /// 5.5)
    pub const CLONE_CLEAR_SIGHAND: Self = Self(0x100000000);
    /// The child is created in the cgroup given by @cgroup. (Linux 5.7)
    pub const CLONE_INTO_CGROUP: Self = Self(0x200000000);
    /// The child is reaped automatically when it exits. (Linux 7.1)
    pub const CLONE_AUTOREAP: Self = Self(0x400000000);
    /// The child starts with no_new_privs set. (Linux 7.1)
    pub const CLONE_NNP: Self = Self(0x800000000);
    /// The child is killed when its last pidfd is closed. (Linux 7.1)
    pub const CLONE_PIDFD_AUTOKILL: Self = Self(0x1000000000);
    /// The child gets a new, empty mount namespace. (Linux 7.1)
    pub const CLONE_EMPTY_MNTNS: Self = Self(0x2000000000);

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

impl core::ops::BitOr for CloneArgsFlags {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for CloneArgsFlags {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitXor for CloneArgsFlags {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        Self(self.0 ^ other.0)
    }
}

impl core::ops::Sub for CloneArgsFlags {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }
}

impl core::ops::Not for CloneArgsFlags {
    type Output = Self;
    fn not(self) -> Self {
        Self(!self.0)
    }
}

impl core::ops::BitOrAssign for CloneArgsFlags {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl core::ops::BitAndAssign for CloneArgsFlags {
    fn bitand_assign(&mut self, other: Self) {
        self.0 &= other.0;
    }
}

impl From<CloneArgsFlags> for u64 {
    fn from(flags: CloneArgsFlags) -> u64 {
        flags.0
    }
}

/// Flags clone3() knows in flags.
const CLONE3_FLAGS_KNOWN: u64 = mask(&[
    CloneArgsFlags::CLONE_VM.0,
    CloneArgsFlags::CLONE_FS.0,
    CloneArgsFlags::CLONE_FILES.0,
    CloneArgsFlags::CLONE_SIGHAND.0,
    CloneArgsFlags::CLONE_PIDFD.0,
    CloneArgsFlags::CLONE_PTRACE.0,
    CloneArgsFlags::CLONE_VFORK.0,
    CloneArgsFlags::CLONE_PARENT.0,
    CloneArgsFlags::CLONE_THREAD.0,
    CloneArgsFlags::CLONE_NEWNS.0,
    CloneArgsFlags::CLONE_SYSVSEM.0,
    CloneArgsFlags::CLONE_SETTLS.0,
    CloneArgsFlags::CLONE_PARENT_SETTID.0,
    CloneArgsFlags::CLONE_CHILD_CLEARTID.0,
    CloneArgsFlags::CLONE_UNTRACED.0,
    CloneArgsFlags::CLONE_CHILD_SETTID.0,
    CloneArgsFlags::CLONE_NEWCGROUP.0,
    CloneArgsFlags::CLONE_NEWUTS.0,
    CloneArgsFlags::CLONE_NEWIPC.0,
    CloneArgsFlags::CLONE_NEWUSER.0,
    CloneArgsFlags::CLONE_NEWPID.0,
    CloneArgsFlags::CLONE_NEWNET.0,
    CloneArgsFlags::CLONE_IO.0,
    CloneArgsFlags::CLONE_NEWTIME.0,
    CloneArgsFlags::CLONE_CLEAR_SIGHAND.0,
    CloneArgsFlags::CLONE_INTO_CGROUP.0,
    CloneArgsFlags::CLONE_AUTOREAP.0,
    CloneArgsFlags::CLONE_NNP.0,
    CloneArgsFlags::CLONE_PIDFD_AUTOKILL.0,
    CloneArgsFlags::CLONE_EMPTY_MNTNS.0,
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
    pidfd: u64,
    child_tid: u64,
    parent_tid: u64,
    exit_signal: u64,
    stack: u64,
    stack_size: u64,
    tls: u64,
    set_tid: u64,
    set_tid_size: u64,
    cgroup: u64,
}

impl Values {
    /// The members of the kernel struct, as the copy-in converts them.
    fn kernel(&self) -> Values {
        let v = self;
        Values {
            flags: v.flags,
            pidfd: v.pidfd,
            child_tid: v.child_tid,
            parent_tid: v.parent_tid,
            exit_signal: kernel_bits(v.exit_signal, 32, true),
            stack: v.stack,
            stack_size: v.stack_size,
            tls: v.tls,
            set_tid: v.set_tid,
            set_tid_size: v.set_tid_size,
            cgroup: kernel_bits(v.cgroup, 32, true),
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

impl CloneArgs {
    /// The struct as the kernel reads it.
    pub fn to_bytes(&self) -> [u8; SIZE_LATEST] {
        let mut out = [0u8; SIZE_LATEST];
        out[0..8].copy_from_slice(&self.flags.to_ne_bytes());
        out[8..16].copy_from_slice(&self.pidfd.to_ne_bytes());
        out[16..24].copy_from_slice(&self.child_tid.to_ne_bytes());
        out[24..32].copy_from_slice(&self.parent_tid.to_ne_bytes());
        out[32..40].copy_from_slice(&self.exit_signal.to_ne_bytes());
        out[40..48].copy_from_slice(&self.stack.to_ne_bytes());
        out[48..56].copy_from_slice(&self.stack_size.to_ne_bytes());
        out[56..64].copy_from_slice(&self.tls.to_ne_bytes());
        out[64..72].copy_from_slice(&self.set_tid.to_ne_bytes());
        out[72..80].copy_from_slice(&self.set_tid_size.to_ne_bytes());
        out[80..88].copy_from_slice(&self.cgroup.to_ne_bytes());
        out
    }

    fn from_array(data: &[u8; SIZE_LATEST]) -> Self {
        Self {
            flags: u64::from_ne_bytes(take(data, 0)),
            pidfd: u64::from_ne_bytes(take(data, 8)),
            child_tid: u64::from_ne_bytes(take(data, 16)),
            parent_tid: u64::from_ne_bytes(take(data, 24)),
            exit_signal: u64::from_ne_bytes(take(data, 32)),
            stack: u64::from_ne_bytes(take(data, 40)),
            stack_size: u64::from_ne_bytes(take(data, 48)),
            tls: u64::from_ne_bytes(take(data, 56)),
            set_tid: u64::from_ne_bytes(take(data, 64)),
            set_tid_size: u64::from_ne_bytes(take(data, 72)),
            cgroup: u64::from_ne_bytes(take(data, 80)),
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
            pidfd: self.pidfd,
            child_tid: self.child_tid,
            parent_tid: self.parent_tid,
            exit_signal: self.exit_signal,
            stack: self.stack,
            stack_size: self.stack_size,
            tls: self.tls,
            set_tid: self.set_tid,
            set_tid_size: self.set_tid_size,
            cgroup: self.cgroup,
        }
    }

    fn size_verdict(size: usize) -> Result<(), Error> {
        if (size as u64) > page_size() {
            return refused(Errno::E2BIG, "size <= PAGE_SIZE");
        }
        if size < SIZE_VER0 {
            return refused(Errno::EINVAL, "size >= CLONE_ARGS_SIZE_VER0 (64)");
        }
        Ok(())
    }

    /// The checks, in kernel order, on values a caller passed with `size` bytes.
    fn checks(&self, size: usize) -> Result<(), Error> {
        let v = self.values();
        let k = v.kernel();
        if v.set_tid_size > MAX_PID_NS_LEVEL {
            return refused(Errno::EINVAL, "set_tid_size <= MAX_PID_NS_LEVEL (32)");
        }
        if (v.set_tid == 0) != (v.set_tid_size == 0) {
            return refused(Errno::EINVAL, "set_tid and set_tid_size are both zero or both non-zero");
        }
        if v.exit_signal & !CSIGNAL != 0 {
            return refused(Errno::EINVAL, "exit_signal has no bits outside CSIGNAL");
        }
        if v.flags & 0x200000000_u64 != 0 && v.cgroup > INT_MAX {
            return refused(Errno::EINVAL, "when flags has any of CLONE_INTO_CGROUP: cgroup <= INT_MAX (0x7fffffff)");
        }
        if v.flags & 0x200000000_u64 != 0 && size < SIZE_VER2 {
            return refused(Errno::EINVAL, "when flags has any of CLONE_INTO_CGROUP: the caller's size is at least VER2 (88)");
        }
        if k.flags & !CLONE3_FLAGS_KNOWN != 0 {
            return refused(Errno::EINVAL, "flags has only flags that clone3 knows");
        }
        if k.flags & 0x100000800_u64 == 0x100000800_u64 {
            return refused(Errno::EINVAL, "flags does not have both CLONE_SIGHAND and CLONE_CLEAR_SIGHAND");
        }
        if k.flags & 0x18000_u64 != 0 && k.exit_signal != 0 {
            return refused(Errno::EINVAL, "when flags has any of CLONE_THREAD, CLONE_PARENT: exit_signal == 0");
        }
        if (k.stack == 0) != (k.stack_size == 0) {
            return refused(Errno::EINVAL, "stack and stack_size are both zero or both non-zero");
        }
        if k.stack != 0 && !access_ok(k.stack, k.stack_size) {
            return refused(Errno::EINVAL, "a non-zero stack: [stack, stack + stack_size) lies in user memory");
        }
        if k.flags & 0x101000_u64 == 0x101000_u64 && k.pidfd == k.parent_tid {
            return refused(Errno::EINVAL, "when flags has all of CLONE_PIDFD, CLONE_PARENT_SETTID: pidfd differs from parent_tid");
        }
        if (k.exit_signal as i64) > (_NSIG as i64) {
            return refused(Errno::EINVAL, "exit_signal <= _NSIG (64; 128 on mips)");
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
        if v.pidfd != 0 {
            needed = 16;
        }
        if v.child_tid != 0 {
            needed = 24;
        }
        if v.parent_tid != 0 {
            needed = 32;
        }
        if v.exit_signal != 0 {
            needed = 40;
        }
        if v.stack != 0 {
            needed = 48;
        }
        if v.stack_size != 0 {
            needed = 56;
        }
        if v.tls != 0 {
            needed = 64;
        }
        if v.set_tid != 0 {
            needed = 72;
        }
        if v.set_tid_size != 0 {
            needed = 80;
        }
        if v.cgroup != 0 {
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

/// The raw system call; `Err` carries the kernel's errno.
unsafe fn raw(
    data: *const u8,
    size: usize,
) -> Result<isize, Error> {
    let ret = unsafe {
        sys::syscall(
            SYSCALL_NUMBER,
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

/// clone3() with `args`, passing the smallest version that covers the
/// fields that are set ([`CloneArgs::size_for`]), after the kernel's checks made here.
/// Fork-like: the child gets a copy of the caller's memory and returns 0
/// here; a request that would share memory or need a stack (CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS, stack, stack_size)
/// is refused with EINVAL.
///
/// # Safety
///
/// As for `fork()`: in a multithreaded program the child may call only
/// async-signal-safe functions until it execs or exits.
pub unsafe fn clone3(
    args: &CloneArgs,
) -> Result<isize, Error> {
    let value = args;
    let v = value.values();
    if v.flags & 0x100 != 0 || v.flags & 0x4000 != 0 || v.flags & 0x10000 != 0 || v.flags & 0x80000 != 0 || v.stack != 0 || v.stack_size != 0 {
        return Err(Error {
            errno: Errno::EINVAL,
            requirement: Some("a fork-like call has none of CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS, stack, stack_size"),
        });
    }
    let size = value.size_for();
    value.verdict(size)?;
    let data = value.to_bytes();
    unsafe { raw(data.as_ptr(), size) }
}

/// clone3() with the struct given as bytes, of any size (`data.len()`),
/// unchecked: the kernel gives its own answer.
///
/// # Safety
///
/// The kernel acts on every flag: a request that shares memory or sets a
/// stack must come with a child that can run on it.
pub unsafe fn clone3_bytes(
    data: &[u8],
) -> Result<isize, Error> {
    unsafe { raw(data.as_ptr(), data.len()) }
}
