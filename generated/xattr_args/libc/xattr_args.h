/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/xattr_args.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ce00ba754a1a031.
 */
#ifndef CG_XATTR_ARGS_H
#define CG_XATTR_ARGS_H

/*
 * The user-space view of struct xattr_args for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_setxattrat(), cg_getxattrat(): what the kernel returns on success, or
 *   -1 with errno set.
 *
 * cg_xattr_args_decode(): the length of the whole text, as snprintf()
 *   returns it; it cannot fail and leaves errno as it was (but for what
 *   @how->peek does).
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * CG_XATTR_ARGS_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_XATTR_ARGS_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_XATTR_ARGS_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_XATTR_ARGS_ASSERT(name, expr, message) \
	typedef char cg_xattr_args_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_XATTR_ARGS_ASSERT(name, expr, message) \
	typedef char cg_xattr_args_check_##name[(expr) ? 1 : -1]
#endif

/* Flags of cg_xattr_args.flags. */
#define CG_XATTR_CREATE		0x00000001
#define CG_XATTR_REPLACE	0x00000002

/**
 * struct cg_xattr_args - Where the value of an extended attribute is, how
 * long it is, and how setxattrat() stores it. The structure is versioned by
 * its size like clone_args.
 * @value: The value's buffer, a user address: read by setxattrat(), written
 *     by getxattrat().
 * @size: The value's length; for getxattrat() the buffer's (0: only ask for
 *     the length).
 * @flags: XATTR_CREATE or XATTR_REPLACE for setxattrat(); 0 for
 *     getxattrat().
 */
struct cg_xattr_args {
	uint64_t value;
	uint32_t size;
	uint32_t flags;
};

#define CG_XATTR_ARGS_SIZE_VER0	16

/* The layout the kernel expects. */
CG_XATTR_ARGS_ASSERT(size, sizeof(struct cg_xattr_args) == CG_XATTR_ARGS_SIZE_VER0,
	"struct cg_xattr_args has the size of VER0");
CG_XATTR_ARGS_ASSERT(offset_value, offsetof(struct cg_xattr_args, value) == 0, "value lies at 0");
CG_XATTR_ARGS_ASSERT(offset_size, offsetof(struct cg_xattr_args, size) == 8, "size lies at 8");
CG_XATTR_ARGS_ASSERT(offset_flags, offsetof(struct cg_xattr_args, flags) == 12, "flags lies at 12");

/**
 * cg_setxattrat() - the raw setxattrat() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_setxattrat(int dfd, const char *pathname, unsigned int at_flags, const char *name, const struct cg_xattr_args *args, size_t size);

/**
 * cg_getxattrat() - the raw getxattrat() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_getxattrat(int dfd, const char *pathname, unsigned int at_flags, const char *name, const struct cg_xattr_args *args, size_t size);

/*
 * Linux release @a.@b.@c, as cg_xattr_args_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_XATTR_ARGS_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_xattr_args_decoding - how cg_xattr_args_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_XATTR_ARGS_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (setxattrat,
 *	getxattrat; NULL: setxattrat): a struct the kernel writes is read after
 *	the call, and after a failed one not at all (@data NULL). A name the spec
 *	does not have prints the address.
 */
struct cg_xattr_args_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_xattr_args_decode() - a struct xattr_args as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to setxattrat().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_xattr_args_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_xattr_args_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_XATTR_ARGS_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (xattr_args.c does, after ).
 */
#if defined(XATTR_CREATE) && !defined(CG_XATTR_ARGS_CHECKED_XATTR_CREATE)
# define CG_XATTR_ARGS_CHECKED_XATTR_CREATE
CG_XATTR_ARGS_ASSERT(XATTR_CREATE, CG_XATTR_CREATE == XATTR_CREATE, "XATTR_CREATE agrees with the system's");
#endif
#if defined(XATTR_REPLACE) && !defined(CG_XATTR_ARGS_CHECKED_XATTR_REPLACE)
# define CG_XATTR_ARGS_CHECKED_XATTR_REPLACE
CG_XATTR_ARGS_ASSERT(XATTR_REPLACE, CG_XATTR_REPLACE == XATTR_REPLACE, "XATTR_REPLACE agrees with the system's");
#endif
#if defined(XATTR_ARGS_SIZE_VER0) && !defined(CG_XATTR_ARGS_CHECKED_XATTR_ARGS_SIZE_VER0)
# define CG_XATTR_ARGS_CHECKED_XATTR_ARGS_SIZE_VER0
CG_XATTR_ARGS_ASSERT(XATTR_ARGS_SIZE_VER0, CG_XATTR_ARGS_SIZE_VER0 == XATTR_ARGS_SIZE_VER0, "XATTR_ARGS_SIZE_VER0 agrees with the system's");
#endif
