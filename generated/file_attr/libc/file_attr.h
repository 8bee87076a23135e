/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/file_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:351dc2749e61ac7c.
 */
#ifndef CG_FILE_ATTR_H
#define CG_FILE_ATTR_H

/*
 * The user-space view of struct file_attr for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_file_setattr(), cg_file_getattr(): what the kernel returns on success,
 *   or -1 with errno set.
 *
 * cg_file_attr_decode(): the length of the whole text, as snprintf()
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
 * CG_FILE_ATTR_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_FILE_ATTR_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_FILE_ATTR_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_FILE_ATTR_ASSERT(name, expr, message) \
	typedef char cg_file_attr_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_FILE_ATTR_ASSERT(name, expr, message) \
	typedef char cg_file_attr_check_##name[(expr) ? 1 : -1]
#endif

/* Flags of cg_file_attr.fa_xflags. */
#define CG_FS_XFLAG_REALTIME		0x00000001
#define CG_FS_XFLAG_PREALLOC		0x00000002
#define CG_FS_XFLAG_IMMUTABLE		0x00000008
#define CG_FS_XFLAG_APPEND		0x00000010
#define CG_FS_XFLAG_SYNC		0x00000020
#define CG_FS_XFLAG_NOATIME		0x00000040
#define CG_FS_XFLAG_NODUMP		0x00000080
#define CG_FS_XFLAG_RTINHERIT		0x00000100
#define CG_FS_XFLAG_PROJINHERIT		0x00000200
#define CG_FS_XFLAG_NOSYMLINKS		0x00000400
#define CG_FS_XFLAG_EXTSIZE		0x00000800
#define CG_FS_XFLAG_EXTSZINHERIT	0x00001000
#define CG_FS_XFLAG_NODEFRAG		0x00002000
#define CG_FS_XFLAG_FILESTREAM		0x00004000
#define CG_FS_XFLAG_DAX			0x00008000
#define CG_FS_XFLAG_COWEXTSIZE		0x00010000
#define CG_FS_XFLAG_VERITY		0x00020000
#define CG_FS_XFLAG_CASEFOLD		0x00040000
#define CG_FS_XFLAG_CASENONPRESERVING	0x00080000
#define CG_FS_XFLAG_HASATTR		0x80000000

/**
 * struct cg_file_attr - Miscellaneous attributes of a file: its FS_XFLAG_*
 * flags, extent size hints, extent count and project id. The structure is
 * versioned by its size like clone_args.
 * @fa_xflags: FS_XFLAG_* flags of the file.
 * @fa_extsize: The extent size hint.
 * @fa_nextents: The number of extents: file_getattr() reports it,
 *     file_setattr() ignores it.
 * @fa_projid: The project identifier.
 * @fa_cowextsize: The copy-on-write extent size hint.
 */
struct cg_file_attr {
	uint64_t fa_xflags;
	uint32_t fa_extsize;
	uint32_t fa_nextents;
	uint32_t fa_projid;
	uint32_t fa_cowextsize;
};

#define CG_FILE_ATTR_SIZE_VER0	24

/* The layout the kernel expects. */
CG_FILE_ATTR_ASSERT(size, sizeof(struct cg_file_attr) == CG_FILE_ATTR_SIZE_VER0,
	"struct cg_file_attr has the size of VER0");
CG_FILE_ATTR_ASSERT(offset_fa_xflags, offsetof(struct cg_file_attr, fa_xflags) == 0, "fa_xflags lies at 0");
CG_FILE_ATTR_ASSERT(offset_fa_extsize, offsetof(struct cg_file_attr, fa_extsize) == 8, "fa_extsize lies at 8");
CG_FILE_ATTR_ASSERT(offset_fa_nextents, offsetof(struct cg_file_attr, fa_nextents) == 12, "fa_nextents lies at 12");
CG_FILE_ATTR_ASSERT(offset_fa_projid, offsetof(struct cg_file_attr, fa_projid) == 16, "fa_projid lies at 16");
CG_FILE_ATTR_ASSERT(offset_fa_cowextsize, offsetof(struct cg_file_attr, fa_cowextsize) == 20, "fa_cowextsize lies at 20");

/**
 * cg_file_setattr() - the raw file_setattr() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_file_setattr(int dfd, const char *filename, const struct cg_file_attr *args, size_t size, unsigned int at_flags);

/**
 * cg_file_getattr() - the raw file_getattr() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_file_getattr(int dfd, const char *filename, struct cg_file_attr *args, size_t size, unsigned int at_flags);

/*
 * Linux release @a.@b.@c, as cg_file_attr_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_FILE_ATTR_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_file_attr_decoding - how cg_file_attr_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_FILE_ATTR_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (file_setattr,
 *	file_getattr; NULL: file_setattr): a struct the kernel writes is read
 *	after the call, and after a failed one not at all (@data NULL). A name
 *	the spec does not have prints the address.
 */
struct cg_file_attr_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_file_attr_decode() - a struct file_attr as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to file_setattr().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_file_attr_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_file_attr_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_FILE_ATTR_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (file_attr.c does, after ).
 */
#if defined(FS_XFLAG_REALTIME) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_REALTIME)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_REALTIME
CG_FILE_ATTR_ASSERT(FS_XFLAG_REALTIME, CG_FS_XFLAG_REALTIME == FS_XFLAG_REALTIME, "FS_XFLAG_REALTIME agrees with the system's");
#endif
#if defined(FS_XFLAG_PREALLOC) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_PREALLOC)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_PREALLOC
CG_FILE_ATTR_ASSERT(FS_XFLAG_PREALLOC, CG_FS_XFLAG_PREALLOC == FS_XFLAG_PREALLOC, "FS_XFLAG_PREALLOC agrees with the system's");
#endif
#if defined(FS_XFLAG_IMMUTABLE) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_IMMUTABLE)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_IMMUTABLE
CG_FILE_ATTR_ASSERT(FS_XFLAG_IMMUTABLE, CG_FS_XFLAG_IMMUTABLE == FS_XFLAG_IMMUTABLE, "FS_XFLAG_IMMUTABLE agrees with the system's");
#endif
#if defined(FS_XFLAG_APPEND) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_APPEND)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_APPEND
CG_FILE_ATTR_ASSERT(FS_XFLAG_APPEND, CG_FS_XFLAG_APPEND == FS_XFLAG_APPEND, "FS_XFLAG_APPEND agrees with the system's");
#endif
#if defined(FS_XFLAG_SYNC) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_SYNC)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_SYNC
CG_FILE_ATTR_ASSERT(FS_XFLAG_SYNC, CG_FS_XFLAG_SYNC == FS_XFLAG_SYNC, "FS_XFLAG_SYNC agrees with the system's");
#endif
#if defined(FS_XFLAG_NOATIME) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_NOATIME)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_NOATIME
CG_FILE_ATTR_ASSERT(FS_XFLAG_NOATIME, CG_FS_XFLAG_NOATIME == FS_XFLAG_NOATIME, "FS_XFLAG_NOATIME agrees with the system's");
#endif
#if defined(FS_XFLAG_NODUMP) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_NODUMP)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_NODUMP
CG_FILE_ATTR_ASSERT(FS_XFLAG_NODUMP, CG_FS_XFLAG_NODUMP == FS_XFLAG_NODUMP, "FS_XFLAG_NODUMP agrees with the system's");
#endif
#if defined(FS_XFLAG_RTINHERIT) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_RTINHERIT)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_RTINHERIT
CG_FILE_ATTR_ASSERT(FS_XFLAG_RTINHERIT, CG_FS_XFLAG_RTINHERIT == FS_XFLAG_RTINHERIT, "FS_XFLAG_RTINHERIT agrees with the system's");
#endif
#if defined(FS_XFLAG_PROJINHERIT) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_PROJINHERIT)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_PROJINHERIT
CG_FILE_ATTR_ASSERT(FS_XFLAG_PROJINHERIT, CG_FS_XFLAG_PROJINHERIT == FS_XFLAG_PROJINHERIT, "FS_XFLAG_PROJINHERIT agrees with the system's");
#endif
#if defined(FS_XFLAG_NOSYMLINKS) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_NOSYMLINKS)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_NOSYMLINKS
CG_FILE_ATTR_ASSERT(FS_XFLAG_NOSYMLINKS, CG_FS_XFLAG_NOSYMLINKS == FS_XFLAG_NOSYMLINKS, "FS_XFLAG_NOSYMLINKS agrees with the system's");
#endif
#if defined(FS_XFLAG_EXTSIZE) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_EXTSIZE)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_EXTSIZE
CG_FILE_ATTR_ASSERT(FS_XFLAG_EXTSIZE, CG_FS_XFLAG_EXTSIZE == FS_XFLAG_EXTSIZE, "FS_XFLAG_EXTSIZE agrees with the system's");
#endif
#if defined(FS_XFLAG_EXTSZINHERIT) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_EXTSZINHERIT)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_EXTSZINHERIT
CG_FILE_ATTR_ASSERT(FS_XFLAG_EXTSZINHERIT, CG_FS_XFLAG_EXTSZINHERIT == FS_XFLAG_EXTSZINHERIT, "FS_XFLAG_EXTSZINHERIT agrees with the system's");
#endif
#if defined(FS_XFLAG_NODEFRAG) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_NODEFRAG)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_NODEFRAG
CG_FILE_ATTR_ASSERT(FS_XFLAG_NODEFRAG, CG_FS_XFLAG_NODEFRAG == FS_XFLAG_NODEFRAG, "FS_XFLAG_NODEFRAG agrees with the system's");
#endif
#if defined(FS_XFLAG_FILESTREAM) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_FILESTREAM)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_FILESTREAM
CG_FILE_ATTR_ASSERT(FS_XFLAG_FILESTREAM, CG_FS_XFLAG_FILESTREAM == FS_XFLAG_FILESTREAM, "FS_XFLAG_FILESTREAM agrees with the system's");
#endif
#if defined(FS_XFLAG_DAX) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_DAX)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_DAX
CG_FILE_ATTR_ASSERT(FS_XFLAG_DAX, CG_FS_XFLAG_DAX == FS_XFLAG_DAX, "FS_XFLAG_DAX agrees with the system's");
#endif
#if defined(FS_XFLAG_COWEXTSIZE) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_COWEXTSIZE)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_COWEXTSIZE
CG_FILE_ATTR_ASSERT(FS_XFLAG_COWEXTSIZE, CG_FS_XFLAG_COWEXTSIZE == FS_XFLAG_COWEXTSIZE, "FS_XFLAG_COWEXTSIZE agrees with the system's");
#endif
#if defined(FS_XFLAG_VERITY) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_VERITY)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_VERITY
CG_FILE_ATTR_ASSERT(FS_XFLAG_VERITY, CG_FS_XFLAG_VERITY == FS_XFLAG_VERITY, "FS_XFLAG_VERITY agrees with the system's");
#endif
#if defined(FS_XFLAG_CASEFOLD) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_CASEFOLD)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_CASEFOLD
CG_FILE_ATTR_ASSERT(FS_XFLAG_CASEFOLD, CG_FS_XFLAG_CASEFOLD == FS_XFLAG_CASEFOLD, "FS_XFLAG_CASEFOLD agrees with the system's");
#endif
#if defined(FS_XFLAG_CASENONPRESERVING) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_CASENONPRESERVING)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_CASENONPRESERVING
CG_FILE_ATTR_ASSERT(FS_XFLAG_CASENONPRESERVING, CG_FS_XFLAG_CASENONPRESERVING == FS_XFLAG_CASENONPRESERVING, "FS_XFLAG_CASENONPRESERVING agrees with the system's");
#endif
#if defined(FS_XFLAG_HASATTR) && !defined(CG_FILE_ATTR_CHECKED_FS_XFLAG_HASATTR)
# define CG_FILE_ATTR_CHECKED_FS_XFLAG_HASATTR
CG_FILE_ATTR_ASSERT(FS_XFLAG_HASATTR, CG_FS_XFLAG_HASATTR == FS_XFLAG_HASATTR, "FS_XFLAG_HASATTR agrees with the system's");
#endif
#if defined(FILE_ATTR_SIZE_VER0) && !defined(CG_FILE_ATTR_CHECKED_FILE_ATTR_SIZE_VER0)
# define CG_FILE_ATTR_CHECKED_FILE_ATTR_SIZE_VER0
CG_FILE_ATTR_ASSERT(FILE_ATTR_SIZE_VER0, CG_FILE_ATTR_SIZE_VER0 == FILE_ATTR_SIZE_VER0, "FILE_ATTR_SIZE_VER0 agrees with the system's");
#endif
