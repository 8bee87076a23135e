/*
 * The architecture's CONFIG_ symbols, as a kernel build's autoconf.h would
 * have them: the generated kernel source asserts per-architecture values
 * under these, so the harness must set the one for the compiler in use.
 */
#ifndef _HARNESS_LINUX_KCONFIG_H
#define _HARNESS_LINUX_KCONFIG_H

#if defined(__x86_64__)
#define CONFIG_X86 1
#define CONFIG_X86_64 1
#define CONFIG_64BIT 1
#elif defined(__i386__)
#define CONFIG_X86 1
#define CONFIG_X86_32 1
#elif defined(__aarch64__)
#define CONFIG_ARM64 1
#define CONFIG_64BIT 1
#elif defined(__riscv)
#define CONFIG_RISCV 1
#if __riscv_xlen == 64
#define CONFIG_64BIT 1
#endif
#elif defined(__s390x__)
#define CONFIG_S390 1
#define CONFIG_64BIT 1
#elif defined(__mips__)
#define CONFIG_MIPS 1
#elif defined(__alpha__)
#define CONFIG_ALPHA 1
#define CONFIG_64BIT 1
#elif defined(__sparc__) && defined(__arch64__)
#define CONFIG_SPARC 1
#define CONFIG_SPARC64 1
#define CONFIG_64BIT 1
#elif defined(__hppa__)
#define CONFIG_PARISC 1
#endif

/* Every architecture the tests build has an MMU; -DHARNESS_NOMMU builds the other case. */
#ifndef HARNESS_NOMMU
#define CONFIG_MMU 1
#endif

#endif
