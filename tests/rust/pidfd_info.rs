// The PIDFD_GET_INFO ioctl on the pidfd of a child, through the generated module,
// included after `mod pidfd_info;` by tests/test_rust.py.
use pidfd_info::*;

extern "C" {
    fn syscall(number: isize, ...) -> isize;
}

const SYS_PIDFD_OPEN: isize = 434; // the same number on every architecture

fn main() {
    let mut child = std::process::Command::new("sleep").arg("60").spawn().expect("sleep");
    let pid = child.id();
    let fd = unsafe { syscall(SYS_PIDFD_OPEN, pid as isize, 0isize) };
    assert!(fd >= 0, "pidfd_open");
    let fd = fd as i32;

    let ask = PidfdInfoMask::PIDFD_INFO_PID | PidfdInfoMask::PIDFD_INFO_CREDS;
    let info = pidfd_get_info(fd, ask.bits()).expect("PIDFD_GET_INFO");
    assert!(PidfdInfoMask(info.mask).contains(ask), "mask {:#x}", info.mask);
    assert_eq!(info.pid, pid);
    assert_eq!(info.tgid, pid);
    assert_eq!(info.ppid, std::process::id());
    println!("PIDFD_GET_INFO returns pid {} of pid {}", info.pid, pid);
    let pid_fields = FIELDS_OF.iter().find(|&&(bit, _)| bit == PidfdInfoMask::PIDFD_INFO_PID.0);
    assert_eq!(pid_fields.map(|&(_, names)| names), Some(&["pid", "tgid", "ppid"][..]));

    // VER0's size is enough; a smaller one never reaches the handler (ENOTTY), as the verdict says.
    let mut ver0 = [0u8; SIZE_VER0];
    ver0[..8].copy_from_slice(&ask.bits().to_ne_bytes());
    pidfd_get_info_bytes(fd, &mut ver0).expect("VER0");
    let mut small = [0u8; SIZE_VER0 - 1];
    let kernel = pidfd_get_info_bytes(fd, &mut small).unwrap_err();
    assert_eq!(kernel.errno, Errno::ENOTTY);
    assert_eq!(PidfdInfo::verdict_bytes(&small).unwrap_err().errno, kernel.errno);
    assert_eq!(pidfd_get_info_number(SIZE_VER0), Some(0xc040ff0b));
    println!("a size below VER0 fails with ENOTTY");

    // Once the child has exited and been reaped, its exit status is there on request.
    child.kill().expect("kill");
    child.wait().expect("wait");
    let info = pidfd_get_info(fd, PidfdInfoMask::PIDFD_INFO_EXIT.bits()).expect("PIDFD_INFO_EXIT");
    assert!(PidfdInfoMask(info.mask).contains(PidfdInfoMask::PIDFD_INFO_EXIT));
    assert_eq!(info.exit_code, 9, "killed by SIGKILL");
    println!("the exit status is {}", info.exit_code);
}
