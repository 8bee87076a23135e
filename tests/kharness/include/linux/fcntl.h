/* The kernel's open flags (generic and x86 values) and its derived masks. */
#ifndef _HARNESS_LINUX_FCNTL_H
#define _HARNESS_LINUX_FCNTL_H
#define O_CREAT		00000100
#define O_DIRECTORY	00200000
#define O_NOFOLLOW	00400000
#define O_CLOEXEC	02000000
#define O_PATH		010000000
#define __O_TMPFILE	020000000
#define O_ACCMODE	00000003
#define VALID_OPEN_FLAGS	037777703
#define O_PATH_FLAGS	(O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC)
#endif
