/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/open_how.yaml by clonegen; do not edit.
 * Spec digest: sha256:b98f031641bd377c.
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

#ifndef __cplusplus
_Static_assert(sizeof(struct cg_open_how) == CG_OPEN_HOW_SIZE_VER0,
	       "struct cg_open_how has the size of VER0");
_Static_assert(offsetof(struct cg_open_how, flags) == 0, "flags lies at 0");
_Static_assert(offsetof(struct cg_open_how, mode) == 8, "mode lies at 8");
_Static_assert(offsetof(struct cg_open_how, resolve) == 16, "resolve lies at 16");
#ifdef RESOLVE_NO_XDEV
_Static_assert(CG_RESOLVE_NO_XDEV == RESOLVE_NO_XDEV, "RESOLVE_NO_XDEV agrees with the system's");
#endif
#ifdef RESOLVE_NO_MAGICLINKS
_Static_assert(CG_RESOLVE_NO_MAGICLINKS == RESOLVE_NO_MAGICLINKS, "RESOLVE_NO_MAGICLINKS agrees with the system's");
#endif
#ifdef RESOLVE_NO_SYMLINKS
_Static_assert(CG_RESOLVE_NO_SYMLINKS == RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS agrees with the system's");
#endif
#ifdef RESOLVE_BENEATH
_Static_assert(CG_RESOLVE_BENEATH == RESOLVE_BENEATH, "RESOLVE_BENEATH agrees with the system's");
#endif
#ifdef RESOLVE_IN_ROOT
_Static_assert(CG_RESOLVE_IN_ROOT == RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT agrees with the system's");
#endif
#ifdef RESOLVE_CACHED
_Static_assert(CG_RESOLVE_CACHED == RESOLVE_CACHED, "RESOLVE_CACHED agrees with the system's");
#endif
#ifdef OPEN_HOW_SIZE_VER0
_Static_assert(CG_OPEN_HOW_SIZE_VER0 == OPEN_HOW_SIZE_VER0, "OPEN_HOW_SIZE_VER0 agrees with the system's");
#endif
#endif

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
