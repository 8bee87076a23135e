/*
 * The rest of the kernel below sys_openat2, for the harness: records the
 * converted struct and returns 0 for "the kernel would go on to open".
 */
#include <linux/open_how.h>
#include <linux/types.h>

#include "harness.h"

struct kernel_open_how harness_last_kargs;
int harness_last_dfd;
const char __user *harness_last_filename;

int do_sys_openat2(int dfd, const char __user *filename, struct kernel_open_how *kargs)
{
	harness_last_kargs = *kargs;
	harness_last_dfd = dfd;
	harness_last_filename = filename;
	harness_common_calls++;
	return 0;
}
