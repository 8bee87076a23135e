/* The kernel's values, not glibc's (glibc's _NSIG is 65). */
#ifndef _HARNESS_LINUX_SIGNAL_H
#define _HARNESS_LINUX_SIGNAL_H
#define _NSIG 64
#ifndef SIGCHLD
#define SIGCHLD 17
#endif
#endif
