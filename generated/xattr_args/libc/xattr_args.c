// SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note
/*
 * Generated from spec/xattr_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ce00ba754a1a031.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/* Ours first: the header stands alone, and the system's may follow it. */
#include "xattr_args.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Again, now that the system's names are visible: its agreement checks run. */
#include "xattr_args.h"

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_setxattrat
# define CG_SYS_setxattrat SYS_setxattrat
#elif defined(__alpha__)
# define CG_SYS_setxattrat 573
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_setxattrat 4463
#else
# define CG_SYS_setxattrat 463
#endif

long cg_setxattrat(int dfd, const char *pathname, unsigned int at_flags, const char *name, const struct cg_xattr_args *args, size_t size)
{
	return syscall(CG_SYS_setxattrat, dfd, pathname, at_flags, name, args, size);
}

/* The number from <sys/syscall.h> when it knows it, else the spec's table. */
#ifdef SYS_getxattrat
# define CG_SYS_getxattrat SYS_getxattrat
#elif defined(__alpha__)
# define CG_SYS_getxattrat 574
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
# define CG_SYS_getxattrat 4464
#else
# define CG_SYS_getxattrat 464
#endif

long cg_getxattrat(int dfd, const char *pathname, unsigned int at_flags, const char *name, const struct cg_xattr_args *args, size_t size)
{
	return syscall(CG_SYS_getxattrat, dfd, pathname, at_flags, name, args, size);
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
	{ "XATTR_CREATE", CG_XATTR_CREATE, 6013000 },
	{ "XATTR_REPLACE", CG_XATTR_REPLACE, 6013000 },
};

static const struct clonegen_decode_field clonegen_decode_fields[] = {
	{ "value", 0, 8, CLONEGEN_PRINT_POINTER,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0, 1,
	  -1, 0, 0 },
	{ "size", 8, 4, CLONEGEN_PRINT_UNSIGNED,
	  NULL, 0,
	  NULL, 0, "",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0, 9,
	  -1, 0, 0 },
	{ "flags", 12, 4, CLONEGEN_PRINT_FLAGS,
	  clonegen_names_of_flags, CLONEGEN_COUNT(clonegen_names_of_flags),
	  NULL, 0, "XATTR_???",
	  -1, 0,
	  NULL, 0, 0,
	  -1, 0, 0, 13,
	  -1, 0, 0 },
};

static const struct clonegen_decode_version clonegen_decode_versions[] = {
	{ 16, 6013000 },
};

static const struct clonegen_decode_entry clonegen_decode_entries[] = {
	{ "setxattrat", -1, 0, 0, 0 },
	{ "getxattrat", -1, 0, 0, 0 },
};

size_t cg_xattr_args_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_xattr_args_decoding *how)
{
	return clonegen_decode(clonegen_decode_fields, CLONEGEN_COUNT(clonegen_decode_fields),
			       clonegen_decode_versions, CLONEGEN_COUNT(clonegen_decode_versions),
			       clonegen_decode_entry(clonegen_decode_entries,
						     CLONEGEN_COUNT(clonegen_decode_entries),
						     how ? how->entry : NULL),
			       out, outlen, data, len, size, how ? how->addr : 0,
			       how ? how->release : 0, how ? how->peek : NULL, how ? how->ctx : NULL);
}
