/*
 * The kernel's open flags for the architecture being compiled for, from its
 * uapi <asm/fcntl.h> (arm64, alpha, sparc, parisc and mips have their own
 * values), and the masks the kernel derives from them (include/linux/fcntl.h,
 * fs/open.c).  <linux/fcntl.h> is not included: it pulls in <linux/openat2.h>,
 * whose struct open_how the generated uapi header defines.
 */
#ifndef _HARNESS_LINUX_FCNTL_H
#define _HARNESS_LINUX_FCNTL_H

#include <asm/fcntl.h>

#define VALID_OPEN_FLAGS \
	(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | \
	 O_APPEND | O_NDELAY | O_NONBLOCK | __O_SYNC | O_DSYNC | \
	 FASYNC	| O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | \
	 O_NOATIME | O_CLOEXEC | O_PATH | __O_TMPFILE)

#define O_PATH_FLAGS	(O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC)

#endif
