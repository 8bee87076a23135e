/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:61f4ceec3e13bc1f.
 */
#ifndef CG_OPEN_HOW_H
#define CG_OPEN_HOW_H

/*
 * The user-space view of struct open_how for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_openat2(): what the kernel returns on success, or -1 with errno set.
 *
 * cg_open_how_decode(): the length of the whole text, as snprintf() returns
 *   it; it cannot fail and leaves errno as it was (but for what @how->peek
 *   does).
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * CG_OPEN_HOW_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_OPEN_HOW_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_OPEN_HOW_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_OPEN_HOW_ASSERT(name, expr, message) \
	typedef char cg_open_how_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_OPEN_HOW_ASSERT(name, expr, message) \
	typedef char cg_open_how_check_##name[(expr) ? 1 : -1]
#endif

/*
 * The 64-bit constants: C++98 has no long long constants, so there they are
 * built from uint64_t (and cannot be used in #if).
 */
#if defined(__cplusplus) && __cplusplus < 201103L
# define CG_OPEN_HOW_U64(high, low) (((uint64_t)(high) << 32) | (uint64_t)0x##low##U)
#else
# define CG_OPEN_HOW_U64(high, low) high##low##ULL
#endif

/* Flags of cg_open_how.resolve. */
#define CG_RESOLVE_NO_XDEV		0x00000001
#define CG_RESOLVE_NO_MAGICLINKS	0x00000002
#define CG_RESOLVE_NO_SYMLINKS		0x00000004
#define CG_RESOLVE_BENEATH		0x00000008
#define CG_RESOLVE_IN_ROOT		0x00000010
#define CG_RESOLVE_CACHED		0x00000020

#define CG_OPENAT2_REGULAR	CG_OPEN_HOW_U64(0x1, 00000000)

/**
 * struct cg_open_how - How openat2() opens a path: the open flags, the mode
 * of a created file, and the RESOLVE_* restrictions on path resolution. The
 * structure is versioned by its size like clone_args.
 * @flags: O_* flags, as for openat(); unknown bits are refused.
 * @mode: Mode of a file created with O_CREAT or O_TMPFILE; zero otherwise.
 * @resolve: RESOLVE_* flags restricting path resolution.
 */
struct cg_open_how {
	uint64_t flags;
	uint64_t mode;
	uint64_t resolve;
};

#define CG_OPEN_HOW_SIZE_VER0	24

/* The layout the kernel expects. */
CG_OPEN_HOW_ASSERT(size, sizeof(struct cg_open_how) == CG_OPEN_HOW_SIZE_VER0,
	"struct cg_open_how has the size of VER0");
CG_OPEN_HOW_ASSERT(offset_flags, offsetof(struct cg_open_how, flags) == 0, "flags lies at 0");
CG_OPEN_HOW_ASSERT(offset_mode, offsetof(struct cg_open_how, mode) == 8, "mode lies at 8");
CG_OPEN_HOW_ASSERT(offset_resolve, offsetof(struct cg_open_how, resolve) == 16, "resolve lies at 16");

/**
 * cg_openat2() - the raw openat2() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_openat2(int dfd, const char *filename, const struct cg_open_how *args, size_t size);

/*
 * Linux release @a.@b.@c, as cg_open_how_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_OPEN_HOW_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_open_how_decoding - how cg_open_how_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_OPEN_HOW_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (openat2; NULL:
 *	openat2): a struct the kernel writes is read after the call, and after a
 *	failed one not at all (@data NULL). A name the spec does not have prints
 *	the address.
 */
struct cg_open_how_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_open_how_decode() - a struct open_how as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to openat2().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_open_how_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_open_how_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_OPEN_HOW_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (open_how.c does, after <fcntl.h>, <linux/openat2.h>).
 */
#if defined(RESOLVE_NO_XDEV) && !defined(CG_OPEN_HOW_CHECKED_RESOLVE_NO_XDEV)
# define CG_OPEN_HOW_CHECKED_RESOLVE_NO_XDEV
CG_OPEN_HOW_ASSERT(RESOLVE_NO_XDEV, CG_RESOLVE_NO_XDEV == RESOLVE_NO_XDEV, "RESOLVE_NO_XDEV agrees with the system's");
#endif
#if defined(RESOLVE_NO_MAGICLINKS) && !defined(CG_OPEN_HOW_CHECKED_RESOLVE_NO_MAGICLINKS)
# define CG_OPEN_HOW_CHECKED_RESOLVE_NO_MAGICLINKS
CG_OPEN_HOW_ASSERT(RESOLVE_NO_MAGICLINKS, CG_RESOLVE_NO_MAGICLINKS == RESOLVE_NO_MAGICLINKS, "RESOLVE_NO_MAGICLINKS agrees with the system's");
#endif
#if defined(RESOLVE_NO_SYMLINKS) && !defined(CG_OPEN_HOW_CHECKED_RESOLVE_NO_SYMLINKS)
# define CG_OPEN_HOW_CHECKED_RESOLVE_NO_SYMLINKS
CG_OPEN_HOW_ASSERT(RESOLVE_NO_SYMLINKS, CG_RESOLVE_NO_SYMLINKS == RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS agrees with the system's");
#endif
#if defined(RESOLVE_BENEATH) && !defined(CG_OPEN_HOW_CHECKED_RESOLVE_BENEATH)
# define CG_OPEN_HOW_CHECKED_RESOLVE_BENEATH
CG_OPEN_HOW_ASSERT(RESOLVE_BENEATH, CG_RESOLVE_BENEATH == RESOLVE_BENEATH, "RESOLVE_BENEATH agrees with the system's");
#endif
#if defined(RESOLVE_IN_ROOT) && !defined(CG_OPEN_HOW_CHECKED_RESOLVE_IN_ROOT)
# define CG_OPEN_HOW_CHECKED_RESOLVE_IN_ROOT
CG_OPEN_HOW_ASSERT(RESOLVE_IN_ROOT, CG_RESOLVE_IN_ROOT == RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT agrees with the system's");
#endif
#if defined(RESOLVE_CACHED) && !defined(CG_OPEN_HOW_CHECKED_RESOLVE_CACHED)
# define CG_OPEN_HOW_CHECKED_RESOLVE_CACHED
CG_OPEN_HOW_ASSERT(RESOLVE_CACHED, CG_RESOLVE_CACHED == RESOLVE_CACHED, "RESOLVE_CACHED agrees with the system's");
#endif
#if defined(OPENAT2_REGULAR) && !defined(CG_OPEN_HOW_CHECKED_OPENAT2_REGULAR)
# define CG_OPEN_HOW_CHECKED_OPENAT2_REGULAR
CG_OPEN_HOW_ASSERT(OPENAT2_REGULAR, CG_OPENAT2_REGULAR == OPENAT2_REGULAR, "OPENAT2_REGULAR agrees with the system's");
#endif
#if defined(OPEN_HOW_SIZE_VER0) && !defined(CG_OPEN_HOW_CHECKED_OPEN_HOW_SIZE_VER0)
# define CG_OPEN_HOW_CHECKED_OPEN_HOW_SIZE_VER0
CG_OPEN_HOW_ASSERT(OPEN_HOW_SIZE_VER0, CG_OPEN_HOW_SIZE_VER0 == OPEN_HOW_SIZE_VER0, "OPEN_HOW_SIZE_VER0 agrees with the system's");
#endif
