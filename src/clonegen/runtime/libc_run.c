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
 * The fork-like system call @nr on @args of @size bytes, with the child
 * running fn(arg) on its own stack. Returns the raw result: the child's pid,
 * or a negative errno (-ENOSYS where this architecture has no assembly here).
 */
static long clonegen_run_on_stack(long nr, const void *args, size_t size, int (*fn)(void *), void *arg)
{
#if defined(__x86_64__)
	register long rdi __asm__("rdi") = (long)args;
	register long rsi __asm__("rsi") = (long)size;
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
			 : "0"(nr), "r"(rdi), "r"(rsi), "r"(r12), "r"(r13)
			 : "rcx", "r11", "memory");
	return ret;
#elif defined(__i386__)
	long ret;

	__asm__ volatile("push %%ebx\n\t"
			 "mov %2, %%ebx\n\t"
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
			 : "0"(nr), "r"(args), "c"(size), "S"(fn), "D"(arg)
			 : "memory");
	return ret;
#else
	(void)nr;
	(void)args;
	(void)size;
	(void)fn;
	(void)arg;
	return -ENOSYS;
#endif
}
