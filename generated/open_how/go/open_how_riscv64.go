// Generated from spec/open_how.yaml by clonegen; do not edit.
// Spec digest: sha256:61f4ceec3e13bc1f.

//go:build linux && riscv64

package openhow

// The values of package openhow that differ between architectures, on riscv64.
const (
	// O_CREAT: Create the file if it does not exist.
	O_CREAT = 64
	// O_DIRECTORY: Fail unless the path is a directory.
	O_DIRECTORY = 0x10000
	// O_NOFOLLOW: Do not follow a trailing symlink.
	O_NOFOLLOW = 0x20000
	// O_EXCL: With O_CREAT, fail if the file exists.
	O_EXCL = 128
	// O_NOCTTY: Do not make a terminal the controlling terminal.
	O_NOCTTY = 0x100
	// O_APPEND: Write at the end of the file.
	O_APPEND = 0x400
	// O_NONBLOCK: Do not block on the file.
	O_NONBLOCK = 0x800
	// O_SYNC: Writes complete with data and metadata on disk (__O_SYNC
	// together with O_DSYNC).
	O_SYNC = 0x101000
	// __O_SYNC: The bit that O_SYNC adds to O_DSYNC.
	__O_SYNC = 0x100000
	// O_DSYNC: Writes complete with data on disk.
	O_DSYNC = 0x1000
	// O_DIRECT: Bypass the page cache.
	O_DIRECT = 0x4000
	// O_LARGEFILE: Allow files larger than 2 GiB; the kernel sets it
	// itself on 64-bit.
	O_LARGEFILE = 0x8000
	// O_TMPFILE: Create an unnamed temporary file (__O_TMPFILE together
	// with O_DIRECTORY).
	O_TMPFILE = 0x410000
	// FASYNC: Signal-driven I/O.
	FASYNC = 0x2000
	// O_NDELAY: The old name of O_NONBLOCK (a bit of its own on sparc64).
	O_NDELAY = 0x800
	// VALID_OPEN_FLAGS: Every open flag the kernel knows.
	VALID_OPEN_FLAGS = 0x47fffc3
	// O_PATH_FLAGS: The flags O_PATH may be combined with.
	O_PATH_FLAGS = 0x42b0000
	// VALID_OPENAT2_FLAGS: Every flag openat2() knows in open_how.flags:
	// the open flags and its own.
	VALID_OPENAT2_FLAGS = 0x1047fffc3
	// SYSCALL_NUMBER: The number of openat2() on this architecture.
	SYSCALL_NUMBER = 437
)
