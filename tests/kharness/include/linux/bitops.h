/* Userspace stand-in for linux/bitops.h: the bit counts the generated checks use. */
#ifndef _HARNESS_LINUX_BITOPS_H
#define _HARNESS_LINUX_BITOPS_H

#define hweight64(w) ((unsigned int)__builtin_popcountll((unsigned long long)(w)))

#endif
