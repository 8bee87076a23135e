// sched_setattr() and sched_getattr() on the calling thread (SCHED_OTHER), through
// the generated module, included after `mod sched_attr;` by tests/test_rust.py.
use sched_attr::*;

fn field(data: &[u8]) -> u32 {
    u32::from_ne_bytes([data[0], data[1], data[2], data[3]])
}

fn nice() -> i32 {
    sched_getattr(0, 0).expect("sched_getattr").sched_nice
}

fn main() {
    let now = sched_getattr(0, 0).expect("sched_getattr");
    assert_eq!(now.sched_policy, 0, "the test runs under SCHED_OTHER");
    assert_eq!(now.size as usize, SIZE_LATEST, "the kernel reports min(SIZE_LATEST, its size)");

    // A page-sized buffer: the kernel reports its own size and zero-fills the rest.
    let mut big = [0xffu8; 4096];
    sched_getattr_bytes(0, &mut big, 0).expect("sched_getattr of 4096 bytes");
    let reported = field(&big);
    assert!(big[reported as usize..].iter().all(|&b| b == 0));
    println!("sched_getattr reports {}", reported);

    // Too small a size is refused before anything is written.
    let mut small = [0u8; SIZE_VER0 - 1];
    let err = sched_getattr_bytes(0, &mut small, 0).unwrap_err();
    assert_eq!(err.errno, Errno::EINVAL);

    // The wrapper sets the size field; the kernel takes the nice value.
    let want = SchedAttr { sched_nice: 5, ..Default::default() };
    sched_setattr(0, &want, 0).expect("sched_setattr nice 5");
    assert_eq!(nice(), 5);
    // An out-of-range nice value is clamped, not refused.
    let want = SchedAttr { sched_nice: 100, ..Default::default() };
    sched_setattr(0, &want, 0).expect("sched_setattr nice 100");
    assert_eq!(nice(), MAX_NICE as i32);
    println!("nice 100 clamped to {}", nice());

    // A size field of 0 means VER0.
    let mut ver0 = SchedAttr { sched_nice: 3, ..Default::default() }.to_bytes();
    ver0[..4].copy_from_slice(&0u32.to_ne_bytes());
    sched_setattr_bytes(0, &mut ver0[..SIZE_VER0], 0).expect("size 0");
    assert_eq!(nice(), 3);
    println!("size 0 taken as VER0");

    // A non-zero byte past the kernel's struct: E2BIG, and the kernel writes its size back.
    let mut long = [0u8; 4096];
    long[..4].copy_from_slice(&4096u32.to_ne_bytes());
    long[4095] = 1;
    let err = sched_setattr_bytes(0, &mut long, 0).unwrap_err();
    assert_eq!(err.errno, Errno::E2BIG);
    assert_eq!(err.requirement, None);
    println!("E2BIG writes back {}", field(&long));

    // A utilization clamp needs VER1: refused here as the kernel refuses it.
    let clamp = SchedAttr {
        sched_flags: SchedAttrSchedFlags::SCHED_FLAG_UTIL_CLAMP_MIN.bits(),
        ..Default::default()
    };
    let here = clamp.verdict(SIZE_VER0).unwrap_err();
    assert!(here.requirement.is_some());
    let mut data = clamp.to_bytes();
    data[..4].copy_from_slice(&(SIZE_VER0 as u32).to_ne_bytes());
    let kernel = sched_setattr_bytes(0, &mut data[..SIZE_VER0], 0).unwrap_err();
    assert_eq!(here.errno, kernel.errno);
    assert_eq!(clamp.size_for(), SIZE_VER1);
    println!("the VER1 refusal agrees with the kernel");

    // A buffer shorter than the size it states never reaches the kernel.
    let mut short = [0u8; 8];
    short[..4].copy_from_slice(&(SIZE_LATEST as u32).to_ne_bytes());
    let err = sched_setattr_bytes(0, &mut short, 0).unwrap_err();
    assert_eq!(err.errno, Errno::EFAULT);
    assert!(err.requirement.is_some());

    sched_setattr(0, &SchedAttr::default(), 0).expect("back to nice 0");
    assert_eq!(nice(), 0);
    println!("sched_attr calls done");
}
