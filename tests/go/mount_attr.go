// mount_setattr() and open_tree_attr() on a tmpfs mounted at os.Args[1] in a mount
// namespace of the test's own (unshare -m), through the generated package, run by
// tests/test_go.py.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"clonegen.invalid/mountattr"
)

const (
	atFdcwd         = -100
	atRecursive     = 0x8000
	openTreeClone   = 1
	openTreeCloexec = syscall.O_CLOEXEC
)

func fail(format string, args ...any) {
	fmt.Printf(format+"\n", args...)
	os.Exit(1)
}

func writable(dir string) error {
	f, err := os.Create(dir + "/probe")
	if err != nil {
		return err
	}
	f.Close()
	return os.Remove(dir + "/probe")
}

func main() {
	dir := os.Args[1]
	if err := writable(dir); err != nil {
		fail("the tmpfs starts writable: %v", err)
	}
	ro := &mountattr.MountAttr{AttrSet: uint64(mountattr.MOUNT_ATTR_RDONLY)}
	if _, err := mountattr.MountSetattr(atFdcwd, dir, 0, ro); err != nil {
		fail("mount_setattr RDONLY: %v", err)
	}
	if err := writable(dir); !errors.Is(err, syscall.EROFS) {
		fail("read-only: %v", err)
	}
	fmt.Println("mount_setattr made the mount read-only")

	rw := &mountattr.MountAttr{AttrClr: uint64(mountattr.MOUNT_ATTR_RDONLY)}
	fd, err := mountattr.OpenTreeAttr(atFdcwd, dir, openTreeClone|openTreeCloexec|atRecursive, rw)
	if err != nil || fd < 0 {
		fail("open_tree_attr: %v", err)
	}
	if err := writable(fmt.Sprintf("/proc/self/fd/%d", fd)); err != nil {
		fail("the clone is writable: %v", err)
	}
	if err := writable(dir); !errors.Is(err, syscall.EROFS) {
		fail("still read-only: %v", err)
	}
	fmt.Println("open_tree_attr gave a writable clone")

	bad := []*mountattr.MountAttr{
		{Propagation: uint64(mountattr.MS_SHARED | mountattr.MS_PRIVATE)},
		{AttrSet: 1 << 40},
		{AttrSet: uint64(mountattr.MOUNT_ATTR_NOATIME)},
	}
	for _, attr := range bad {
		var here *mountattr.Error
		if !errors.As(attr.Verdict(mountattr.SIZE_VER0), &here) {
			fail("%+v passes here", attr)
		}
		if _, kernel := mountattr.MountSetattrBytes(atFdcwd, dir, 0, attr.Bytes()); kernel != here.Errno {
			fail("%+v: mount_setattr says %v, the package %v", attr, kernel, here.Errno)
		}
		if _, kernel := mountattr.OpenTreeAttrBytes(atFdcwd, dir, openTreeClone|openTreeCloexec, attr.Bytes()); kernel != here.Errno {
			fail("%+v: open_tree_attr says %v, the package %v", attr, kernel, here.Errno)
		}
	}
	if _, err := mountattr.MountSetattrBytes(atFdcwd, dir, 0, ro.Bytes()[:mountattr.SIZE_VER0-8]); err != syscall.EINVAL {
		fail("a short struct: %v", err)
	}
	long := make([]byte, mountattr.SIZE_VER0+8)
	long[mountattr.SIZE_VER0] = 1
	if _, err := mountattr.OpenTreeAttrBytes(atFdcwd, dir, openTreeClone, long); err != syscall.E2BIG {
		fail("a non-zero tail: %v", err)
	}
	if err := mountattr.VerdictBytes(long); !errors.Is(err, syscall.E2BIG) {
		fail("VerdictBytes of a non-zero tail: %v", err)
	}
	fmt.Println("refusals agree with the kernel")
}
