/*
 * Userspace stand-in for what the generated mount_attr copy-in needs of the
 * kernel's mount code: may_mount() (static in fs/namespace.c; a tree that takes
 * the generated glue declares it here). The harness answers from the test's
 * own capabilities (mount_model.c).
 */
#ifndef _HARNESS_LINUX_MOUNT_H
#define _HARNESS_LINUX_MOUNT_H

#include <linux/types.h>

bool may_mount(void);

#endif
