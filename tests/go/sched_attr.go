// sched_setattr() and sched_getattr() on the calling thread (SCHED_OTHER), through
// the generated package, run by tests/test_go.py.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"

	"clonegen.invalid/schedattr"
)

func field(data []byte) uint32 { return *(*uint32)(unsafe.Pointer(&data[0])) }

func fail(format string, args ...any) {
	fmt.Printf(format+"\n", args...)
	os.Exit(1)
}

func nice() int32 {
	a, err := schedattr.SchedGetattr(0, 0)
	if err != nil {
		fail("sched_getattr: %v", err)
	}
	return a.SchedNice
}

func main() {
	// Every call is on this thread (pid 0 is the calling thread).
	runtime.LockOSThread()
	now, err := schedattr.SchedGetattr(0, 0)
	if err != nil || now.SchedPolicy != 0 || now.Size != schedattr.SIZE_LATEST {
		fail("sched_getattr: %+v %v", now, err)
	}
	big := make([]byte, 4096)
	for i := range big {
		big[i] = 0xff
	}
	if _, err := schedattr.SchedGetattrBytes(0, big, 0); err != nil {
		fail("sched_getattr of 4096 bytes: %v", err)
	}
	reported := field(big)
	for _, b := range big[reported:] {
		if b != 0 {
			fail("not zero-filled past %d", reported)
		}
	}
	fmt.Printf("sched_getattr reports %d\n", reported)
	if _, err := schedattr.SchedGetattrBytes(0, make([]byte, schedattr.SIZE_VER0-1), 0); !errors.Is(err, syscall.EINVAL) {
		fail("a short sched_getattr: %v", err)
	}

	if _, err := schedattr.SchedSetattr(0, &schedattr.SchedAttr{SchedNice: 5}, 0); err != nil || nice() != 5 {
		fail("nice 5: %v", err)
	}
	if _, err := schedattr.SchedSetattr(0, &schedattr.SchedAttr{SchedNice: 100}, 0); err != nil || nice() != schedattr.MAX_NICE {
		fail("nice 100: %v", err)
	}
	fmt.Printf("nice 100 clamped to %d\n", nice())

	ver0 := (&schedattr.SchedAttr{SchedNice: 3}).Bytes()[:schedattr.SIZE_VER0]
	if _, err := schedattr.SchedSetattrBytes(0, ver0, 0); err != nil || nice() != 3 {
		fail("size 0: %v", err)
	}
	fmt.Println("size 0 taken as VER0")

	long := make([]byte, 4096)
	*(*uint32)(unsafe.Pointer(&long[0])) = 4096
	long[4095] = 1
	_, err = schedattr.SchedSetattrBytes(0, long, 0)
	if errno, ok := err.(syscall.Errno); !ok || errno != syscall.E2BIG {
		fail("a non-zero tail: %v", err)
	}
	fmt.Printf("E2BIG writes back %d\n", field(long))

	clamp := &schedattr.SchedAttr{SchedFlags: uint64(schedattr.SCHED_FLAG_UTIL_CLAMP_MIN)}
	here := clamp.Verdict(schedattr.SIZE_VER0)
	var refusal *schedattr.Error
	if !errors.As(here, &refusal) {
		fail("the VER1 rule: %v", here)
	}
	data := clamp.Bytes()[:schedattr.SIZE_VER0]
	*(*uint32)(unsafe.Pointer(&data[0])) = schedattr.SIZE_VER0
	if _, kernel := schedattr.SchedSetattrBytes(0, data, 0); kernel != refusal.Errno {
		fail("the kernel says %v, the package %v", kernel, refusal.Errno)
	}
	if clamp.SizeFor() != schedattr.SIZE_VER1 {
		fail("SizeFor %d", clamp.SizeFor())
	}
	fmt.Println("the VER1 refusal agrees with the kernel")

	short := make([]byte, 8)
	*(*uint32)(unsafe.Pointer(&short[0])) = schedattr.SIZE_LATEST
	if _, err := schedattr.SchedSetattrBytes(0, short, 0); !errors.As(err, &refusal) || refusal.Errno != syscall.EFAULT {
		fail("a short buffer: %v", err)
	}
	if _, err := schedattr.SchedSetattr(0, &schedattr.SchedAttr{}, 0); err != nil || nice() != 0 {
		fail("back to nice 0: %v", err)
	}
	fmt.Println("sched_attr calls done")
}
