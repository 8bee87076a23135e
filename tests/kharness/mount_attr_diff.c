/*
 * Differential test: the generated mount_attr copy-in and its two entry
 * stubs (mount_setattr and open_tree_attr, with different rules), linked
 * from the generated fs/mount_attr.c with mount_model.c below them, against
 * the running kernel on a bind mount in a private mount namespace this
 * program makes for itself (unshare(CLONE_NEWNS); the test runs it as a
 * child process).
 *
 * The same bytes are placed at the same address for both (the struct ends
 * where a PROT_NONE page begins); the errno must match, and a call one side
 * accepts the other must accept. A last batch runs in a child without
 * CAP_SYS_ADMIN: may_mount() then refuses after the size checks and before
 * the copy, for both.
 *
 * Usage: mount_attr_diff [random-cases [seed]].
 * Prints "cases N mismatches M accepted A".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

#ifndef SYS_open_tree_attr
# define SYS_open_tree_attr 467
#endif

long sys_mount_setattr(int dfd, const char *path, unsigned int flags, void *uargs, size_t usize);
long sys_open_tree_attr(int dfd, const char *filename, unsigned int flags, void *uargs, size_t usize);
extern int harness_may_mount;

#define PAGE 4096UL
#define VER0 32
#define AT_FLAGS_OK 0x9900u

struct tcase {
	unsigned char bytes[2 * PAGE];
	size_t readable;
	int null_uargs;
	size_t size;
	int open_tree;
	unsigned int flags;
	const char *what;
};

static unsigned char *region, *none_page;
static unsigned long cases, mismatches, accepted;
static char mnt[] = "/tmp/mount-attr-diff-XXXXXX";
static int fd_user = -1, fd_net = -1, fd_file = -1;
static uint64_t rng = 0x082efa98ec4e6c89ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

int harness_fd_kind(int fd)
{
	char link[64], target[256];
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n < 0)
		return 0;
	target[n] = 0;
	if (!strncmp(target, "user:[", 6))
		return fd == fd_user ? 2 : 1;
	return 3;
}

static size_t span(const struct tcase *t)
{
	return (t->readable + 7) & ~7UL;	/* the struct is 8-byte aligned */
}

static void *place(const struct tcase *t)
{
	if (t->null_uargs)
		return NULL;
	memcpy(none_page - span(t), t->bytes, span(t));
	return none_page - span(t);
}

static void put(struct tcase *t, size_t off, uint64_t v)
{
	memcpy(t->bytes + off, &v, sizeof(v));
}

static void run(const struct tcase *t)
{
	long harness, kernel;
	int want, got;

	/*
	 * Back to a private, bindable mount: an earlier case may have made it
	 * unbindable, and open_tree(OPEN_TREE_CLONE) refuses to clone that.
	 */
	mount(NULL, mnt, NULL, MS_PRIVATE, NULL);
	if (t->open_tree) {
		kernel = syscall(SYS_open_tree_attr, AT_FDCWD, mnt, t->flags, place(t), t->size);
		if (kernel >= 0)
			close((int)kernel);
		got = kernel < 0 ? errno : 0;
		harness = sys_open_tree_attr(AT_FDCWD, mnt, t->flags, place(t), t->size);
	} else {
		kernel = syscall(SYS_mount_setattr, AT_FDCWD, mnt, t->flags, place(t), t->size);
		got = kernel < 0 ? errno : 0;
		harness = sys_mount_setattr(AT_FDCWD, mnt, t->flags, place(t), t->size);
	}
	want = harness < 0 ? (int)-harness : 0;
	cases++;
	if (want == got) {
		accepted += !got;
		return;
	}
	mismatches++;
	if (mismatches <= 20) {
		uint64_t w[4];

		memcpy(w, t->bytes, sizeof(w));
		printf("MISMATCH %s (%s): size=%zu readable=%zu flags=%#x set=%#llx clr=%#llx prop=%#llx "
		       "userns_fd=%#llx harness=%s kernel=%s\n",
		       t->what, t->open_tree ? "open_tree_attr" : "mount_setattr", t->size,
		       t->readable, t->flags, (unsigned long long)w[0], (unsigned long long)w[1],
		       (unsigned long long)w[2], (unsigned long long)w[3],
		       want ? strerror(want) : "ok", got ? strerror(got) : "ok");
	}
}

static void base(struct tcase *t, const char *what, size_t size, int open_tree)
{
	memset(t, 0, sizeof(*t));
	t->size = size;
	t->readable = size < VER0 ? VER0 : size <= PAGE ? size : PAGE;
	t->open_tree = open_tree;
	t->flags = open_tree ? 1 /* OPEN_TREE_CLONE */ : 0;
	t->what = what;
}

static const size_t sizes[] = { 0, 1, 8, 24, 31, 32, 33, 39, 40, 64, 4095, 4096, 4097, 8192 };
static const uint64_t fds[4] = { 9999, 0, 0, 0x100000000ULL };

static void boundary_cases(struct tcase *t, int privileged)
{
	size_t i, off;
	int bit, ot;

	for (ot = 0; ot < (privileged ? 2 : 1); ot++) {
		for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
			base(t, "size", sizes[i], ot);
			run(t);
			base(t, "size, RDONLY", sizes[i], ot);
			put(t, 0, 1);
			run(t);
			base(t, "size with NULL", sizes[i], ot);
			t->null_uargs = 1;
			run(t);
			base(t, "size, bad propagation", sizes[i], ot);
			put(t, 16, 3);
			run(t);
		}
		for (off = VER0; off < 100; off++) {
			base(t, "tail byte", 100, ot);
			t->bytes[off] = 1;
			run(t);
		}
		for (i = 0; i <= 48; i += 4) {
			base(t, "readable prefix", 40, ot);
			put(t, 0, 2);
			t->readable = i;
			run(t);
		}
		if (!privileged)
			continue;
		for (bit = 0; bit < 64; bit++) {
			for (i = 0; i < 3; i++) {
				base(t, "one bit", VER0, ot);
				put(t, 8 * i, 1ULL << bit);
				run(t);
				base(t, "one bit, clearing atime", VER0, ot);
				put(t, 8 * i, 1ULL << bit);
				put(t, 8, (i == 1 ? 1ULL << bit : 0) | 0x70);
				run(t);
			}
		}
		for (i = 0; i < 128; i++) {
			base(t, "atime", VER0, ot);
			put(t, 0, i & 0x70);
			put(t, 8, (i & 7) << 4);
			run(t);
		}
		for (i = 0; i < 16; i++) {
			base(t, "propagation", VER0, ot);
			put(t, 16, (uint64_t)i << 17);
			run(t);
		}
		for (i = 0; i < 4; i++) {
			base(t, "idmap set", VER0, ot);
			put(t, 0, 0x100000);
			put(t, 24, i == 1 ? (uint64_t)fd_user : i == 2 ? (uint64_t)fd_net : fds[i]);
			run(t);
			base(t, "idmap clear", VER0, ot);
			put(t, 8, 0x100000);
			put(t, 24, (uint64_t)fd_file);
			run(t);
		}
		for (i = 0; i < 32; i++) {
			base(t, "at flags", VER0, 0);
			t->flags = 1u << i;
			put(t, 0, 2);
			run(t);
		}
		base(t, "open_tree_attr without a struct", 0, 1);
		t->null_uargs = 1;
		run(t);
		base(t, "open_tree_attr without a struct, no clone", 0, 1);
		t->null_uargs = 1;
		t->flags = 0;
		run(t);
	}
}

static void random_case(struct tcase *t, int privileged)
{
	static const uint64_t attrs[] = { 0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x200000 };
	uint64_t set = 0, clr = 0, prop = 0;
	size_t i, size = VER0;

	if (next_random() % 4 == 0)
		size = sizes[next_random() % (sizeof(sizes) / sizeof(sizes[0]))];
	base(t, "random", size, privileged && next_random() % 3 == 0);
	if (t->open_tree && next_random() % 3 == 0)
		t->flags = 0;
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		if (next_random() % 5 == 0)
			set |= attrs[i];
		if (next_random() % 6 == 0)
			clr |= attrs[i];
	}
	if (next_random() % 3 == 0)
		clr |= 0x70;
	if (next_random() % 20 == 0)
		set |= 1ULL << (next_random() % 64);
	if (next_random() % 3 == 0)
		prop = (uint64_t)(1u << (17 + next_random() % 4));
	if (next_random() % 15 == 0)
		prop |= 1ULL << (next_random() % 64);
	put(t, 0, set);
	put(t, 8, clr);
	put(t, 16, prop);
	put(t, 24, next_random() % 4 ? 0 : (uint64_t)fd_user);
	if (!privileged && next_random() % 4 == 0)
		t->flags = 0x8000;	/* AT_RECURSIVE */
	if (size > VER0 && size <= PAGE && next_random() % 3 == 0)
		t->bytes[VER0 + next_random() % (size - VER0)] = 1;
	if (next_random() % 12 == 0)
		t->readable = next_random() % (t->readable + 1);
	if (next_random() % 40 == 0)
		t->null_uargs = 1;
}

static void batch(unsigned long random_cases, int privileged)
{
	struct tcase *t = malloc(sizeof(*t));
	unsigned long i;

	if (!t)
		exit(2);
	boundary_cases(t, privileged);
	for (i = 0; i < random_cases; i++) {
		random_case(t, privileged);
		run(t);
	}
	free(t);
}

/* Without CAP_SYS_ADMIN in the effective set: may_mount() is false. */
static int drop_sys_admin(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &hdr, data))
		return -1;
	data[0].effective &= ~(1u << CAP_SYS_ADMIN);
	return (int)syscall(SYS_capset, &hdr, data);
}

int main(int argc, char **argv)
{
	unsigned long random_cases = argc > 1 ? strtoul(argv[1], NULL, 0) : 2000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;
	int status, pipefd[2];
	unsigned long counts[3];
	pid_t child;

	rng ^= seed * 0x2545f4914f6cdd1dULL;
	region = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED)
		return 2;
	none_page = region + 4 * PAGE;
	if (mprotect(none_page, PAGE, PROT_NONE))
		return 2;
	/* A private mount namespace, and in it a bind mount of a fresh directory. */
	if (unshare(CLONE_NEWNS) || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) {
		perror("mount namespace");
		return 2;
	}
	if (!mkdtemp(mnt) || mount(mnt, mnt, NULL, MS_BIND, NULL)) {
		perror("bind mount");
		return 2;
	}
	fd_user = open("/proc/self/ns/user", O_RDONLY | O_CLOEXEC);
	fd_net = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	fd_file = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
	if (fd_user < 0 || fd_net < 0 || fd_file < 0)
		return 2;

	batch(random_cases, 1);

	if (pipe(pipefd))
		return 2;
	child = fork();
	if (child == 0) {
		close(pipefd[0]);
		cases = mismatches = accepted = 0;
		harness_may_mount = 0;
		if (drop_sys_admin())
			_exit(2);
		batch(random_cases / 4, 0);
		counts[0] = cases;
		counts[1] = mismatches;
		counts[2] = accepted;
		_exit(write(pipefd[1], counts, sizeof(counts)) == sizeof(counts) ? 0 : 2);
	}
	close(pipefd[1]);
	if (child < 0 || read(pipefd[0], counts, sizeof(counts)) != sizeof(counts) ||
	    waitpid(child, &status, 0) != child || status)
		return 2;
	cases += counts[0];
	mismatches += counts[1];
	accepted += counts[2];

	umount2(mnt, MNT_DETACH);
	rmdir(mnt);
	printf("cases %lu mismatches %lu accepted %lu unprivileged %lu\n", cases, mismatches,
	       accepted, counts[0]);
	return mismatches ? 1 : 0;
}
