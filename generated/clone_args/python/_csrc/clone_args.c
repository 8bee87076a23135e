// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/clone_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:c4dcfbe32d8d3ddb.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "clone_args.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <sys/wait.h>
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

long cg_clone3(const struct cg_clone_args *args, size_t size)
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
	CLONEGEN_PRINT_ARRAY,
	CLONEGEN_PRINT_SIGNED,
	CLONEGEN_PRINT_VALUE
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
	uint64_t reach;		/* the size that shows it */
	int hide_field;		/* on input hidden when this field has any of hide_bits set, */
	uint64_t hide_bits;
	int unless_negative;	/* unless the field is negative */
};

/*
 * An entry point: where the struct's size comes from (the size argument, or
 * the field size_field, where 0 stands for zero_size), whether the struct is
 * what the kernel wrote, and what is printed past what the decoder knows
 * (more: ", ..."; else the bytes that are not zero).
 */
struct clonegen_decode_entry {
	const char *name;
	int size_field;
	uint64_t zero_size;
	int output;
	int more;
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

/* strace's printxval(): the name of the value, or the number with a comment. */
static void clonegen_put_value(struct clonegen_text *t, const struct clonegen_decode_field *f,
			       uint64_t value, uint64_t release)
{
	size_t i;

	for (i = 0; i < f->nr_names; i++) {
		if (f->names[i].value == value && clonegen_known(f->names[i].since, release)) {
			clonegen_put(t, f->names[i].name);
			return;
		}
	}
	clonegen_put_u64(t, value ? "%#" PRIx64 : "%" PRIu64, value);
	clonegen_put(t, " /* ");
	clonegen_put(t, f->unknown);
	clonegen_put(t, " */");
}

/* A field's value as the signed integer of its size. */
static int64_t clonegen_as_signed(uint64_t value, size_t size)
{
	if (size < 8 && (value >> (8 * size - 1)) & 1)
		return (int64_t)(value | ~((UINT64_C(1) << (8 * size)) - 1));
	return (int64_t)value;
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

/* One field's value as strace prints it. */
static void clonegen_put_field(struct clonegen_text *t, const struct clonegen_decode_field *fields,
			       const struct clonegen_decode_field *f, uint64_t v,
			       const unsigned char *bytes, size_t fetch, uint64_t release,
			       clonegen_peek_fn peek, void *ctx)
{
	clonegen_put(t, f->name);
	clonegen_put(t, "=");
	switch (f->print) {
	case CLONEGEN_PRINT_FLAGS:
		clonegen_put_flags(t, f, v, release);
		break;
	case CLONEGEN_PRINT_VALUE:
		clonegen_put_value(t, f, v, release);
		break;
	case CLONEGEN_PRINT_POINTER:
		clonegen_put_addr(t, v);
		break;
	case CLONEGEN_PRINT_HEX:
		clonegen_put_u64(t, v ? "%#" PRIx64 : "%" PRIu64, v);
		break;
	case CLONEGEN_PRINT_OCTAL:
		clonegen_put_u64(t, "%#03" PRIo64, v);
		break;
	case CLONEGEN_PRINT_SIGNAL:
		clonegen_put_signal(t, v);
		break;
	case CLONEGEN_PRINT_SIGNED: {
		char num[32];

		snprintf(num, sizeof(num), "%" PRId64, clonegen_as_signed(v, f->size));
		clonegen_put(t, num);
		break;
	}
	case CLONEGEN_PRINT_ARRAY: {
		uint64_t count = clonegen_field_value(bytes, fetch, &fields[f->count]);

		if (!v || !count || count > f->max)
			clonegen_put_addr(t, v);
		else
			clonegen_put_array(t, v, count, f->element, peek, ctx);
		break;
	}
	case CLONEGEN_PRINT_UNSIGNED:
	default:
		clonegen_put_u64(t, "%" PRIu64, v);
		break;
	}
}

/* Whether strace shows a field it has read: its show and hide conditions. */
static int clonegen_shown(const struct clonegen_decode_field *fields,
			  const struct clonegen_decode_field *f, uint64_t v,
			  const unsigned char *bytes, size_t fetch, int output)
{
	size_t j;

	if (f->show_field >= 0 || f->nr_show_nonzero) {
		int hit = f->show_field >= 0 &&
			  (clonegen_field_value(bytes, fetch, &fields[f->show_field]) & f->show_bits);

		for (j = 0; j < f->nr_show_nonzero && !hit; j++)
			hit = clonegen_field_value(bytes, fetch, &fields[f->show_nonzero[j]]) != 0;
		if (!hit)
			return 0;
	}
	if (output || f->hide_field < 0 ||
	    !(clonegen_field_value(bytes, fetch, &fields[f->hide_field]) & f->hide_bits))
		return 1;
	return f->unless_negative && clonegen_as_signed(v, f->size) < 0;
}

/* The entry point called @name (NULL: the first, the system call), or NULL. */
static const struct clonegen_decode_entry *
clonegen_decode_entry(const struct clonegen_decode_entry *entries, size_t nr_entries,
		      const char *name)
{
	size_t i;

	for (i = 0; i < nr_entries; i++)
		if (!name || !strcmp(entries[i].name, name))
			return &entries[i];
	return NULL;
}

/*
 * How much of the struct to read (*fetch) and how large it is (*size), from
 * the size argument or, for a struct that says its own size, from that
 * field (*said; 0 there stands for the entry's zero_size). 0: the struct
 * cannot be read and prints as its address.
 */
static int clonegen_extent(const struct clonegen_decode_entry *entry,
			   const struct clonegen_decode_field *sf, const unsigned char *bytes,
			   size_t len, size_t first, size_t known, uint64_t *size, size_t *fetch,
			   uint64_t *said)
{
	if (!entry || !bytes)
		return 0;
	if (!sf || entry->output) {	/* the size is the call's argument */
		*fetch = *size < known ? (size_t)*size : known;
		if (len < *fetch || (sf ? !*size : *size < first))
			return 0;
		if (sf)			/* the size the kernel reported */
			*size = *said = clonegen_field_value(bytes, *fetch, sf);
		return 1;
	}
	if (len < sf->offset + sf->size)
		return 0;
	*said = clonegen_field_value(bytes, sf->offset + sf->size, sf);
	*size = *said ? *said : entry->zero_size;
	*fetch = *size < known ? (size_t)*size : known;
	if (*size >= first && len < *fetch)
		return 0;
	if (*fetch > len)
		*fetch = len;
	return 1;
}

static size_t clonegen_decode(const struct clonegen_decode_field *fields, size_t nr_fields,
			      const struct clonegen_decode_version *versions, size_t nr_versions,
			      const struct clonegen_decode_entry *entry, char *out, size_t outlen,
			      const void *data, size_t len, uint64_t size, uint64_t addr,
			      uint64_t release, clonegen_peek_fn peek, void *ctx)
{
	struct clonegen_text t;
	const unsigned char *bytes = (const unsigned char *)data;
	size_t i, known = versions[0].size, fetch, limit, shown = 0;
	long page = sysconf(_SC_PAGESIZE);
	const struct clonegen_decode_field *sf = NULL;
	uint64_t said = 0;

	t.buf = out;
	t.cap = outlen;
	t.len = 0;
	for (i = 0; i < nr_versions; i++)
		if (clonegen_known(versions[i].since, release) && versions[i].size > known)
			known = versions[i].size;
	if (entry && entry->size_field >= 0)
		sf = &fields[entry->size_field];
	if (!clonegen_extent(entry, sf, bytes, len, versions[0].size, known, &size, &fetch, &said)) {
		clonegen_put_addr(&t, addr);
		goto done;
	}
	limit = size < known ? (size_t)size : known;
	clonegen_put(&t, "{");
	if (sf && size < versions[0].size) {
		/* too small to read more: only the size, as strace prints it */
		clonegen_put_field(&t, fields, sf, said, bytes, fetch, release, peek, ctx);
		goto end;
	}
	for (i = 0; i < nr_fields; i++) {
		const struct clonegen_decode_field *f = &fields[i];
		uint64_t v = clonegen_field_value(bytes, fetch, f);

		if (limit < f->reach && !f->past_size)
			continue;
		if (!clonegen_shown(fields, f, v, bytes, fetch, entry->output))
			continue;
		if (shown++)
			clonegen_put(&t, ", ");
		clonegen_put_field(&t, fields, f, v, bytes, fetch, release, peek, ctx);
	}
	if (entry->more) {
		if (!entry->output && size > limit)	/* more than the decoder knows */
			clonegen_put(&t, shown ? ", ..." : "...");
	} else if (size > fetch) {
		size_t end = page > 0 && size > (uint64_t)page ? (size_t)page : (size_t)size;

		clonegen_put_tail(&t, shown ? ", " : "", bytes, len, fetch, end);
	}
end:
	clonegen_put(&t, "}");
done:
	if (t.cap)
		t.buf[t.len < t.cap ? t.len : t.cap - 1] = '\0';
	return t.len;
}

static const struct clonegen_decode_name clonegen_names_of_flags[] = {
	{ "CLONE_VM", CG_CLONE_VM, 2000000 },
	{ "CLONE_FS", CG_CLONE_FS, 2000000 },
	{ "CLONE_FILES", CG_CLONE_FILES, 2000000 },
	{ "CLONE_SIGHAND", CG_CLONE_SIGHAND, 2000000 },
	{ "CLONE_PIDFD", CG_CLONE_PIDFD, 5002000 },
	{ "CLONE_PTRACE", CG_CLONE_PTRACE, 2000000 },
	{ "CLONE_VFORK", CG_CLONE_VFORK, 2000000 },
	{ "CLONE_PARENT", CG_CLONE_PARENT, 2004000 },
	{ "CLONE_THREAD", CG_CLONE_THREAD, 2004000 },
	{ "CLONE_NEWNS", CG_CLONE_NEWNS, 2004019 },
	{ "CLONE_SYSVSEM", CG_CLONE_SYSVSEM, 2005010 },
	{ "CLONE_SETTLS", CG_CLONE_SETTLS, 2005032 },
	{ "CLONE_PARENT_SETTID", CG_CLONE_PARENT_SETTID, 2005049 },
	{ "CLONE_CHILD_CLEARTID", CG_CLONE_CHILD_CLEARTID, 2005049 },
	{ "CLONE_UNTRACED", CG_CLONE_UNTRACED, 2005046 },
	{ "CLONE_CHILD_SETTID", CG_CLONE_CHILD_SETTID, 2005049 },
	{ "CLONE_NEWCGROUP", CG_CLONE_NEWCGROUP, 4006000 },
	{ "CLONE_NEWUTS", CG_CLONE_NEWUTS, 2006019 },
	{ "CLONE_NEWIPC", CG_CLONE_NEWIPC, 2006019 },
	{ "CLONE_NEWUSER", CG_CLONE_NEWUSER, 2006023 },
	{ "CLONE_NEWPID", CG_CLONE_NEWPID, 2006024 },
	{ "CLONE_NEWNET", CG_CLONE_NEWNET, 2006024 },
	{ "CLONE_IO", CG_CLONE_IO, 2006025 },
	{ "CLONE_NEWTIME", CG_CLONE_NEWTIME, 5006000 },
	{ "CLONE_CLEAR_SIGHAND", CG_CLONE_CLEAR_SIGHAND, 5005000 },
	{ "CLONE_INTO_CGROUP", CG_CLONE_INTO_CGROUP, 5007000 },
	{ "CLONE_AUTOREAP", CG_CLONE_AUTOREAP, 7001000 },
	{ "CLONE_NNP", CG_CLONE_NNP, 7001000 },
	{ "CLONE_PIDFD_AUTOKILL", CG_CLONE_PIDFD_AUTOKILL, 7001000 },
	{ "CLONE_EMPTY_MNTNS", CG_CLONE_EMPTY_MNTNS, 7001000 },
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
	  -1, 0, 0, 1,
	  -1, 0, 0 },
	{ "pidfd", 8, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_PIDFD,
	  NULL, 0, 0,
	  -1, 0, 0, 9,
	  -1, 0, 0 },
	{ "child_tid", 16, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_CHILD_SETTID | (uint64_t)CG_CLONE_CHILD_CLEARTID,
	  NULL, 0, 0,
	  -1, 0, 0, 17,
	  -1, 0, 0 },
	{ "parent_tid", 24, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_PARENT_SETTID,
	  NULL, 0, 0,
	  -1, 0, 0, 25,
	  -1, 0, 0 },
	{ "exit_signal", 32, 8, CLONEGEN_PRINT_SIGNAL,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0, 33,
	  -1, 0, 0 },
	{ "stack", 40, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0, 41,
	  -1, 0, 0 },
	{ "stack_size", 48, 8, CLONEGEN_PRINT_HEX,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0, 49,
	  -1, 0, 0 },
	{ "tls", 56, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_SETTLS,
	  NULL, 0, 0,
	  -1, 0, 0, 57,
	  -1, 0, 0 },
	{ "set_tid", 64, 8, CLONEGEN_PRINT_ARRAY,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  clonegen_nonzero_of_set_tid, CLONEGEN_COUNT(clonegen_nonzero_of_set_tid), 0,
	  9, 4, 32, 65,
	  -1, 0, 0 },
	{ "set_tid_size", 72, 8, CLONEGEN_PRINT_UNSIGNED,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  clonegen_nonzero_of_set_tid_size, CLONEGEN_COUNT(clonegen_nonzero_of_set_tid_size), 1,
	  -1, 0, 0, 73,
	  -1, 0, 0 },
	{ "cgroup", 80, 8, CLONEGEN_PRINT_UNSIGNED,
	  NULL, 0,
	  NULL, 0, "",
	  0, (uint64_t)CG_CLONE_INTO_CGROUP,
	  clonegen_nonzero_of_cgroup, CLONEGEN_COUNT(clonegen_nonzero_of_cgroup), 0,
	  -1, 0, 0, 81,
	  -1, 0, 0 },
};

static const struct clonegen_decode_version clonegen_decode_versions[] = {
	{ 64, 5003000 },
	{ 80, 5005000 },
	{ 88, 5007000 },
};

static const struct clonegen_decode_entry clonegen_decode_entries[] = {
	{ "clone3", -1, 0, 0, 0 },
};

size_t cg_clone_args_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_clone_args_decoding *how)
{
	return clonegen_decode(clonegen_decode_fields, CLONEGEN_COUNT(clonegen_decode_fields),
			       clonegen_decode_versions, CLONEGEN_COUNT(clonegen_decode_versions),
			       clonegen_decode_entry(clonegen_decode_entries,
						     CLONEGEN_COUNT(clonegen_decode_entries),
						     how ? how->entry : NULL),
			       out, outlen, data, len, size, how ? how->addr : 0,
			       how ? how->release : 0, how ? how->peek : NULL, how ? how->ctx : NULL);
}

static volatile int cg_clone3_is_missing;

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

/* cg_clone3() for a request the caller gave as const. */
static long cg_clone3_syscall(const struct cg_clone_args *args, size_t size)
{
	return syscall(CG_SYS_clone3, args, size);
}

int cg_clone3_missing(void)
{
	return cg_clone3_is_missing;
}

/*
 * The request with the kernel's zero-fill, read only where and when the
 * kernel would read it: after its size checks, and through
 * clonegen_read_user(), so a byte it would answer EFAULT for is EFAULT here
 * too. With @tail, also the kernel's check that an unknown tail is zero.
 * Returns 0 or the errno the kernel would give.
 */
static int cg_read_request(struct cg_clone_args *out, const struct cg_clone_args *args, size_t size, int tail)
{
	unsigned char chunk[256];
	size_t at, n, i;
	int err;

	memset(out, 0, sizeof(*out));
	if (size > (size_t)sysconf(_SC_PAGESIZE))
		return E2BIG;
	if (size < CG_CLONE_ARGS_SIZE_VER0)
		return EINVAL;
	for (at = sizeof(*out); tail && at < size; at += n) {
		n = size - at < sizeof(chunk) ? size - at : sizeof(chunk);
		err = clonegen_read_user(chunk, (const unsigned char *)args + at, n);
		if (err)
			return err;
		for (i = 0; i < n; i++)
			if (chunk[i])
				return E2BIG;
	}
	return clonegen_read_user(out, args, size < sizeof(*out) ? size : sizeof(*out));
}

/*
 * The user address limit of access_ok() (x86_64's, as the Python bindings use),
 * 0x7ffffffff000, without a long long constant, which C++98 lacks.
 */
#define CLONEGEN_USER_PTR_MAX (((uint64_t)0x7fffU << 32) | 0xfffff000U)

/* access_ok(): [addr, addr + len) lies in user memory. */
static int clonegen_access_ok(uint64_t addr, uint64_t len)
{
	return addr + len >= addr && addr + len <= CLONEGEN_USER_PTR_MAX;
}

/* The kernel's spelling of what the checks below use. */
typedef uint64_t u64;
#define hweight64(x) __builtin_popcountll(x)

/* The kernel's values the checks below compare with, as the spec states them. */
#define CLONEGEN_K_MAX_PID_NS_LEVEL 32
#define CLONEGEN_K_CSIGNAL 0xff
#define CLONEGEN_K_INT_MAX 0x7fffffff
#define CLONEGEN_K_CLONE3_FLAGS_KNOWN ( \
	CG_CLONE_VM | \
	CG_CLONE_FS | \
	CG_CLONE_FILES | \
	CG_CLONE_SIGHAND | \
	CG_CLONE_PIDFD | \
	CG_CLONE_PTRACE | \
	CG_CLONE_VFORK | \
	CG_CLONE_PARENT | \
	CG_CLONE_THREAD | \
	CG_CLONE_NEWNS | \
	CG_CLONE_SYSVSEM | \
	CG_CLONE_SETTLS | \
	CG_CLONE_PARENT_SETTID | \
	CG_CLONE_CHILD_CLEARTID | \
	CG_CLONE_UNTRACED | \
	CG_CLONE_CHILD_SETTID | \
	CG_CLONE_NEWCGROUP | \
	CG_CLONE_NEWUTS | \
	CG_CLONE_NEWIPC | \
	CG_CLONE_NEWUSER | \
	CG_CLONE_NEWPID | \
	CG_CLONE_NEWNET | \
	CG_CLONE_IO | \
	CG_CLONE_NEWTIME | \
	CG_CLONE_CLEAR_SIGHAND | \
	CG_CLONE_INTO_CGROUP | \
	CG_CLONE_AUTOREAP | \
	CG_CLONE_NNP | \
	CG_CLONE_PIDFD_AUTOKILL | \
	CG_CLONE_EMPTY_MNTNS | \
	0)
#if defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CLONEGEN_K__NSIG 128
#else
# define CLONEGEN_K__NSIG 64
#endif

/*
 * What clone3() says of the request @v of @size bytes after its size
 * checks: the spec's checks in the kernel's order, on the caller's values
 * and on the kernel's. The fallback refuses what clone3() refuses,
 * with its errno, before it asks clone(), which would accept more.
 * Returns 0 or the errno value.
 */
static int cg_clone3_verdict(const struct cg_clone_args *v, size_t size)
{
	uint64_t k_flags = v->flags;
	uint64_t k_pidfd = v->pidfd;
	uint64_t k_parent_tid = v->parent_tid;
	int64_t k_exit_signal = (int32_t)v->exit_signal;
	uint64_t k_stack = v->stack;
	uint64_t k_stack_size = v->stack_size;

	(void)size;
	if (v->set_tid_size > CLONEGEN_K_MAX_PID_NS_LEVEL)
		return EINVAL;
	if ((!v->set_tid && v->set_tid_size) || (v->set_tid && !v->set_tid_size))
		return EINVAL;
	if (v->exit_signal & ~(u64)CLONEGEN_K_CSIGNAL)
		return EINVAL;
	if ((v->flags & CG_CLONE_INTO_CGROUP) && v->cgroup > CLONEGEN_K_INT_MAX)
		return EINVAL;
	if ((v->flags & CG_CLONE_INTO_CGROUP) && size < CG_CLONE_ARGS_SIZE_VER2)
		return EINVAL;
	if (k_flags & ~(u64)CLONEGEN_K_CLONE3_FLAGS_KNOWN)
		return EINVAL;
	if ((k_flags & (CG_CLONE_SIGHAND | CG_CLONE_CLEAR_SIGHAND)) == (CG_CLONE_SIGHAND | CG_CLONE_CLEAR_SIGHAND))
		return EINVAL;
	if ((k_flags & (CG_CLONE_THREAD | CG_CLONE_PARENT)) && k_exit_signal != 0)
		return EINVAL;
	if ((!k_stack && k_stack_size) || (k_stack && !k_stack_size))
		return EINVAL;
	if (k_stack && !clonegen_access_ok(k_stack, k_stack_size))
		return EINVAL;
	if ((k_flags & (CG_CLONE_PIDFD | CG_CLONE_PARENT_SETTID)) == (CG_CLONE_PIDFD | CG_CLONE_PARENT_SETTID) && k_pidfd == k_parent_tid)
		return EINVAL;
	if (k_exit_signal > CLONEGEN_K__NSIG)
		return EINVAL;
	return 0;
}

/*
 * The same request through clone(), the way the kernel's clone() entry
 * fills struct kernel_clone_args. Returns -2 when the request cannot
 * be said there: a field clone() has no place for, or two fields the
 * system call uses that clone() takes from one argument and that differ.
 * A field the system call ignores (a pointer without its flag) is left out.
 */
static long cg_clone3_legacy(const struct cg_clone_args *a)
{
	unsigned long clone_flags = 0;
	unsigned long newsp = 0;
	unsigned long parent_tidptr = 0;
	unsigned long child_tidptr = 0;
	unsigned long tls = 0;
	int parent_tidptr_given = 0; /* a source the call uses has set it, to zero too */
	int child_tidptr_given = 0; /* a source the call uses has set it, to zero too */
	int tls_given = 0; /* a source the call uses has set it, to zero too */

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
	if (a->flags & (CG_CLONE_PIDFD)) {
		if ((uint64_t)(unsigned long)a->pidfd != a->pidfd)
			return -2;
		if (parent_tidptr_given && parent_tidptr != (unsigned long)a->pidfd)
			return -2;
		parent_tidptr = (unsigned long)a->pidfd;
		parent_tidptr_given = 1;
	}
	if (a->flags & (CG_CLONE_PARENT_SETTID)) {
		if ((uint64_t)(unsigned long)a->parent_tid != a->parent_tid)
			return -2;
		if (parent_tidptr_given && parent_tidptr != (unsigned long)a->parent_tid)
			return -2;
		parent_tidptr = (unsigned long)a->parent_tid;
		parent_tidptr_given = 1;
	}
	if (a->flags & (CG_CLONE_CHILD_SETTID | CG_CLONE_CHILD_CLEARTID)) {
		if ((uint64_t)(unsigned long)a->child_tid != a->child_tid)
			return -2;
		if (child_tidptr_given && child_tidptr != (unsigned long)a->child_tid)
			return -2;
		child_tidptr = (unsigned long)a->child_tid;
		child_tidptr_given = 1;
	}
	if (a->flags & (CG_CLONE_SETTLS)) {
		if ((uint64_t)(unsigned long)a->tls != a->tls)
			return -2;
		if (tls_given && tls != (unsigned long)a->tls)
			return -2;
		tls = (unsigned long)a->tls;
		tls_given = 1;
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
	int err;

	/*
	 * The kernel gets only this private copy, the one checked here: a
	 * request another thread changes meanwhile cannot become one refused
	 * here. Bytes past the struct this library knows must be zero (E2BIG,
	 * as from a kernel that does not know them): they could not be checked.
	 */
	err = cg_read_request(&req, args, size, 1);
	if (err) {
		/*
		 * No child can come of NULL: only whether clone3() is there
		 * is asked (it reads nothing for a size it refuses, and else faults).
		 */
		if (!cg_clone3_is_missing && cg_clone3_syscall(NULL, size) == -1 && errno == ENOSYS)
			cg_clone3_is_missing = 1;
		errno = err;
		return -1;
	}
	if (req.stack)
		goto refuse;
	if (req.stack_size)
		goto refuse;
	if (req.flags & (CG_CLONE_VM | CG_CLONE_VFORK | CG_CLONE_THREAD | CG_CLONE_SETTLS))
		goto refuse;
	if (!cg_clone3_is_missing) {
		ret = cg_clone3_syscall(&req, size < sizeof(req) ? size : sizeof(req));
		if (ret != -1 || errno != ENOSYS)
			return (pid_t)ret;
		cg_clone3_is_missing = 1;
	}
	err = cg_clone3_verdict(&req, size);
	if (err) {
		errno = err;
		return -1;
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

pid_t cg_clone3_run(const struct cg_clone_args *args, size_t size, int (*fn)(void *), void *arg)
{
	long ret = clonegen_run_on_stack(CG_SYS_clone3, args, size, fn, arg);

	if (ret < 0) {
		errno = (int)-ret;
		return -1;
	}
	return (pid_t)ret;
}

/* The names the fixed spawn code below uses, bound to this spec's. */
#define CLONEGEN_ARGS struct cg_clone_args
#define CLONEGEN_ATTR struct cg_spawn_attr
#define CLONEGEN_ACTION struct cg_spawn_action
#define CLONEGEN_RESULT struct cg_spawn_result
#define CLONEGEN_PROBE struct cg_clone3_probe
#define CLONEGEN_NR CG_SYS_clone3
#define CLONEGEN_SIZE_VER0 CG_CLONE_ARGS_SIZE_VER0
#define CLONEGEN_F(name) CG_##name
#define CLONEGEN_SPAWN_REFUSED_FLAGS ( \
	CG_CLONE_VM | \
	CG_CLONE_VFORK | \
	CG_CLONE_PIDFD | \
	CG_CLONE_INTO_CGROUP | \
	CG_CLONE_THREAD | \
	CG_CLONE_SIGHAND | \
	CG_CLONE_SETTLS | \
	CG_CLONE_PARENT_SETTID | \
	CG_CLONE_CHILD_SETTID | \
	CG_CLONE_CHILD_CLEARTID | \
	CG_CLONE_FILES | \
	CG_CLONE_FS | \
	CG_CLONE_SYSVSEM | \
	CG_CLONE_PARENT | \
	0)

/* The legacy clone()'s first two arguments: s390 swaps flags and stack. */
#if defined(__s390x__) || defined(__s390__)
# define CLONEGEN_CLONE_ARGS(flags, stack) (long)(stack), (long)(flags)
#else
# define CLONEGEN_CLONE_ARGS(flags, stack) (long)(flags), (long)(stack)
#endif

#ifdef SYS_close_range
# define CLONEGEN_SYS_close_range SYS_close_range
#elif defined(__alpha__)
# define CLONEGEN_SYS_close_range 546
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CLONEGEN_SYS_close_range 4436
#else
# define CLONEGEN_SYS_close_range 436
#endif

/*
 * Flags of the request spawn makes itself, that would break the shared-memory
 * child, or that would share with the caller what the child changes before
 * execve() (the bound list says which and why), and the exit signal's bits.
 */
#define CLONEGEN_SPAWN_REFUSED ((uint64_t)CLONEGEN_SPAWN_REFUSED_FLAGS | (uint64_t)0xff)

/* Every flag of attr->flags. */
#define CLONEGEN_SPAWN_KNOWN                                                                    \
	(CLONEGEN_F(SPAWN_PIDFD) | CLONEGEN_F(SPAWN_CGROUP) | CLONEGEN_F(SPAWN_ATOMIC) |        \
	 CLONEGEN_F(SPAWN_SETSID) | CLONEGEN_F(SPAWN_SETPGROUP) | CLONEGEN_F(SPAWN_SETSIGMASK) | \
	 CLONEGEN_F(SPAWN_SETSIGDEF) | CLONEGEN_F(SPAWN_SEARCH_PATH) |                          \
	 CLONEGEN_F(SPAWN_CLOSE_FDS) | CLONEGEN_F(SPAWN_CWD_FD))

/* The kernel's sigset_t: _NSIG of the C library counts signal 0 too. */
#define CLONEGEN_KSIGSET ((_NSIG - 1) / 8)

/* What the parent hands the child; the child writes back only err, step, index. */
struct clonegen_child {
	const char *file;
	char *const *argv;
	char *const *envp;
	const CLONEGEN_ATTR *attr;
	const char *search; /* PATH to search @file in, or NULL */
	sigset_t mask;      /* the mask the program starts with */
	int join_cgroup;    /* a cgroup.procs to write "0" to, or -1 */
	volatile int err;
	volatile int step;
	volatile int index;
};

static long clonegen_sys(long nr, long a, long b, long c, long d)
{
	return syscall(nr, a, b, c, d);
}

static int clonegen_failed(struct clonegen_child *c, int step, int index)
{
	c->err = errno ? errno : EINVAL;
	c->step = step;
	c->index = index;
	syscall(SYS_exit, 127);
	return 127;
}

/* dup2(@fd, @to), and for @fd == @to the same as posix_spawn: clear FD_CLOEXEC. */
static long clonegen_dup_to(int fd, int to)
{
	long flags;

	if (fd != to)
		return clonegen_sys(SYS_dup3, fd, to, 0, 0);
	flags = clonegen_sys(SYS_fcntl, fd, F_GETFD, 0, 0);
	if (flags < 0)
		return flags;
	return clonegen_sys(SYS_fcntl, fd, F_SETFD, flags & ~FD_CLOEXEC, 0);
}

/* The lowest descriptor @a keeps that is @from or above, or ~0U. */
static unsigned int clonegen_next_kept(const CLONEGEN_ATTR *a, unsigned int from)
{
	unsigned int next = ~0U;
	size_t i;

	for (i = 0; i < a->nkeep; i++)
		if (a->keep_fds[i] >= 0 && (unsigned int)a->keep_fds[i] >= from &&
		    (unsigned int)a->keep_fds[i] < next)
			next = (unsigned int)a->keep_fds[i];
	return next;
}

/* Close every descriptor from 3 on but those @a keeps; -1 with errno on failure. */
static int clonegen_close_others(const CLONEGEN_ATTR *a)
{
	unsigned int from = 3, to, fd, limit;

	for (;;) {
		to = clonegen_next_kept(a, from);
		if (to > from && clonegen_sys(CLONEGEN_SYS_close_range, (long)from, (long)(to - 1), 0, 0) < 0) {
			if (errno != ENOSYS)
				return -1;
			/* before Linux 5.9: one by one, up to the descriptor limit */
			limit = to == ~0U ? (unsigned int)sysconf(_SC_OPEN_MAX) : to;
			for (fd = from; fd < limit; fd++)
				clonegen_sys(SYS_close, (long)fd, 0, 0, 0);
		}
		if (to == ~0U)
			return 0;
		from = to + 1;
	}
}

/* execve() of @c->file, searched in @c->search like execvp() when it has no '/'. */
static void clonegen_exec(struct clonegen_child *c)
{
	char path[4096];
	const char *dir = c->search, *end;
	size_t flen, dlen;
	int seen_eacces = 0;

	clonegen_sys(SYS_execve, (long)c->file, (long)c->argv, (long)c->envp, 0);
	if (!dir || errno != ENOENT)
		return;
	for (flen = 0; c->file[flen]; flen++)
		;
	for (;;) {
		for (end = dir; *end && *end != ':'; end++)
			;
		dlen = (size_t)(end - dir);
		if (dlen + flen + 2 <= sizeof(path)) {
			memcpy(path, dir, dlen);
			if (!dlen)
				path[dlen++] = '.';
			path[dlen] = '/';
			memcpy(path + dlen + 1, c->file, flen + 1);
			clonegen_sys(SYS_execve, (long)path, (long)c->argv, (long)c->envp, 0);
			if (errno == EACCES)
				seen_eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR && errno != ENAMETOOLONG)
				return;
		}
		if (!*end)
			break;
		dir = end + 1;
	}
	errno = seen_eacces ? EACCES : ENOENT;
}

/* The child: async-signal-safe system calls only, then execve(). */
static int clonegen_child_main(void *p)
{
	struct clonegen_child *c = (struct clonegen_child *)p;
	const CLONEGEN_ATTR *a = c->attr;
	struct sigaction dfl, old;
	size_t i;
	int sig;

	errno = 0;
	/*
	 * Handlers of the parent would run here on its memory: back to
	 * SIG_DFL, except those ignored (kept, as execve() keeps them) unless
	 * the caller asked for the default.
	 */
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	for (sig = 1; sig < _NSIG; sig++) {
		if ((a->flags & CLONEGEN_F(SPAWN_SETSIGDEF)) && sigismember(a->sigdefault, sig) == 1) {
			sigaction(sig, &dfl, NULL);
			continue;
		}
		if (sigaction(sig, NULL, &old) || old.sa_handler == SIG_IGN || old.sa_handler == SIG_DFL)
			continue;
		sigaction(sig, &dfl, NULL);
	}
	if (c->join_cgroup >= 0 && clonegen_sys(SYS_write, c->join_cgroup, (long)"0", 1, 0) != 1)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_CGROUP), -1);
	if ((a->flags & CLONEGEN_F(SPAWN_SETSID)) && clonegen_sys(SYS_setsid, 0, 0, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_SESSION), -1);
	if ((a->flags & CLONEGEN_F(SPAWN_SETPGROUP)) && clonegen_sys(SYS_setpgid, 0, a->pgroup, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_SESSION), -1);
	for (i = 0; i < a->nactions; i++) {
		const CLONEGEN_ACTION *f = &a->actions[i];
		long ret = -1;

		switch (f->kind) {
		case CLONEGEN_F(SPAWN_DUP2):
			ret = clonegen_dup_to(f->fd, f->newfd);
			break;
		case CLONEGEN_F(SPAWN_CLOSE):
			ret = clonegen_sys(SYS_close, f->fd, 0, 0, 0);
			if (ret < 0 && errno == EBADF)
				ret = 0; /* closing a closed descriptor is no error, as in posix_spawn() */
			break;
		case CLONEGEN_F(SPAWN_OPEN):
			ret = clonegen_sys(SYS_openat, AT_FDCWD, (long)f->path, f->oflag, (long)f->mode);
			if (ret >= 0 && ret != f->fd) {
				int got = (int)ret;

				ret = clonegen_sys(SYS_dup3, got, f->fd, 0, 0);
				clonegen_sys(SYS_close, got, 0, 0, 0);
			}
			break;
		default:
			errno = EINVAL;
		}
		if (ret < 0)
			return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_ACTION), (int)i);
	}
	if (a->cwd && clonegen_sys(SYS_chdir, (long)a->cwd, 0, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_CWD), -1);
	if ((a->flags & CLONEGEN_F(SPAWN_CWD_FD)) && clonegen_sys(SYS_fchdir, a->cwd_fd, 0, 0, 0) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_CWD), -1);
	if (a->flags & CLONEGEN_F(SPAWN_CLOSE_FDS)) {
		for (i = 0; i < a->nkeep; i++)
			if (a->keep_fds[i] > 2 && clonegen_dup_to(a->keep_fds[i], a->keep_fds[i]) < 0)
				return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_FDS), (int)i);
		if (clonegen_close_others(a))
			return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_FDS), -1);
	}
	if (clonegen_sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&c->mask, 0, CLONEGEN_KSIGSET) < 0)
		return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_SIGNALS), -1);
	clonegen_exec(c);
	return clonegen_failed(c, CLONEGEN_F(SPAWN_AT_EXEC), -1);
}

/*
 * What posix_spawn() and its attribute setters refuse before any child
 * exists: unknown flags and file actions (EINVAL), a flag whose argument is
 * missing (EINVAL), a negative descriptor (EBADF). 0 or the errno value.
 */
static int clonegen_spawn_refused(const char *file, char *const argv[], const CLONEGEN_ATTR *attr)
{
	size_t i;

	if (!file || !argv || (attr->nactions && !attr->actions) || (attr->nkeep && !attr->keep_fds))
		return EINVAL;
	if ((attr->flags & ~(unsigned int)CLONEGEN_SPAWN_KNOWN) || (attr->clone_flags & CLONEGEN_SPAWN_REFUSED))
		return EINVAL;
	if (((attr->flags & CLONEGEN_F(SPAWN_SETSIGMASK)) && !attr->sigmask) ||
	    ((attr->flags & CLONEGEN_F(SPAWN_SETSIGDEF)) && !attr->sigdefault))
		return EINVAL;
	if ((attr->flags & CLONEGEN_F(SPAWN_CGROUP)) && attr->cgroup < 0)
		return EBADF;
	for (i = 0; i < attr->nkeep; i++)
		if (attr->keep_fds[i] < 0)
			return EBADF;
	for (i = 0; i < attr->nactions; i++) {
		const CLONEGEN_ACTION *f = &attr->actions[i];

		if (f->reserved || (f->kind != CLONEGEN_F(SPAWN_DUP2) && f->kind != CLONEGEN_F(SPAWN_CLOSE) &&
				    f->kind != CLONEGEN_F(SPAWN_OPEN)))
			return EINVAL;
		if (f->fd < 0 || (f->kind == CLONEGEN_F(SPAWN_DUP2) && f->newfd < 0))
			return EBADF;
		if (f->kind == CLONEGEN_F(SPAWN_OPEN) && !f->path)
			return EINVAL;
	}
	return 0;
}

/* The child's stack: in our frame, which the parent does not use until the child has exec'd. */
#define CLONEGEN_STACK 32768

static int clonegen_spawn(const char *file, char *const argv[], char *const envp[],
			  const CLONEGEN_ATTR *attr, CLONEGEN_RESULT *out)
{
	static CLONEGEN_ATTR none; /* all zero; not const, which C++ would want initialised */
	unsigned char stack[CLONEGEN_STACK] __attribute__((aligned(16)));
	struct clonegen_child c;
	CLONEGEN_ARGS args;
	sigset_t all, old;
	int pidfd = -1, saved = errno, want_cgroup, status, rung, err;
	long ret;

	if (!out)
		return EINVAL; /* where the child's pid goes: without it nobody could wait for it */
	if (!attr)
		attr = &none;
	out->pid = -1;
	out->pidfd = -1;
	out->rung = 0;
	out->step = CLONEGEN_F(SPAWN_AT_CLONE);
	out->index = -1;
	err = clonegen_spawn_refused(file, argv, attr);
	if (err)
		return err;
	want_cgroup = (attr->flags & CLONEGEN_F(SPAWN_CGROUP)) != 0;
	memset(&c, 0, sizeof(c));
	c.file = file;
	c.argv = argv;
	c.envp = envp ? envp : environ;
	c.attr = attr;
	c.join_cgroup = -1;
	c.search = NULL;
	if ((attr->flags & CLONEGEN_F(SPAWN_SEARCH_PATH)) && !strchr(file, '/')) {
		c.search = attr->path ? attr->path : getenv("PATH");
		if (!c.search)
			c.search = "/bin:/usr/bin";
	}

	/* No handler may run in the child on our memory: block all until it has reset them. */
	sigfillset(&all);
	sigemptyset(&old);
	clonegen_sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&all, (long)&old, CLONEGEN_KSIGSET);
	if (attr->flags & CLONEGEN_F(SPAWN_SETSIGMASK))
		c.mask = *attr->sigmask;
	else
		c.mask = old;

	memset(&args, 0, sizeof(args));
	args.flags = CLONEGEN_F(CLONE_VM) | CLONEGEN_F(CLONE_VFORK) | attr->clone_flags;
	if (attr->flags & CLONEGEN_F(SPAWN_PIDFD)) {
		args.flags |= CLONEGEN_F(CLONE_PIDFD);
		args.pidfd = (uint64_t)(uintptr_t)&pidfd;
	}
	if (want_cgroup) {
		args.flags |= CLONEGEN_F(CLONE_INTO_CGROUP);
		args.cgroup = (uint64_t)(unsigned int)attr->cgroup;
	}
	args.exit_signal = SIGCHLD;
	args.stack = (uint64_t)(uintptr_t)stack;
	args.stack_size = sizeof(stack);

	rung = CLONEGEN_F(SPAWN_RUNG_CLONE3);
	ret = clonegen_stack_call(CLONEGEN_NR, (long)&args, (long)sizeof(args), 0, clonegen_child_main, &c);
	if ((ret == -E2BIG || ret == -ENOSYS) && want_cgroup && !(attr->flags & CLONEGEN_F(SPAWN_ATOMIC))) {
		/* The child moves itself into the cgroup before execve(). */
		c.join_cgroup = (int)clonegen_sys(SYS_openat, attr->cgroup, (long)"cgroup.procs", O_WRONLY | O_CLOEXEC, 0);
		if (c.join_cgroup < 0) {
			ret = -errno;
			goto out;
		}
		args.flags &= ~(uint64_t)CLONEGEN_F(CLONE_INTO_CGROUP);
		args.cgroup = 0;
		if (ret == -E2BIG) {
			rung = CLONEGEN_F(SPAWN_RUNG_CLONE3_VER0);
			ret = clonegen_stack_call(CLONEGEN_NR, (long)&args, CLONEGEN_SIZE_VER0, 0, clonegen_child_main, &c);
		}
	}
	if (ret == -ENOSYS && !(attr->flags & CLONEGEN_F(SPAWN_ATOMIC)) && !(args.flags >> 32)) {
		/* clone3() is missing or filtered: clone(), which says CLONE_PIDFD through parent_tid. */
		rung = CLONEGEN_F(SPAWN_RUNG_CLONE);
		ret = clonegen_stack_call(SYS_clone,
					  CLONEGEN_CLONE_ARGS((args.flags & ~(uint64_t)0xff) | (uint64_t)SIGCHLD,
							      (uintptr_t)(stack + sizeof(stack))),
					  (long)(uintptr_t)&pidfd, clonegen_child_main, &c);
	}
out:
	clonegen_sys(SYS_rt_sigprocmask, SIG_SETMASK, (long)&old, 0, CLONEGEN_KSIGSET);
	if (c.join_cgroup >= 0)
		close(c.join_cgroup);
	out->rung = rung;
	if (ret < 0) {
		errno = saved;
		return (int)-ret;
	}
	if (c.err) {
		/* It failed before execve() and has exited: reap it, report why. */
		while (waitpid((pid_t)ret, &status, 0) < 0 && errno == EINTR)
			;
		if (pidfd >= 0)
			close(pidfd);
		out->step = c.step;
		out->index = c.index;
		errno = saved;
		return c.err;
	}
	out->pid = (pid_t)ret;
	out->pidfd = pidfd;
	errno = saved;
	return 0;
}

/*
 * clonegen_probe_call() - one clone3() the kernel must refuse, on a request
 * of @size bytes; the errno it gave. Should it make a child after all (it
 * cannot: every request below fails a check), the child exits at once.
 */
static int clonegen_probe_call(const void *args, size_t size)
{
	long ret = syscall(CLONEGEN_NR, args, size);

	if (ret == 0)
		syscall(SYS_exit, 0);
	if (ret > 0) {
		waitpid((pid_t)ret, NULL, __WALL);
		return 0;
	}
	return errno;
}

static int clonegen_probe(CLONEGEN_PROBE *out, const size_t *sizes, size_t nversions, const uint64_t *flags,
			  size_t nflags)
{
	union {
		CLONEGEN_ARGS args;
		uint64_t words[sizeof(CLONEGEN_ARGS) / 8];
	} req;
	int pidfd = -1, saved = errno, err;
	size_t i;

	memset(out, 0, sizeof(*out));
	out->version = -1;
	/* A size below the first version: EINVAL from a kernel with clone3(), read nothing. */
	err = clonegen_probe_call(NULL, 0);
	out->error = err == EINVAL ? 0 : err;
	if (out->error) {
		errno = saved;
		return out->error;
	}
	/*
	 * Each version with its last word non-zero: E2BIG from a kernel that
	 * does not know it; else EINVAL, as CLONE_THREAD with an exit signal
	 * is refused once the size is accepted.
	 */
	for (i = 0; i < nversions; i++) {
		memset(&req, 0, sizeof(req));
		req.args.flags = CLONEGEN_F(CLONE_THREAD) | CLONEGEN_F(CLONE_SIGHAND) | CLONEGEN_F(CLONE_VM);
		req.args.exit_signal = SIGCHLD;
		req.words[sizes[i] / 8 - 1] |= 1;
		err = clonegen_probe_call(&req, sizes[i]);
		if (err == E2BIG)
			break;
		out->version = (int)i;
		out->size = sizes[i];
	}
	/*
	 * Each flag with CLONE_INTO_CGROUP and a cgroup descriptor that cannot
	 * be open (INT_MAX): a flag the kernel accepts gets as far as the cgroup,
	 * EBADF; else the errno of the check that refused it. Needs the version
	 * with the cgroup field and CLONE_VM, so that nothing is copied.
	 */
	memset(&req, 0, sizeof(req));
	req.args.flags = CLONEGEN_F(CLONE_INTO_CGROUP) | CLONEGEN_F(CLONE_VM);
	req.args.cgroup = 0x7fffffff;
	err = clonegen_probe_call(&req, sizeof(req.args));
	out->cgroup_errno = err == EBADF ? 0 : err;
	for (i = 0; i < nflags && !out->cgroup_errno; i++) {
		int bit = 0;

		while (bit < 63 && !((flags[i] >> bit) & 1))
			bit++;
		memset(&req, 0, sizeof(req));
		req.args.flags = flags[i] | CLONEGEN_F(CLONE_INTO_CGROUP) | CLONEGEN_F(CLONE_VM);
		if (flags[i] == CLONEGEN_F(CLONE_THREAD))
			req.args.flags |= CLONEGEN_F(CLONE_SIGHAND); /* a thread needs it */
		if (flags[i] == CLONEGEN_F(CLONE_PIDFD))
			req.args.pidfd = (uint64_t)(uintptr_t)&pidfd;
		req.args.cgroup = 0x7fffffff;
		err = clonegen_probe_call(&req, sizeof(req.args));
		out->checked |= flags[i];
		if (err == EBADF)
			out->flags |= flags[i];
		else
			out->flag_errno[bit] = err;
	}
	errno = saved;
	return 0;
}

int cg_spawn(const char *file, char *const argv[], char *const envp[],
	const struct cg_spawn_attr *attr, struct cg_spawn_result *out)
{
	return clonegen_spawn(file, argv, envp, attr, out);
}

int cg_clone3_probe(struct cg_clone3_probe *out)
{
	static const size_t sizes[] = {
		CG_CLONE_ARGS_SIZE_VER0,
		CG_CLONE_ARGS_SIZE_VER1,
		CG_CLONE_ARGS_SIZE_VER2,
	};
	static const uint64_t flags[] = {
		CG_CLONE_VM,
		CG_CLONE_FS,
		CG_CLONE_FILES,
		CG_CLONE_SIGHAND,
		CG_CLONE_PIDFD,
		CG_CLONE_PTRACE,
		CG_CLONE_VFORK,
		CG_CLONE_PARENT,
		CG_CLONE_THREAD,
		CG_CLONE_NEWNS,
		CG_CLONE_SYSVSEM,
		CG_CLONE_SETTLS,
		CG_CLONE_PARENT_SETTID,
		CG_CLONE_CHILD_CLEARTID,
		CG_CLONE_DETACHED,
		CG_CLONE_UNTRACED,
		CG_CLONE_CHILD_SETTID,
		CG_CLONE_NEWCGROUP,
		CG_CLONE_NEWUTS,
		CG_CLONE_NEWIPC,
		CG_CLONE_NEWUSER,
		CG_CLONE_NEWPID,
		CG_CLONE_NEWNET,
		CG_CLONE_IO,
		CG_CLONE_NEWTIME,
		CG_CLONE_CLEAR_SIGHAND,
		CG_CLONE_INTO_CGROUP,
		CG_CLONE_AUTOREAP,
		CG_CLONE_NNP,
		CG_CLONE_PIDFD_AUTOKILL,
		CG_CLONE_EMPTY_MNTNS,
	};

	return clonegen_probe(out, sizes, sizeof(sizes) / sizeof(sizes[0]), flags, sizeof(flags) / sizeof(flags[0]));
}
