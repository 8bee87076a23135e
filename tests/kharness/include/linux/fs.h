/* Userspace stand-in for the parts of linux/fs.h the generated ioctl handlers use. */
#ifndef _HARNESS_LINUX_FS_H
#define _HARNESS_LINUX_FS_H

#include <linux/ioctl.h>
#include <linux/types.h>

struct file;

/* include/linux/fs.h: an extensible ioctl matches by direction, type and number, any size from min_size up. */
static inline bool extensible_ioctl_valid(unsigned int cmd_a, unsigned int cmd_b, size_t min_size)
{
	if (_IOC_DIR(cmd_a) != _IOC_DIR(cmd_b))
		return false;
	if (_IOC_TYPE(cmd_a) != _IOC_TYPE(cmd_b))
		return false;
	if (_IOC_NR(cmd_a) != _IOC_NR(cmd_b))
		return false;
	if (_IOC_SIZE(cmd_a) < min_size)
		return false;
	return true;
}

#endif
