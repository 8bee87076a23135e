/*
 * The kernel's signal values for the architecture being compiled for, not
 * glibc's (glibc's _NSIG is 65 on x86).  The uapi <asm/signal.h> cannot be
 * included here: it defines sigset_t, which glibc's <sys/types.h> defines
 * too, and on most architectures it shows the kernel's _NSIG only inside the
 * kernel.  The values are those of arch/<arch>/include/{uapi/,}asm/signal.h;
 * tests/test_arch.py checks them against each architecture's uapi header.
 */
#ifndef _HARNESS_LINUX_SIGNAL_H
#define _HARNESS_LINUX_SIGNAL_H

#if defined(__mips__)
# define _NSIG			128
# define HARNESS_SIGCHLD	18
#elif defined(__hppa__)
# define _NSIG			64
# define HARNESS_SIGCHLD	18
#elif defined(__alpha__) || defined(__sparc__)
# define _NSIG			64
# define HARNESS_SIGCHLD	20
#else	/* x86, s390 and the asm-generic architectures (arm64, riscv, ...) */
# define _NSIG			64
# define HARNESS_SIGCHLD	17
#endif

#ifndef SIGCHLD
# define SIGCHLD HARNESS_SIGCHLD
#endif

#endif
