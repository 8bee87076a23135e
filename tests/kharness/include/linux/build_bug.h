/* BUILD_BUG_ON is a real static assertion here, as in the kernel. */
#ifndef _HARNESS_LINUX_BUILD_BUG_H
#define _HARNESS_LINUX_BUILD_BUG_H

#include <linux/kconfig.h>

#define BUILD_BUG_ON(cond) _Static_assert(!(cond), "BUILD_BUG_ON(" #cond ")")

#endif
