// Real clone3() and openat2() calls through the generated Rust modules.
// Included by tests/test_rust.py after `mod clone_args; mod open_how;`.

use std::os::unix::io::AsRawFd;

extern "C" {
    fn _exit(code: i32) -> !;
    fn poll(fds: *mut PollFd, n: u64, timeout: i32) -> i32;
    fn waitid(idtype: u32, id: u32, info: *mut u8, options: i32) -> i32;
    fn close(fd: i32) -> i32;
}

#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

const P_PIDFD: u32 = 3;
const WEXITED: i32 = 4;
const POLLIN: i16 = 1;

fn clone3_with_pidfd() {
    use clone_args::*;
    let mut pidfd: i32 = -1;
    let args = CloneArgs {
        flags: CloneArgsFlags::CLONE_PIDFD.bits(),
        pidfd: &mut pidfd as *mut i32 as u64,
        exit_signal: SIGCHLD,
        ..Default::default()
    };
    assert_eq!(args.size_for(), SIZE_VER0);
    let pid = unsafe { clone3(&args) }.expect("clone3");
    if pid == 0 {
        unsafe { _exit(7) }
    }
    assert!(pid > 0 && pidfd >= 0, "pid {} pidfd {}", pid, pidfd);
    // The pidfd becomes readable when the child exits; then waitid() on it reaps it.
    let mut fds = PollFd { fd: pidfd, events: POLLIN, revents: 0 };
    assert_eq!(unsafe { poll(&mut fds, 1, 60_000) }, 1);
    assert!(fds.revents & POLLIN != 0);
    let mut info = [0u8; 128];
    assert_eq!(unsafe { waitid(P_PIDFD, pidfd as u32, info.as_mut_ptr(), WEXITED) }, 0);
    let field = |at: usize| i32::from_ne_bytes([info[at], info[at + 1], info[at + 2], info[at + 3]]);
    assert_eq!(field(16), pid as i32, "si_pid");
    assert_eq!(field(24), 7, "si_status");
    unsafe { close(pidfd) };
    println!("clone3: child {} exited with 7, seen through pidfd {}", pid, pidfd);
}

fn clone3_refusals() {
    use clone_args::*;
    // Refused here, with the kernel's errno and the requirement, before any call.
    let bad = CloneArgs {
        flags: (CloneArgsFlags::CLONE_SIGHAND | CloneArgsFlags::CLONE_CLEAR_SIGHAND).bits(),
        exit_signal: SIGCHLD,
        ..Default::default()
    };
    let err = unsafe { clone3(&bad) }.unwrap_err();
    assert_eq!(err.errno, Errno::EINVAL);
    assert!(err.requirement.unwrap().contains("CLONE_CLEAR_SIGHAND"), "{:?}", err);
    // The kernel says the same of the same bytes.
    let raw = unsafe { clone3_bytes(&bad.to_bytes()[..SIZE_VER0]) }.unwrap_err();
    assert_eq!(raw, Error { errno: Errno::EINVAL, requirement: None });
    // A fork-like call refuses what would share memory.
    let vm = CloneArgs { flags: CloneArgsFlags::CLONE_VM.bits(), ..Default::default() };
    assert_eq!(unsafe { clone3(&vm) }.unwrap_err().errno, Errno::EINVAL);
    // A non-zero byte past the struct: E2BIG, here and in the kernel.
    let mut long = [0u8; SIZE_LATEST + 8];
    long[SIZE_LATEST + 3] = 1;
    assert_eq!(CloneArgs::verdict_bytes(&long).unwrap_err().errno, Errno::E2BIG);
    assert_eq!(unsafe { clone3_bytes(&long) }.unwrap_err().errno, Errno::E2BIG);
    // CLONE_INTO_CGROUP needs VER2 even with cgroup 0: size_for() passes it.
    let cg = CloneArgs { flags: CloneArgsFlags::CLONE_INTO_CGROUP.bits(), ..Default::default() };
    assert_eq!(cg.size_for(), SIZE_VER2);
    let tid = CloneArgs { set_tid_size: 1, ..Default::default() };
    assert_eq!(tid.size_for(), SIZE_VER1);
    println!("clone3: refusals agree with the kernel");
}

fn openat2_beneath() {
    use open_how::*;
    let dir = std::env::temp_dir().join(format!("cg-rust-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/inside"), b"x").unwrap();
    let root = std::fs::File::open(&dir).unwrap();
    let how = OpenHow {
        flags: O_CLOEXEC,
        resolve: OpenHowResolve::RESOLVE_BENEATH.bits(),
        ..Default::default()
    };
    let fd = openat2(root.as_raw_fd(), b"sub/inside\0", &how).expect("openat2 beneath");
    assert!(fd >= 0);
    unsafe { close(fd as i32) };
    for escape in [&b"../etc\0"[..], b"/etc/passwd\0", b"sub/../../x\0"] {
        let err = openat2(root.as_raw_fd(), escape, &how).unwrap_err();
        assert_eq!(err, Error { errno: Errno(18), requirement: None }, "EXDEV for {:?}", escape);
    }
    // Checks made here, and the same answer from the kernel for the same bytes.
    let both = OpenHow {
        resolve: (OpenHowResolve::RESOLVE_BENEATH | OpenHowResolve::RESOLVE_IN_ROOT).bits(),
        ..Default::default()
    };
    let err = openat2(root.as_raw_fd(), b"sub\0", &both).unwrap_err();
    assert_eq!(err.errno, Errno::EINVAL);
    assert!(err.requirement.is_some());
    let raw = openat2_bytes(root.as_raw_fd(), b"sub\0", &both.to_bytes()).unwrap_err();
    assert_eq!(raw.errno, Errno::EINVAL);
    assert_eq!(
        openat2(root.as_raw_fd(), b"sub", &how).unwrap_err().errno,
        Errno::EINVAL,
        "a path without its NUL"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    println!("openat2: RESOLVE_BENEATH keeps the lookup inside");
}

fn main() {
    clone3_with_pidfd();
    clone3_refusals();
    openat2_beneath();
}
