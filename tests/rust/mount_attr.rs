// mount_setattr() and open_tree_attr() on a tmpfs mounted at argv[1] in a mount
// namespace of the test's own (unshare -m), through the generated module,
// included after `mod mount_attr;` by tests/test_rust.py.
use mount_attr::*;
use std::ffi::CString;

const AT_FDCWD: i32 = -100;
const AT_RECURSIVE: u32 = 0x8000;
const OPEN_TREE_CLONE: u32 = 1;
const OPEN_TREE_CLOEXEC: u32 = 0o2000000;
const EROFS: i32 = 30;

fn writable(dir: &str) -> Result<(), i32> {
    match std::fs::File::create(format!("{}/probe", dir)) {
        Ok(_) => std::fs::remove_file(format!("{}/probe", dir)).map_err(|e| e.raw_os_error().unwrap()),
        Err(e) => Err(e.raw_os_error().unwrap()),
    }
}

fn main() {
    let dir = std::env::args().nth(1).expect("a tmpfs mount point");
    let path = CString::new(dir.clone()).unwrap();
    let path = path.as_bytes_with_nul();
    writable(&dir).expect("the tmpfs starts writable");

    // mount_setattr() makes the mount read-only; the kernel takes the struct.
    let ro = MountAttr { attr_set: MountAttrAttrSet::MOUNT_ATTR_RDONLY.bits(), ..Default::default() };
    mount_setattr(AT_FDCWD, path, 0, &ro).expect("mount_setattr RDONLY");
    assert_eq!(writable(&dir), Err(EROFS));
    println!("mount_setattr made the mount read-only");

    // open_tree_attr() clones the tree with the read-only bit cleared: the clone is
    // writable through its descriptor while the mount stays read-only.
    let rw = MountAttr { attr_clr: MountAttrAttrSet::MOUNT_ATTR_RDONLY.bits(), ..Default::default() };
    let fd = open_tree_attr(AT_FDCWD, path, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE, &rw)
        .expect("open_tree_attr");
    assert!(fd >= 0);
    writable(&format!("/proc/self/fd/{}", fd)).expect("the clone is writable");
    assert_eq!(writable(&dir), Err(EROFS));
    println!("open_tree_attr gave a writable clone");

    // Refusals made here are the kernel's: two propagation types, an unknown attribute.
    let bad = [
        MountAttr {
            propagation: (MountAttrPropagation::MS_SHARED | MountAttrPropagation::MS_PRIVATE).bits(),
            ..Default::default()
        },
        MountAttr { attr_set: 1 << 40, ..Default::default() },
        MountAttr { attr_set: MountAttrAttrSet::MOUNT_ATTR_NOATIME.bits(), ..Default::default() },
    ];
    for attr in bad.iter() {
        let here = attr.verdict(SIZE_VER0).unwrap_err();
        assert!(here.requirement.is_some());
        let data = attr.to_bytes();
        let kernel = mount_setattr_bytes(AT_FDCWD, path, 0, &data).unwrap_err();
        assert_eq!(here.errno, kernel.errno, "{:?}", attr);
        let kernel = open_tree_attr_bytes(AT_FDCWD, path, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC, &data)
            .unwrap_err();
        assert_eq!(here.errno, kernel.errno, "{:?}", attr);
    }
    // A size below VER0 and a non-zero tail, both entry points.
    let data = ro.to_bytes();
    let small = mount_setattr_bytes(AT_FDCWD, path, 0, &data[..SIZE_VER0 - 8]).unwrap_err();
    assert_eq!(small.errno, Errno::EINVAL);
    let mut long = [0u8; SIZE_VER0 + 8];
    long[SIZE_VER0] = 1;
    let tail = open_tree_attr_bytes(AT_FDCWD, path, OPEN_TREE_CLONE, &long).unwrap_err();
    assert_eq!(tail.errno, Errno::E2BIG);
    assert_eq!(MountAttr::verdict_bytes(&long).unwrap_err().errno, Errno::E2BIG);
    println!("refusals agree with the kernel");
}
