/* The smallest page size the architecture has: 8 KiB on alpha and sparc64. */
#ifndef _HARNESS_LINUX_MM_H
#define _HARNESS_LINUX_MM_H
#if defined(__alpha__) || (defined(__sparc__) && defined(__arch64__))
# define PAGE_SIZE 8192UL
#else
# define PAGE_SIZE 4096UL
#endif
#endif
