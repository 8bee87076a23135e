/*
 * The rest of the kernel below sys_openat2, for the harness: records the
 * struct it was given, makes the spec's common-phase checks (Linux's
 * build_open_flags(); common_checks.h, written by the test) and returns 0 for
 * "the kernel would go on to open".
 */
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/open_how.h>
#include <linux/stat.h>
#include <linux/types.h>

#include "harness.h"

struct open_how harness_last_kargs;
int harness_last_dfd;
const char __user *harness_last_filename;
int harness_audit_calls;
unsigned long long harness_last_flags;
const unsigned long long harness_o_largefile = O_LARGEFILE;

int do_sys_openat2(int dfd, const char __user *filename, struct open_how *kargs)
{
	harness_last_kargs = *kargs;
	harness_last_flags = kargs->flags;
	harness_last_dfd = dfd;
	harness_last_filename = filename;
	harness_common_calls++;
#include <common_checks.h>	/* the -I directory first on the path */
	return 0;
}
