#ifndef _HARNESS_LINUX_STRING_H
#define _HARNESS_LINUX_STRING_H
#include <stddef.h>
extern void *memset(void *s, int c, size_t n);
extern void *memcpy(void *dst, const void *src, size_t n);
#endif
