// Real clone3() and openat2() calls through the generated Go packages.
// tests/test_go.py builds it in a user module that requires the generated
// modules clonegen.invalid/cloneargs and clonegen.invalid/openhow.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"unsafe"

	"clonegen.invalid/cloneargs"
	"clonegen.invalid/openhow"
)

const (
	pPIDFD  = 3
	wEXITED = 4
)

func check(ok bool, format string, args ...interface{}) {
	if !ok {
		fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", args...)
		os.Exit(1)
	}
}

// waitPidfd waits for the child behind pidfd to exit (waitid(P_PIDFD) blocks
// until it does) and gives its pid and exit status.
func waitPidfd(pidfd int32) (int32, int32) {
	var info [128]byte
	_, _, errno := syscall.Syscall6(syscall.SYS_WAITID, pPIDFD, uintptr(pidfd),
		uintptr(unsafe.Pointer(&info[0])), wEXITED, 0, 0)
	check(errno == 0, "waitid: %v", errno)
	word := unsafe.Sizeof(uintptr(0))
	// siginfo_t: three ints, padding to a word, then si_pid, si_uid, si_status.
	at := (12 + word - 1) / word * word
	pid := *(*int32)(unsafe.Pointer(&info[at]))
	status := *(*int32)(unsafe.Pointer(&info[at+8]))
	return pid, status
}

func clone3WithPidfd() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for i := 0; i < 20; i++ {
		var pidfd int32 = -1
		args := cloneargs.CloneArgs{
			Flags:      uint64(cloneargs.CLONE_PIDFD),
			Pidfd:      uint64(uintptr(unsafe.Pointer(&pidfd))),
			ExitSignal: uint64(syscall.SIGCHLD),
		}
		check(args.SizeFor() == cloneargs.SIZE_VER0, "size %d", args.SizeFor())
		pid, err := cloneargs.Clone3(&args)
		if pid == 0 {
			syscall.RawSyscall(syscall.SYS_EXIT_GROUP, 7, 0, 0)
		}
		check(err == nil && pid > 0 && pidfd >= 0, "clone3: %d %v pidfd %d", pid, err, pidfd)
		got, status := waitPidfd(pidfd)
		check(got == int32(pid) && status == 7, "waitid: pid %d status %d", got, status)
		syscall.Close(int(pidfd))
	}
	fmt.Println("clone3: 20 children exited with 7, each seen through its pidfd")
}

func clone3Refusals() {
	bad := cloneargs.CloneArgs{
		Flags:      uint64(cloneargs.CLONE_SIGHAND | cloneargs.CLONE_CLEAR_SIGHAND),
		ExitSignal: uint64(syscall.SIGCHLD),
	}
	_, err := cloneargs.Clone3(&bad)
	var refusal *cloneargs.Error
	check(errors.As(err, &refusal) && errors.Is(err, syscall.EINVAL), "refusal %v", err)
	_, err = cloneargs.Clone3Bytes(bad.Bytes()[:cloneargs.SIZE_VER0])
	check(err == syscall.EINVAL, "kernel: %v", err)
	vm := cloneargs.CloneArgs{Flags: uint64(cloneargs.CLONE_VM)}
	_, err = cloneargs.Clone3(&vm)
	check(errors.Is(err, syscall.EINVAL), "CLONE_VM: %v", err)
	long := make([]byte, cloneargs.SIZE_LATEST+8)
	long[cloneargs.SIZE_LATEST+3] = 1
	check(errors.Is(cloneargs.VerdictBytes(long), syscall.E2BIG), "tail")
	_, err = cloneargs.Clone3Bytes(long)
	check(err == syscall.E2BIG, "kernel tail: %v", err)
	cg := cloneargs.CloneArgs{Flags: uint64(cloneargs.CLONE_INTO_CGROUP)}
	check(cg.SizeFor() == cloneargs.SIZE_VER2, "cgroup size %d", cg.SizeFor())
	tid := cloneargs.CloneArgs{SetTidSize: 1}
	check(tid.SizeFor() == cloneargs.SIZE_VER1, "set_tid size %d", tid.SizeFor())
	fmt.Println("clone3: refusals agree with the kernel")
}

func openat2Beneath() {
	dir, err := os.MkdirTemp("", "cg-go-")
	check(err == nil, "%v", err)
	defer os.RemoveAll(dir)
	check(os.MkdirAll(filepath.Join(dir, "sub"), 0o755) == nil, "mkdir")
	check(os.WriteFile(filepath.Join(dir, "sub", "inside"), []byte("x"), 0o644) == nil, "write")
	root, err := os.Open(dir)
	check(err == nil, "%v", err)
	defer root.Close()
	dfd := int(root.Fd())
	how := openhow.OpenHow{Flags: openhow.O_CLOEXEC, Resolve: uint64(openhow.RESOLVE_BENEATH)}
	fd, err := openhow.Openat2(dfd, "sub/inside", &how)
	check(err == nil && fd >= 0, "openat2 beneath: %d %v", fd, err)
	syscall.Close(fd)
	for _, escape := range []string{"../etc", "/etc/passwd", "sub/../../x"} {
		_, err := openhow.Openat2(dfd, escape, &how)
		check(err == syscall.EXDEV, "%s: %v", escape, err)
	}
	both := openhow.OpenHow{Resolve: uint64(openhow.RESOLVE_BENEATH | openhow.RESOLVE_IN_ROOT)}
	_, err = openhow.Openat2(dfd, "sub", &both)
	var refusal *openhow.Error
	check(errors.As(err, &refusal) && refusal.Errno == syscall.EINVAL, "both: %v", err)
	_, err = openhow.Openat2Bytes(dfd, "sub", both.Bytes())
	check(err == syscall.EINVAL, "kernel both: %v", err)
	_, err = openhow.Openat2(dfd, "sub\x00x", &how)
	check(err == syscall.EINVAL, "NUL: %v", err)
	fmt.Println("openat2: RESOLVE_BENEATH keeps the lookup inside")
}

func main() {
	clone3WithPidfd()
	clone3Refusals()
	openat2Beneath()
}
