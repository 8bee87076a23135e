#ifndef _HARNESS_LINUX_LIMITS_H
#define _HARNESS_LINUX_LIMITS_H
#include_next <linux/limits.h>
#include <limits.h>
#endif
