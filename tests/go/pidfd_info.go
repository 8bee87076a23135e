// The PIDFD_GET_INFO ioctl on the pidfd of a child, through the generated package,
// run by tests/test_go.py.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"

	"clonegen.invalid/pidfdinfo"
)

const sysPidfdOpen = 434 // the same number on every architecture

func fail(format string, args ...any) {
	fmt.Printf(format+"\n", args...)
	os.Exit(1)
}

func main() {
	child := exec.Command("sleep", "60")
	if err := child.Start(); err != nil {
		fail("sleep: %v", err)
	}
	pid := child.Process.Pid
	r, _, errno := syscall.Syscall(sysPidfdOpen, uintptr(pid), 0, 0)
	if errno != 0 {
		fail("pidfd_open: %v", errno)
	}
	fd := int(r)

	ask := pidfdinfo.PIDFD_INFO_PID | pidfdinfo.PIDFD_INFO_CREDS
	info, err := pidfdinfo.PidfdGetInfo(fd, uint64(ask))
	if err != nil {
		fail("PIDFD_GET_INFO: %v", err)
	}
	if !pidfdinfo.PidfdInfoMask(info.Mask).Has(ask) || int(info.Pid) != pid || int(info.Ppid) != os.Getpid() {
		fail("info %+v of pid %d", info, pid)
	}
	fmt.Printf("PIDFD_GET_INFO returns pid %d of pid %d\n", info.Pid, pid)
	if f := pidfdinfo.FieldsOf(uint64(pidfdinfo.PIDFD_INFO_PID)); len(f) != 3 || f[0] != "pid" || f[2] != "ppid" {
		fail("FieldsOf(PIDFD_INFO_PID): %v", f)
	}

	small := make([]byte, pidfdinfo.SIZE_VER0-1)
	_, kernel := pidfdinfo.PidfdGetInfoBytes(fd, small)
	var here *pidfdinfo.Error
	if kernel != syscall.ENOTTY || !errors.As(pidfdinfo.VerdictBytes(small), &here) || here.Errno != kernel {
		fail("a small size: kernel %v, package %v", kernel, here)
	}
	if n, ok := pidfdinfo.PidfdGetInfoNumber(pidfdinfo.SIZE_VER0); !ok || n != 0xc040ff0b {
		fail("the ioctl number %#x", n)
	}
	fmt.Println("a size below VER0 fails with ENOTTY")

	if err := child.Process.Kill(); err != nil {
		fail("kill: %v", err)
	}
	child.Wait()
	info, err = pidfdinfo.PidfdGetInfo(fd, uint64(pidfdinfo.PIDFD_INFO_EXIT))
	if err != nil || !pidfdinfo.PidfdInfoMask(info.Mask).Has(pidfdinfo.PIDFD_INFO_EXIT) || info.ExitCode != 9 {
		fail("PIDFD_INFO_EXIT: %+v %v", info, err)
	}
	fmt.Printf("the exit status is %d\n", info.ExitCode)
}
