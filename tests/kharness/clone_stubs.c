/*
 * Calls each generated clone entry stub with known arguments and prints the
 * kernel_clone_args it handed to kernel_clone(), one "entry field value" line
 * per field, for the tests to compare with the spec.
 */
#include <linux/clone_args.h>
#include <linux/types.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

extern struct kernel_clone_args harness_last_kargs;

long sys_fork(void);
long sys_vfork(void);
long sys_clone3(struct clone_args __user *uargs, size_t usize);
#if defined(CONFIG_CLONE_BACKWARDS)
long sys_clone(unsigned long, unsigned long, int __user *, unsigned long, int __user *);
# define CALL_CLONE(f, sp, ptid, ctid, tls) sys_clone(f, sp, ptid, tls, ctid)
#elif defined(CONFIG_CLONE_BACKWARDS2)
long sys_clone(unsigned long, unsigned long, int __user *, int __user *, unsigned long);
# define CALL_CLONE(f, sp, ptid, ctid, tls) sys_clone(sp, f, ptid, ctid, tls)
#elif defined(CONFIG_CLONE_BACKWARDS3)
long sys_clone(unsigned long, unsigned long, int, int __user *, int __user *, unsigned long);
# define CALL_CLONE(f, sp, ptid, ctid, tls) sys_clone(f, sp, 0, ptid, ctid, tls)
#else
long sys_clone(unsigned long, unsigned long, int __user *, int __user *, unsigned long);
# define CALL_CLONE(f, sp, ptid, ctid, tls) sys_clone(f, sp, ptid, ctid, tls)
#endif

static void dump(const char *entry, long ret)
{
	const struct kernel_clone_args *a = &harness_last_kargs;

	printf("%s ret %ld\n", entry, ret);
	printf("%s flags %#llx\n", entry, (unsigned long long)a->flags);
	printf("%s exit_signal %d\n", entry, a->exit_signal);
	printf("%s pidfd %#lx\n", entry, (unsigned long)(uintptr_t)a->pidfd);
	printf("%s child_tid %#lx\n", entry, (unsigned long)(uintptr_t)a->child_tid);
	printf("%s parent_tid %#lx\n", entry, (unsigned long)(uintptr_t)a->parent_tid);
	printf("%s stack %#lx\n", entry, a->stack);
	printf("%s stack_size %#lx\n", entry, a->stack_size);
	printf("%s tls %#lx\n", entry, a->tls);
	printf("%s set_tid_size %zu\n", entry, a->set_tid_size);
	printf("%s cgroup %d\n", entry, a->cgroup);
	printf("%s calls %d\n", entry, harness_common_calls);
	memset(&harness_last_kargs, 0x5a, sizeof(harness_last_kargs));
}

int main(void)
{
	static int cell_a, cell_b;
	static pid_t tids[2] = { 4242, 0 };
	static unsigned char stack[256];
	struct clone_args args;

	dump("fork", sys_fork());
	dump("vfork", sys_vfork());
	dump("clone", CALL_CLONE((unsigned long)(0xffffffff00000000ULL | CLONE_FILES | CLONE_VM | 17), 0x1000,
				 (int __user *)&cell_a, (int __user *)&cell_b, 0x7000));

	memset(&args, 0, sizeof(args));
	args.flags = CLONE_PIDFD | CLONE_INTO_CGROUP;
	args.pidfd = (uintptr_t)&cell_a;
	args.exit_signal = 17;
	args.stack = (uintptr_t)stack;
	args.stack_size = sizeof(stack);
	args.tls = 0x1234;
	args.set_tid = (uintptr_t)tids;
	args.set_tid_size = 1;
	args.cgroup = 3;
	dump("clone3", sys_clone3((struct clone_args __user *)&args, sizeof(args)));
	printf("clone3 stack_base %#lx\n", (unsigned long)(uintptr_t)stack);
	dump("clone3_ver0", sys_clone3((struct clone_args __user *)&args, CLONE_ARGS_SIZE_VER0));

	/* The harness's kernel_clone() checks as the kernel does from here on. */
	harness_model_enabled = 1;
	memset(&args, 0, sizeof(args));
	args.exit_signal = 65;
	args.set_tid = 8;	/* unmapped */
	args.set_tid_size = 1;
	dump("clone3_sig65_badtid", sys_clone3((struct clone_args __user *)&args, sizeof(args)));
	args.set_tid = 0;
	args.set_tid_size = 0;
	dump("clone3_sig65", sys_clone3((struct clone_args __user *)&args, sizeof(args)));
	dump("clone_sig65", CALL_CLONE(65, 0, NULL, NULL, 0));
	dump("clone_sig64", CALL_CLONE(64, 0, NULL, NULL, 0));
	return 0;
}
