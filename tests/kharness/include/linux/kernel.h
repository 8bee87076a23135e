#ifndef _HARNESS_LINUX_KERNEL_H
#define _HARNESS_LINUX_KERNEL_H

#include <linux/compiler_types.h>
#include <linux/stddef.h>
#include <linux/types.h>
#include <linux/string.h>

#define lower_32_bits(n) ((u32)((n) & 0xffffffff))
#define upper_32_bits(n) ((u32)(((n) >> 16) >> 16))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define min_t(type, a, b) min((type)(a), (type)(b))
#define clamp(val, lo, hi) min((__typeof__(val))max(val, lo), (__typeof__(val))(hi))

#endif
