// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:19f30070164981f0.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "clone_args.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__has_include)
# if __has_include(<linux/sched.h>)
#  include <linux/sched.h>
# endif
#else
# include <linux/sched.h>
#endif

/* Again, now that the system's names are visible: its agreement checks run. */
#include "clone_args.h"

/* The C library's values are the spec's on every architecture the spec states. */
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__alpha__) || (defined(__sparc__) && defined(__arch64__)) || defined(__hppa__)
CG_CLONE_ARGS_ASSERT(libc_INT_MAX, INT_MAX == 0x7fffffff, "<limits.h> and the spec agree on INT_MAX");
#endif
#if (defined(__x86_64__) && !defined(__ILP32__)) || defined(__i386__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__)
CG_CLONE_ARGS_ASSERT(libc_SIGCHLD, SIGCHLD == 17, "<signal.h> and the spec agree on SIGCHLD");
#endif
#if (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__hppa__)
CG_CLONE_ARGS_ASSERT(libc_SIGCHLD, SIGCHLD == 18, "<signal.h> and the spec agree on SIGCHLD");
#endif
#if defined(__alpha__) || (defined(__sparc__) && defined(__arch64__))
CG_CLONE_ARGS_ASSERT(libc_SIGCHLD, SIGCHLD == 20, "<signal.h> and the spec agree on SIGCHLD");
#endif

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_clone3
# define CG_SYS_clone3 SYS_clone3
#elif defined(__alpha__)
# define CG_SYS_clone3 545
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_clone3 4435
#else
# define CG_SYS_clone3 435
#endif

long cg_clone3(struct cg_clone_args *args, size_t size)
{
	return syscall(CG_SYS_clone3, args, size);
}

enum clonegen_print {
	CLONEGEN_PRINT_FLAGS,
	CLONEGEN_PRINT_POINTER,
	CLONEGEN_PRINT_HEX,
	CLONEGEN_PRINT_UNSIGNED,
	CLONEGEN_PRINT_SIGNAL,
	CLONEGEN_PRINT_OCTAL,
	CLONEGEN_PRINT_ARRAY
};

/* A name the decoder prints for a value, and the release that added it (0: always known). */
struct clonegen_decode_name {
	const char *name;
	uint64_t value;
	unsigned long since;
};

/* One field: where it is, how it prints, and when strace shows it. */
struct clonegen_decode_field {
	const char *name;
	size_t offset;
	size_t size;
	enum clonegen_print print;
	const struct clonegen_decode_name *names;
	size_t nr_names;
	const struct clonegen_decode_name *modes;
	size_t nr_modes;
	const char *unknown;
	int show_field;		/* shown when this field has any of show_bits set, */
	uint64_t show_bits;
	const int *show_nonzero;	/* or any of these fields is not zero; */
	size_t nr_show_nonzero;	/* with neither, always; */
	int past_size;		/* shown (as zero) even where the caller's size ends before it */
	int count;		/* an array: the field with the element count, */
	size_t element;		/* the size of an element */
	uint64_t max;		/* and the most elements */
};

struct clonegen_decode_version {
	size_t size;
	unsigned long since;
};

/* Text like snprintf's: counts what did not fit. */
struct clonegen_text {
	char *buf;
	size_t cap;
	size_t len;
};

typedef int (*clonegen_peek_fn)(void *ctx, uint64_t addr, void *buf, size_t len);

#define CLONEGEN_COUNT(array) (sizeof(array) / sizeof((array)[0]))
#define CLONEGEN_STRACE_STRSIZE 32	/* strace -s: the most tail bytes printed */
#define CLONEGEN_INT_MAX 0x7fffffffU

static void clonegen_put(struct clonegen_text *t, const char *s)
{
	size_t n = strlen(s);

	if (t->len < t->cap) {
		size_t room = t->cap - t->len;

		memcpy(t->buf + t->len, s, n < room ? n : room);
	}
	t->len += n;
}

static void clonegen_put_u64(struct clonegen_text *t, const char *format, uint64_t value)
{
	char num[32];

	snprintf(num, sizeof(num), format, value);
	clonegen_put(t, num);
}

static void clonegen_put_addr(struct clonegen_text *t, uint64_t value)
{
	if (value)
		clonegen_put_u64(t, "%#" PRIx64, value);
	else
		clonegen_put(t, "NULL");
}

/* The signal names strace prints (its signalent.h), from 0 to SIGRTMIN. */
static const char *const clonegen_signals[] = {
#if defined(__alpha__) || (defined(__sparc__) && defined(__arch64__))
	"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGEMT",
	"SIGFPE", "SIGKILL", "SIGBUS", "SIGSEGV", "SIGSYS", "SIGPIPE", "SIGALRM", "SIGTERM",
	"SIGURG", "SIGSTOP", "SIGTSTP", "SIGCONT", "SIGCHLD", "SIGTTIN", "SIGTTOU", "SIGIO",
	"SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
# if defined(__alpha__)
	"SIGINFO",
# else
	"SIGLOST",
# endif
	"SIGUSR1", "SIGUSR2", "SIGRTMIN"
#elif defined(__mips__)
	"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGIOT", "SIGEMT",
	"SIGFPE", "SIGKILL", "SIGBUS", "SIGSEGV", "SIGSYS", "SIGPIPE", "SIGALRM", "SIGTERM",
	"SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGPWR", "SIGWINCH", "SIGURG", "SIGIO", "SIGSTOP",
	"SIGTSTP", "SIGCONT", "SIGTTIN", "SIGTTOU", "SIGVTALRM", "SIGPROF", "SIGXCPU", "SIGXFSZ",
	"SIGRTMIN"
#elif defined(__hppa__)
	"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGSTKFLT",
	"SIGFPE", "SIGKILL", "SIGBUS", "SIGSEGV", "SIGXCPU", "SIGPIPE", "SIGALRM", "SIGTERM",
	"SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGPWR", "SIGVTALRM", "SIGPROF", "SIGIO", "SIGWINCH",
	"SIGSTOP", "SIGTSTP", "SIGCONT", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXFSZ", "SIGSYS",
	"SIGRTMIN"
#else
	"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
	"SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
	"SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
	"SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
	"SIGRTMIN"
#endif
};

#define CLONEGEN_SIGRTMIN 32U
#if defined(__mips__)
# define CLONEGEN_SIGRTMAX 127U	/* glibc's __SIGRTMAX */
#else
# define CLONEGEN_SIGRTMAX 64U
#endif

/* strace's printsignal() of an exit signal: a name, SIGRT_n, or the number. */
static void clonegen_put_signal(struct clonegen_text *t, uint64_t value)
{
	if (value >= CLONEGEN_INT_MAX)
		clonegen_put_u64(t, "%" PRIu64, value);
	else if (value > 0 && value < sizeof(clonegen_signals) / sizeof(clonegen_signals[0]))
		clonegen_put(t, clonegen_signals[value]);
	else if (value > CLONEGEN_SIGRTMIN && value <= CLONEGEN_SIGRTMAX)
		clonegen_put_u64(t, "SIGRT_%" PRIu64, value - CLONEGEN_SIGRTMIN);
	else
		clonegen_put_u64(t, "%" PRIu64, value);
}

static int clonegen_known(unsigned long since, uint64_t release)
{
	return !since || !release || since <= release;
}

/* strace's printflags_ex(), or with modes its sprint_open_modes(). */
static void clonegen_put_flags(struct clonegen_text *t, const struct clonegen_decode_field *f,
			       uint64_t value, uint64_t release)
{
	size_t i, named = 0;

	if (f->nr_modes) {
		uint64_t mask = 0;

		for (i = 0; i < f->nr_modes; i++)
			mask |= f->modes[i].value;
		for (i = 0; i < f->nr_modes; i++) {
			if (f->modes[i].value == (value & mask)) {
				clonegen_put(t, f->modes[i].name);
				named++;
				break;
			}
		}
		value &= ~mask;
		if (named && !value)
			return;
	}
	for (i = 0; i < f->nr_names && value; i++) {
		const struct clonegen_decode_name *n = &f->names[i];

		if (!clonegen_known(n->since, release) || !n->value || (value & n->value) != n->value)
			continue;
		if (named++)
			clonegen_put(t, "|");
		clonegen_put(t, n->name);
		value &= ~n->value;
	}
	if (named) {
		if (value)
			clonegen_put_u64(t, "|%#" PRIx64, value);
	} else if (value) {
		clonegen_put_u64(t, "%#" PRIx64, value);
		if (!f->nr_modes) {
			clonegen_put(t, " /* ");
			clonegen_put(t, f->unknown);
			clonegen_put(t, " */");
		}
	} else {
		clonegen_put(t, "0");
	}
}

static int64_t clonegen_signed(const unsigned char *p, size_t size)
{
	int8_t i8;
	int16_t i16;
	int32_t i32;
	int64_t i64 = 0;

	switch (size) {
	case 1:
		memcpy(&i8, p, 1);
		return i8;
	case 2:
		memcpy(&i16, p, 2);
		return i16;
	case 4:
		memcpy(&i32, p, 4);
		return i32;
	default:
		memcpy(&i64, p, sizeof(i64));
		return i64;
	}
}

/* strace's print_array() of signed integers read through peek. */
static void clonegen_put_array(struct clonegen_text *t, uint64_t addr, uint64_t count, size_t size,
			       clonegen_peek_fn peek, void *ctx)
{
	unsigned char elem[8];
	uint64_t cur, end = addr + count * size;

	if (end <= addr || !peek) {
		clonegen_put_addr(t, addr);
		return;
	}
	for (cur = addr; cur < end; cur += size) {
		if (peek(ctx, cur, elem, size)) {
			if (cur == addr) {
				clonegen_put_addr(t, addr);
				return;
			}
			clonegen_put_u64(t, ", ... /* %#" PRIx64 " */", cur);
			break;
		}
		{
			char num[32];

			snprintf(num, sizeof(num), "%s%" PRId64, cur == addr ? "[" : ", ",
				 clonegen_signed(elem, size));
			clonegen_put(t, num);
		}
	}
	clonegen_put(t, "]");
}

/* strace's print_nonzero_bytes() with QUOTE_FORCE_HEX: nothing when all are zero. */
static void clonegen_put_tail(struct clonegen_text *t, const char *sep, const unsigned char *data,
			      size_t len, size_t start, size_t end)
{
	size_t i;
	char num[64];

	if (start >= end)
		return;
	clonegen_put(t, sep);
	if (len < end) {
		clonegen_put(t, "???");
		return;
	}
	for (i = start; i < end && !data[i]; i++)
		;
	if (i == end) {
		t->len -= strlen(sep);
		return;
	}
	snprintf(num, sizeof(num), "/* bytes %lu..%lu */ \"", (unsigned long)start,
		 (unsigned long)(end - 1));
	clonegen_put(t, num);
	for (i = start; i < end && i - start < CLONEGEN_STRACE_STRSIZE; i++) {
		snprintf(num, sizeof(num), "\\x%02x", (unsigned int)data[i]);
		clonegen_put(t, num);
	}
	clonegen_put(t, end - start > CLONEGEN_STRACE_STRSIZE ? "\"..." : "\"");
}

static uint64_t clonegen_field_value(const unsigned char *data, size_t fetch,
				     const struct clonegen_decode_field *f)
{
	unsigned char raw[8] = { 0 };
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;
	size_t n = f->offset < fetch ? fetch - f->offset : 0;

	if (n)
		memcpy(raw, data + f->offset, n < f->size ? n : f->size);
	switch (f->size) {
	case 1:
		memcpy(&u8, raw, 1);
		return u8;
	case 2:
		memcpy(&u16, raw, 2);
		return u16;
	case 4:
		memcpy(&u32, raw, 4);
		return u32;
	default:
		memcpy(&u64, raw, 8);
		return u64;
	}
}

static size_t clonegen_decode(const struct clonegen_decode_field *fields, size_t nr_fields,
			      const struct clonegen_decode_version *versions, size_t nr_versions,
			      char *out, size_t outlen, const void *data, size_t len, uint64_t size,
			      uint64_t addr, uint64_t release, clonegen_peek_fn peek, void *ctx)
{
	struct clonegen_text t;
	const unsigned char *bytes = (const unsigned char *)data;
	size_t i, j, known = versions[0].size, fetch, shown = 0;
	long page = sysconf(_SC_PAGESIZE);

	t.buf = out;
	t.cap = outlen;
	t.len = 0;
	for (i = 0; i < nr_versions; i++)
		if (clonegen_known(versions[i].since, release) && versions[i].size > known)
			known = versions[i].size;
	fetch = size < known ? (size_t)size : known;
	if (!bytes || size < versions[0].size || len < fetch) {
		clonegen_put_addr(&t, addr);
		goto done;
	}
	clonegen_put(&t, "{");
	for (i = 0; i < nr_fields; i++) {
		const struct clonegen_decode_field *f = &fields[i];
		uint64_t v = clonegen_field_value(bytes, fetch, f);

		if (f->offset >= fetch && !f->past_size)
			continue;
		if (f->show_field >= 0 || f->nr_show_nonzero) {
			int hit = f->show_field >= 0 &&
				  (clonegen_field_value(bytes, fetch, &fields[f->show_field]) &
				   f->show_bits);

			for (j = 0; j < f->nr_show_nonzero && !hit; j++)
				hit = clonegen_field_value(bytes, fetch, &fields[f->show_nonzero[j]]) != 0;
			if (!hit)
				continue;
		}
		if (shown++)
			clonegen_put(&t, ", ");
		clonegen_put(&t, f->name);
		clonegen_put(&t, "=");
		switch (f->print) {
		case CLONEGEN_PRINT_FLAGS:
			clonegen_put_flags(&t, f, v, release);
			break;
		case CLONEGEN_PRINT_POINTER:
			clonegen_put_addr(&t, v);
			break;
		case CLONEGEN_PRINT_HEX:
			clonegen_put_u64(&t, v ? "%#" PRIx64 : "%" PRIu64, v);
			break;
		case CLONEGEN_PRINT_OCTAL:
			clonegen_put_u64(&t, "%#03" PRIo64, v);
			break;
		case CLONEGEN_PRINT_SIGNAL:
			clonegen_put_signal(&t, v);
			break;
		case CLONEGEN_PRINT_ARRAY: {
			uint64_t count = clonegen_field_value(bytes, fetch, &fields[f->count]);

			if (!v || !count || count > f->max)
				clonegen_put_addr(&t, v);
			else
				clonegen_put_array(&t, v, count, f->element, peek, ctx);
			break;
		}
		case CLONEGEN_PRINT_UNSIGNED:
		default:
			clonegen_put_u64(&t, "%" PRIu64, v);
			break;
		}
	}
	if (size > fetch) {
		size_t end = page > 0 && size > (uint64_t)page ? (size_t)page : (size_t)size;

		clonegen_put_tail(&t, shown ? ", " : "", bytes, len, fetch, end);
	}
	clonegen_put(&t, "}");
done:
	if (t.cap)
		t.buf[t.len < t.cap ? t.len : t.cap - 1] = '\0';
	return t.len;
}

static const struct clonegen_decode_name clonegen_names_of_flags[] = {
	{ "CLONE_VM", CG_CLONE_VM, 0x20000 },
	{ "CLONE_FS", CG_CLONE_FS, 0x20000 },
	{ "CLONE_FILES", CG_CLONE_FILES, 0x20000 },
	{ "CLONE_SIGHAND", CG_CLONE_SIGHAND, 0x20000 },
	{ "CLONE_PIDFD", CG_CLONE_PIDFD, 0x50200 },
	{ "CLONE_PTRACE", CG_CLONE_PTRACE, 0x20000 },
	{ "CLONE_VFORK", CG_CLONE_VFORK, 0x20000 },
	{ "CLONE_PARENT", CG_CLONE_PARENT, 0x20400 },
	{ "CLONE_THREAD", CG_CLONE_THREAD, 0x20400 },
	{ "CLONE_NEWNS", CG_CLONE_NEWNS, 0x20413 },
	{ "CLONE_SYSVSEM", CG_CLONE_SYSVSEM, 0x2050a },
	{ "CLONE_SETTLS", CG_CLONE_SETTLS, 0x20520 },
	{ "CLONE_PARENT_SETTID", CG_CLONE_PARENT_SETTID, 0x20531 },
	{ "CLONE_CHILD_CLEARTID", CG_CLONE_CHILD_CLEARTID, 0x20531 },
	{ "CLONE_UNTRACED", CG_CLONE_UNTRACED, 0x2052e },
	{ "CLONE_CHILD_SETTID", CG_CLONE_CHILD_SETTID, 0x20531 },
	{ "CLONE_NEWCGROUP", CG_CLONE_NEWCGROUP, 0x40600 },
	{ "CLONE_NEWUTS", CG_CLONE_NEWUTS, 0x20613 },
	{ "CLONE_NEWIPC", CG_CLONE_NEWIPC, 0x20613 },
	{ "CLONE_NEWUSER", CG_CLONE_NEWUSER, 0x20617 },
	{ "CLONE_NEWPID", CG_CLONE_NEWPID, 0x20618 },
	{ "CLONE_NEWNET", CG_CLONE_NEWNET, 0x20618 },
	{ "CLONE_IO", CG_CLONE_IO, 0x20619 },
	{ "CLONE_NEWTIME", CG_CLONE_NEWTIME, 0x50600 },
	{ "CLONE_CLEAR_SIGHAND", CG_CLONE_CLEAR_SIGHAND, 0x50500 },
	{ "CLONE_INTO_CGROUP", CG_CLONE_INTO_CGROUP, 0x50700 },
	{ "CLONE_AUTOREAP", CG_CLONE_AUTOREAP, 0x70100 },
	{ "CLONE_NNP", CG_CLONE_NNP, 0x70100 },
	{ "CLONE_PIDFD_AUTOKILL", CG_CLONE_PIDFD_AUTOKILL, 0x70100 },
	{ "CLONE_EMPTY_MNTNS", CG_CLONE_EMPTY_MNTNS, 0x70100 },
};

static const int clonegen_nonzero_of_set_tid[] = { 8, 9 };

static const int clonegen_nonzero_of_set_tid_size[] = { 8, 9 };

static const int clonegen_nonzero_of_cgroup[] = { 10 };

static const struct clonegen_decode_field clonegen_decode_fields[] = {
	{ "flags", 0, 8, CLONEGEN_PRINT_FLAGS,
	  clonegen_names_of_flags, CLONEGEN_COUNT(clonegen_names_of_flags),
	  NULL, 0, "CLONE_???",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "pidfd", 8, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_PIDFD,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "child_tid", 16, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_CHILD_SETTID | (uint64_t)CG_CLONE_CHILD_CLEARTID,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "parent_tid", 24, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_PARENT_SETTID,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "exit_signal", 32, 8, CLONEGEN_PRINT_SIGNAL,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "stack", 40, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "stack_size", 48, 8, CLONEGEN_PRINT_HEX,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "tls", 56, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_SETTLS,
	  NULL, 0, 0,
	  -1, 0, 0 },
	{ "set_tid", 64, 8, CLONEGEN_PRINT_ARRAY,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  clonegen_nonzero_of_set_tid, CLONEGEN_COUNT(clonegen_nonzero_of_set_tid), 0,
	  9, 4, 32 },
	{ "set_tid_size", 72, 8, CLONEGEN_PRINT_UNSIGNED,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  clonegen_nonzero_of_set_tid_size, CLONEGEN_COUNT(clonegen_nonzero_of_set_tid_size), 1,
	  -1, 0, 0 },
	{ "cgroup", 80, 8, CLONEGEN_PRINT_UNSIGNED,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_INTO_CGROUP,
	  clonegen_nonzero_of_cgroup, CLONEGEN_COUNT(clonegen_nonzero_of_cgroup), 0,
	  -1, 0, 0 },
};

static const struct clonegen_decode_version clonegen_decode_versions[] = {
	{ 64, 0x50300 },
	{ 80, 0x50500 },
	{ 88, 0x50700 },
};

size_t cg_clone_args_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_clone_args_decoding *how)
{
	return clonegen_decode(clonegen_decode_fields, CLONEGEN_COUNT(clonegen_decode_fields),
			       clonegen_decode_versions, CLONEGEN_COUNT(clonegen_decode_versions),
			       out, outlen, data, len, size, how ? how->addr : 0,
			       how ? how->release : 0, how ? how->peek : NULL, how ? how->ctx : NULL);
}

static volatile int cg_clone3_is_missing;

/* cg_clone3() for a request the caller gave as const. */
static long cg_clone3_syscall(const struct cg_clone_args *args, size_t size)
{
	return syscall(CG_SYS_clone3, args, size);
}

int cg_clone3_missing(void)
{
	return cg_clone3_is_missing;
}

/* The request with the kernel's zero-fill; -1 if an unknown tail is not zero. */
static int cg_read_request(struct cg_clone_args *out, const struct cg_clone_args *args, size_t size)
{
	const unsigned char *tail = (const unsigned char *)args;
	size_t i;

	memset(out, 0, sizeof(*out));
	memcpy(out, args, size < sizeof(*out) ? size : sizeof(*out));
	for (i = sizeof(*out); i < size; i++)
		if (tail[i])
			return -1;
	return 0;
}

/*
 * The same request through clone(), the way the kernel's clone() entry
 * fills struct kernel_clone_args. Returns -2 when the request cannot
 * be said there.
 */
static long cg_clone3_legacy(const struct cg_clone_args *a)
{
	unsigned long clone_flags = 0;
	unsigned long newsp = 0;
	unsigned long parent_tidptr = 0;
	unsigned long child_tidptr = 0;
	unsigned long tls = 0;

	if (a->set_tid)
		return -2;
	if (a->set_tid_size)
		return -2;
	if (a->cgroup)
		return -2;
	if (a->flags & ~(uint64_t)(0xffffffffU & ~(uint32_t)CG_CSIGNAL))
		return -2;
	clone_flags |= (unsigned long)a->flags;
	if (a->exit_signal & ~(uint64_t)CG_CSIGNAL)
		return -2;
	clone_flags |= (unsigned long)a->exit_signal;
	if ((uint64_t)(unsigned long)(a->stack + a->stack_size) != a->stack + a->stack_size)
		return -2;
	if (a->stack)
		newsp = (unsigned long)(a->stack + a->stack_size);
	if ((uint64_t)(unsigned long)a->pidfd != a->pidfd)
		return -2;
	if (a->pidfd) {
		if (parent_tidptr && parent_tidptr != (unsigned long)a->pidfd)
			return -2;
		parent_tidptr = (unsigned long)a->pidfd;
	}
	if ((uint64_t)(unsigned long)a->parent_tid != a->parent_tid)
		return -2;
	if (a->parent_tid) {
		if (parent_tidptr && parent_tidptr != (unsigned long)a->parent_tid)
			return -2;
		parent_tidptr = (unsigned long)a->parent_tid;
	}
	if ((uint64_t)(unsigned long)a->child_tid != a->child_tid)
		return -2;
	if (a->child_tid) {
		if (child_tidptr && child_tidptr != (unsigned long)a->child_tid)
			return -2;
		child_tidptr = (unsigned long)a->child_tid;
	}
	if ((uint64_t)(unsigned long)a->tls != a->tls)
		return -2;
	if (a->tls) {
		if (tls && tls != (unsigned long)a->tls)
			return -2;
		tls = (unsigned long)a->tls;
	}

#if defined(__i386__) || defined(__arm__) || defined(__aarch64__) || (defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32) || defined(__hppa__) || defined(__powerpc__) || (defined(__riscv) && __riscv_xlen == 64)
	return syscall(SYS_clone, clone_flags, newsp, parent_tidptr, tls, child_tidptr);
#elif defined(__s390x__)
	return syscall(SYS_clone, newsp, clone_flags, parent_tidptr, child_tidptr, tls);
#elif defined(__microblaze__)
	return syscall(SYS_clone, clone_flags, newsp, 0UL, parent_tidptr, child_tidptr, tls);
#else
	return syscall(SYS_clone, clone_flags, newsp, parent_tidptr, child_tidptr, tls);
#endif
}

pid_t cg_clone3_fork(const struct cg_clone_args *args, size_t size)
{
	struct cg_clone_args req;
	long ret;

	if (!args || cg_read_request(&req, args, size)) {
		/* Let the kernel give its own answer (EFAULT, E2BIG, ...). */
		if (!cg_clone3_is_missing)
			return (pid_t)cg_clone3_syscall(args, size);
		errno = ENOSYS;
		return -1;
	}
	if (req.stack)
		goto refuse;
	if (req.stack_size)
		goto refuse;
	if (req.flags & (CG_CLONE_VM | CG_CLONE_VFORK | CG_CLONE_THREAD | CG_CLONE_SETTLS))
		goto refuse;
	if (!cg_clone3_is_missing) {
		ret = cg_clone3_syscall(args, size);
		if (ret != -1 || errno != ENOSYS)
			return (pid_t)ret;
		cg_clone3_is_missing = 1;
	}
	ret = cg_clone3_legacy(&req);
	if (ret == -2) {
		errno = ENOSYS;
		return -1;
	}
	return (pid_t)ret;
refuse:
	errno = EINVAL;
	return -1;
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

pid_t cg_clone3_run(const struct cg_clone_args *args, size_t size, int (*fn)(void *), void *arg)
{
	long ret = clonegen_run_on_stack(CG_SYS_clone3, args, size, fn, arg);

	if (ret < 0) {
		errno = (int)-ret;
		return -1;
	}
	return (pid_t)ret;
}
