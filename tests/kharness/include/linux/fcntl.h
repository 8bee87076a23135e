/*
 * The kernel's open flags for the architecture being compiled for, from its
 * uapi <asm/fcntl.h> (arm64, alpha, sparc, parisc and mips have their own
 * values), and the masks the kernel derives from them (include/linux/fcntl.h,
 * fs/open.c).  Like the kernel's <linux/fcntl.h> it includes the uapi
 * <linux/openat2.h>, here the generated one; when that header has
 * OPENAT2_REGULAR the masks are Linux 7.3's, with
 * O_EMPTYPATH, else those of the releases before.
 */
#ifndef _HARNESS_LINUX_FCNTL_H
#define _HARNESS_LINUX_FCNTL_H

#include <asm/fcntl.h>
#include <uapi/linux/openat2.h>

#ifdef OPENAT2_REGULAR
#ifndef O_EMPTYPATH
#define O_EMPTYPATH	(1 << 26)	/* asm-generic/fcntl.h, Linux 7.3 */
#endif
#define HARNESS_O_EMPTYPATH	O_EMPTYPATH
#else
#define HARNESS_O_EMPTYPATH	0
#endif

#define VALID_OPEN_FLAGS \
	(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | \
	 O_APPEND | O_NDELAY | O_NONBLOCK | __O_SYNC | O_DSYNC | \
	 FASYNC	| O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | \
	 O_NOATIME | O_CLOEXEC | O_PATH | __O_TMPFILE | HARNESS_O_EMPTYPATH)

#ifdef OPENAT2_REGULAR
#define VALID_OPENAT2_FLAGS	(VALID_OPEN_FLAGS | OPENAT2_REGULAR)
#endif

#define O_PATH_FLAGS \
	(O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC | HARNESS_O_EMPTYPATH)

/* The kernel opens every file as a large one unless it has 32-bit offsets. */
#define force_o_largefile()	(sizeof(long) == 8)

#endif
