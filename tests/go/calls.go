// Real clone3() and openat2() calls through the generated Go packages.
// tests/test_go.py builds it in a module that holds the packages as
// cgtest/clone_args and cgtest/open_how.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"unsafe"

	"cgtest/clone_args"
	"cgtest/open_how"
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
		args := clone_args.CloneArgs{
			Flags:      uint64(clone_args.CLONE_PIDFD),
			Pidfd:      uint64(uintptr(unsafe.Pointer(&pidfd))),
			ExitSignal: uint64(syscall.SIGCHLD),
		}
		check(args.SizeFor() == clone_args.SIZE_VER0, "size %d", args.SizeFor())
		pid, err := clone_args.Clone3(&args)
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
	bad := clone_args.CloneArgs{
		Flags:      uint64(clone_args.CLONE_SIGHAND | clone_args.CLONE_CLEAR_SIGHAND),
		ExitSignal: uint64(syscall.SIGCHLD),
	}
	_, err := clone_args.Clone3(&bad)
	var refusal *clone_args.Error
	check(errors.As(err, &refusal) && errors.Is(err, syscall.EINVAL), "refusal %v", err)
	_, err = clone_args.Clone3Bytes(bad.Bytes()[:clone_args.SIZE_VER0])
	check(err == syscall.EINVAL, "kernel: %v", err)
	vm := clone_args.CloneArgs{Flags: uint64(clone_args.CLONE_VM)}
	_, err = clone_args.Clone3(&vm)
	check(errors.Is(err, syscall.EINVAL), "CLONE_VM: %v", err)
	long := make([]byte, clone_args.SIZE_LATEST+8)
	long[clone_args.SIZE_LATEST+3] = 1
	check(errors.Is(clone_args.VerdictBytes(long), syscall.E2BIG), "tail")
	_, err = clone_args.Clone3Bytes(long)
	check(err == syscall.E2BIG, "kernel tail: %v", err)
	cg := clone_args.CloneArgs{Flags: uint64(clone_args.CLONE_INTO_CGROUP)}
	check(cg.SizeFor() == clone_args.SIZE_VER2, "cgroup size %d", cg.SizeFor())
	tid := clone_args.CloneArgs{SetTidSize: 1}
	check(tid.SizeFor() == clone_args.SIZE_VER1, "set_tid size %d", tid.SizeFor())
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
	dfd := int32(root.Fd())
	how := open_how.OpenHow{Flags: open_how.O_CLOEXEC, Resolve: uint64(open_how.RESOLVE_BENEATH)}
	fd, err := open_how.Openat2(dfd, "sub/inside", &how)
	check(err == nil && fd >= 0, "openat2 beneath: %d %v", fd, err)
	syscall.Close(fd)
	for _, escape := range []string{"../etc", "/etc/passwd", "sub/../../x"} {
		_, err := open_how.Openat2(dfd, escape, &how)
		check(err == syscall.EXDEV, "%s: %v", escape, err)
	}
	both := open_how.OpenHow{Resolve: uint64(open_how.RESOLVE_BENEATH | open_how.RESOLVE_IN_ROOT)}
	_, err = open_how.Openat2(dfd, "sub", &both)
	var refusal *open_how.Error
	check(errors.As(err, &refusal) && refusal.Errno == syscall.EINVAL, "both: %v", err)
	_, err = open_how.Openat2Bytes(dfd, "sub", both.Bytes())
	check(err == syscall.EINVAL, "kernel both: %v", err)
	_, err = open_how.Openat2(dfd, "sub\x00x", &how)
	check(err == syscall.EINVAL, "NUL: %v", err)
	fmt.Println("openat2: RESOLVE_BENEATH keeps the lookup inside")
}

func main() {
	clone3WithPidfd()
	clone3Refusals()
	openat2Beneath()
}
