/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:7ed5969a43930447.
 */
#ifndef CG_OPEN_HOW_H
#define CG_OPEN_HOW_H

/*
 * The user-space view of struct open_how for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
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

/* Flags of cg_open_how.resolve. */
#define CG_RESOLVE_NO_XDEV		0x00000001
#define CG_RESOLVE_NO_MAGICLINKS	0x00000002
#define CG_RESOLVE_NO_SYMLINKS		0x00000004
#define CG_RESOLVE_BENEATH		0x00000008
#define CG_RESOLVE_IN_ROOT		0x00000010
#define CG_RESOLVE_CACHED		0x00000020

#define CG_S_IALLUGO	0xfff

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
 * Return: what the kernel returns, or -1 with errno set.
 */
long cg_openat2(int dfd, const char *filename, struct cg_open_how *args, size_t size);

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
#if defined(S_IALLUGO) && !defined(CG_OPEN_HOW_CHECKED_S_IALLUGO)
# define CG_OPEN_HOW_CHECKED_S_IALLUGO
CG_OPEN_HOW_ASSERT(S_IALLUGO, CG_S_IALLUGO == S_IALLUGO, "S_IALLUGO agrees with the system's");
#endif
#if defined(OPEN_HOW_SIZE_VER0) && !defined(CG_OPEN_HOW_CHECKED_OPEN_HOW_SIZE_VER0)
# define CG_OPEN_HOW_CHECKED_OPEN_HOW_SIZE_VER0
CG_OPEN_HOW_ASSERT(OPEN_HOW_SIZE_VER0, CG_OPEN_HOW_SIZE_VER0 == OPEN_HOW_SIZE_VER0, "OPEN_HOW_SIZE_VER0 agrees with the system's");
#endif
