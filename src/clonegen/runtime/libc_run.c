/*
 * Embedded verbatim into the libc source of a fork-like spec, below the
 * marker. The fork-like system call with the child on the stack the request
 * gives: the child has only that stack, so it calls fn(arg) and exits with
 * its return value, in assembly, before any C code could touch the stack.
 */
/* --- embedded from here --- */
/*
 * Copy @n bytes of the caller's memory at @src to @dst the way the kernel
 * reads them: through a system call, so an unmapped byte is EFAULT here and
 * never SIGSEGV (or a sanitizer's report). process_vm_readv() on ourselves
 * needs no privilege; where a filter refuses it, a pipe carries the bytes.
 * Returns 0 or an errno value.
 */
static int clonegen_read_user(void *dst, const void *src, size_t n)
{
	struct iovec local, remote;
	ssize_t got;
	int fds[2], err = 0;

	if (!n)
		return 0;
	local.iov_base = dst;
	local.iov_len = n;
	remote.iov_base = (void *)(uintptr_t)src;
	remote.iov_len = n;
	got = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
	if (got == (ssize_t)n)
		return 0;
	if (got >= 0 || errno == EFAULT)
		return EFAULT;
	if (pipe2(fds, O_CLOEXEC))
		return errno;
	got = write(fds[1], src, n);
	if (got != (ssize_t)n)
		err = got < 0 ? errno : EFAULT;
	else if (read(fds[0], dst, n) != (ssize_t)n)
		err = EIO;
	close(fds[0]);
	close(fds[1]);
	return err;
}

/*
 * clonegen_stack_call() - the system call @nr(@a0, @a1, @a2) that creates a
 * child on the stack the call gives it (sharing our memory or not); the
 * child calls fn(arg) there and exits with its return value, all before any
 * compiled code could touch a stack. Returns the raw result: the child's pid
 * or a negative errno (-ENOSYS where this architecture has no assembly here).
 * spawn() (libc_spawn.c) and the run-on-a-stack helper both use it.
 */
#if defined(__x86_64__)
static long clonegen_stack_call(long nr, long a0, long a1, long a2, int (*fn)(void *), void *arg)
{
	register long rdi __asm__("rdi") = a0;
	register long rsi __asm__("rsi") = a1;
	register long rdx __asm__("rdx") = a2;
	register long r10 __asm__("r10") = 0;
	register long r8 __asm__("r8") = 0;
	register long r12 __asm__("r12") = (long)fn;
	register long r13 __asm__("r13") = (long)arg;
	long ret;

	__asm__ volatile("syscall\n\t"
			 "test %%rax, %%rax\n\t"
			 "jnz 1f\n\t"
			 "xor %%ebp, %%ebp\n\t"
			 "and $-16, %%rsp\n\t"
			 "mov %%r13, %%rdi\n\t"
			 "call *%%r12\n\t"
			 "mov %%eax, %%edi\n\t"
			 "mov $60, %%eax\n\t"
			 "syscall\n\t"
			 "hlt\n"
			 "1:"
			 : "=a"(ret)
			 : "0"(nr), "r"(rdi), "r"(rsi), "r"(rdx), "r"(r10), "r"(r8), "r"(r12), "r"(r13)
			 : "rcx", "r11", "memory");
	return ret;
}
#elif defined(__i386__)
static long clonegen_stack_call(long nr, long a0, long a1, long a2, int (*fn)(void *), void *arg)
{
	/* Through memory: %ebx may be the PIC register and %ebp the frame pointer. */
	long block[6];
	long ret;

	block[0] = nr;
	block[1] = a0;
	block[2] = a1;
	block[3] = a2;
	block[4] = (long)fn;
	block[5] = (long)arg;
	__asm__ volatile("push %%ebx\n\t"
			 "mov 4(%%eax), %%ebx\n\t"
			 "mov 8(%%eax), %%ecx\n\t"
			 "mov 12(%%eax), %%edx\n\t"
			 "mov 16(%%eax), %%esi\n\t"
			 "mov 20(%%eax), %%edi\n\t"
			 "mov (%%eax), %%eax\n\t"
			 "int $0x80\n\t"
			 "test %%eax, %%eax\n\t"
			 "jnz 1f\n\t"
			 "xor %%ebp, %%ebp\n\t"
			 "and $-16, %%esp\n\t"
			 "sub $12, %%esp\n\t"
			 "push %%edi\n\t"
			 "call *%%esi\n\t"
			 "mov %%eax, %%ebx\n\t"
			 "mov $1, %%eax\n\t"
			 "int $0x80\n\t"
			 "hlt\n"
			 "1:\n\t"
			 "pop %%ebx"
			 : "=a"(ret)
			 : "0"(block)
			 : "ecx", "edx", "esi", "edi", "memory");
	return ret;
}
#elif defined(__aarch64__)
static long clonegen_stack_call(long nr, long a0, long a1, long a2, int (*fn)(void *), void *arg)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a0;
	register long x1 __asm__("x1") = a1;
	register long x2 __asm__("x2") = a2;
	register long x3 __asm__("x3") = 0;
	register long x4 __asm__("x4") = 0;
	register long x19 __asm__("x19") = (long)fn;
	register long x20 __asm__("x20") = (long)arg;

	__asm__ volatile("svc #0\n\t"
			 "cbnz x0, 1f\n\t"
			 "mov x29, xzr\n\t"
			 "mov x30, xzr\n\t"
			 "mov x0, x20\n\t"
			 "blr x19\n\t"
			 "mov x8, #93\n\t"
			 "svc #0\n\t"
			 "brk #0\n"
			 "1:"
			 : "+r"(x0)
			 : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x19), "r"(x20)
			 : "memory");
	return x0;
}
#elif defined(__riscv) && __riscv_xlen == 64
static long clonegen_stack_call(long nr, long a0, long a1, long a2, int (*fn)(void *), void *arg)
{
	register long a7 __asm__("a7") = nr;
	register long ra0 __asm__("a0") = a0;
	register long ra1 __asm__("a1") = a1;
	register long ra2 __asm__("a2") = a2;
	register long ra3 __asm__("a3") = 0;
	register long ra4 __asm__("a4") = 0;
	register long s2 __asm__("s2") = (long)fn;
	register long s3 __asm__("s3") = (long)arg;

	__asm__ volatile("ecall\n\t"
			 "bnez a0, 1f\n\t"
			 "mv s0, zero\n\t"
			 "mv ra, zero\n\t"
			 "mv a0, s3\n\t"
			 "jalr s2\n\t"
			 "li a7, 93\n\t"
			 "ecall\n\t"
			 "ebreak\n"
			 "1:"
			 : "+r"(ra0)
			 : "r"(a7), "r"(ra1), "r"(ra2), "r"(ra3), "r"(ra4), "r"(s2), "r"(s3)
			 : "memory");
	return ra0;
}
#elif defined(__s390x__)
static long clonegen_stack_call(long nr, long a0, long a1, long a2, int (*fn)(void *), void *arg)
{
	register long r1 __asm__("r1") = nr;
	register long r2 __asm__("r2") = a0;
	register long r3 __asm__("r3") = a1;
	register long r4 __asm__("r4") = a2;
	register long r5 __asm__("r5") = 0;
	register long r6 __asm__("r6") = 0;
	register long r8 __asm__("r8") = (long)fn;
	register long r9 __asm__("r9") = (long)arg;

	__asm__ volatile("svc 0\n\t"
			 "ltgr %%r2, %%r2\n\t"
			 "jnz 1f\n\t"
			 "aghi %%r15, -160\n\t"
			 "xc 0(8,%%r15), 0(%%r15)\n\t"
			 "lgr %%r2, %%r9\n\t"
			 "basr %%r14, %%r8\n\t"
			 "lghi %%r1, 1\n\t"
			 "svc 0\n\t"
			 ".long 0\n"
			 "1:"
			 : "+r"(r2)
			 : "r"(r1), "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r8), "r"(r9)
			 : "memory", "cc");
	return r2;
}
#else
static long clonegen_stack_call(long nr, long a0, long a1, long a2, int (*fn)(void *), void *arg)
{
	(void)nr;
	(void)a0;
	(void)a1;
	(void)a2;
	(void)fn;
	(void)arg;
	return -ENOSYS;
}
#endif

/*
 * The fork-like system call @nr on @args of @size bytes, with the child
 * running fn(arg) on its own stack. Returns the raw result: the child's pid,
 * or a negative errno (-ENOSYS where this architecture has no assembly here).
 */
static long clonegen_run_on_stack(long nr, const void *args, size_t size, int (*fn)(void *), void *arg)
{
	return clonegen_stack_call(nr, (long)(uintptr_t)args, (long)size, 0, fn, arg);
}
