/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/mount_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:3ba751bd668b6e82.
 */
#ifndef CG_MOUNT_ATTR_H
#define CG_MOUNT_ATTR_H

/*
 * The user-space view of struct mount_attr for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_mount_setattr(), cg_open_tree_attr(): what the kernel returns on
 *   success, or -1 with errno set.
 *
 * cg_mount_attr_decode(): the length of the whole text, as snprintf()
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
 * CG_MOUNT_ATTR_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_MOUNT_ATTR_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_MOUNT_ATTR_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_MOUNT_ATTR_ASSERT(name, expr, message) \
	typedef char cg_mount_attr_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_MOUNT_ATTR_ASSERT(name, expr, message) \
	typedef char cg_mount_attr_check_##name[(expr) ? 1 : -1]
#endif

/* Flags of cg_mount_attr.attr_set. */
#define CG_MOUNT_ATTR_RDONLY		0x00000001
#define CG_MOUNT_ATTR_NOSUID		0x00000002
#define CG_MOUNT_ATTR_NODEV		0x00000004
#define CG_MOUNT_ATTR_NOEXEC		0x00000008
#define CG_MOUNT_ATTR_NOATIME		0x00000010
#define CG_MOUNT_ATTR_STRICTATIME	0x00000020
#define CG_MOUNT_ATTR_NODIRATIME	0x00000080
#define CG_MOUNT_ATTR_IDMAP		0x00100000
#define CG_MOUNT_ATTR_NOSYMFOLLOW	0x00200000

/* Flags of cg_mount_attr.propagation. */
#define CG_MS_UNBINDABLE	0x00020000
#define CG_MS_PRIVATE		0x00040000
#define CG_MS_SLAVE		0x00080000
#define CG_MS_SHARED		0x00100000

#define CG_MOUNT_ATTR__ATIME	112

/**
 * struct cg_mount_attr - Mount attributes to set and clear on a mount or a
 * mount tree, its propagation type, and the user namespace of an idmapped
 * mount. The structure is versioned by its size like clone_args.
 * @attr_set: MOUNT_ATTR_* attributes to set.
 * @attr_clr: MOUNT_ATTR_* attributes to clear.
 * @propagation: The propagation type to give the mount: one of
 *     MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED, or 0 to keep it.
 * @userns_fd: A user namespace file descriptor for MOUNT_ATTR_IDMAP.
 */
struct cg_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};

#define CG_MOUNT_ATTR_SIZE_VER0	32

/* The layout the kernel expects. */
CG_MOUNT_ATTR_ASSERT(size, sizeof(struct cg_mount_attr) == CG_MOUNT_ATTR_SIZE_VER0,
	"struct cg_mount_attr has the size of VER0");
CG_MOUNT_ATTR_ASSERT(offset_attr_set, offsetof(struct cg_mount_attr, attr_set) == 0, "attr_set lies at 0");
CG_MOUNT_ATTR_ASSERT(offset_attr_clr, offsetof(struct cg_mount_attr, attr_clr) == 8, "attr_clr lies at 8");
CG_MOUNT_ATTR_ASSERT(offset_propagation, offsetof(struct cg_mount_attr, propagation) == 16, "propagation lies at 16");
CG_MOUNT_ATTR_ASSERT(offset_userns_fd, offsetof(struct cg_mount_attr, userns_fd) == 24, "userns_fd lies at 24");

/**
 * cg_mount_setattr() - the raw mount_setattr() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_mount_setattr(int dfd, const char *path, unsigned int flags, const struct cg_mount_attr *args, size_t size);

/**
 * cg_open_tree_attr() - the raw open_tree_attr() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_open_tree_attr(int dfd, const char *filename, unsigned int flags, const struct cg_mount_attr *args, size_t size);

/*
 * Linux release @a.@b.@c, as cg_mount_attr_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_MOUNT_ATTR_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_mount_attr_decoding - how cg_mount_attr_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_MOUNT_ATTR_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (mount_setattr,
 *	open_tree_attr; NULL: mount_setattr): a struct the kernel writes is read
 *	after the call, and after a failed one not at all (@data NULL). A name
 *	the spec does not have prints the address.
 */
struct cg_mount_attr_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_mount_attr_decode() - a struct mount_attr as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to mount_setattr().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_mount_attr_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_mount_attr_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_MOUNT_ATTR_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (mount_attr.c does, after ).
 */
#if defined(MOUNT_ATTR_RDONLY) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_RDONLY)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_RDONLY
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_RDONLY, CG_MOUNT_ATTR_RDONLY == MOUNT_ATTR_RDONLY, "MOUNT_ATTR_RDONLY agrees with the system's");
#endif
#if defined(MOUNT_ATTR_NOSUID) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOSUID)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOSUID
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_NOSUID, CG_MOUNT_ATTR_NOSUID == MOUNT_ATTR_NOSUID, "MOUNT_ATTR_NOSUID agrees with the system's");
#endif
#if defined(MOUNT_ATTR_NODEV) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NODEV)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NODEV
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_NODEV, CG_MOUNT_ATTR_NODEV == MOUNT_ATTR_NODEV, "MOUNT_ATTR_NODEV agrees with the system's");
#endif
#if defined(MOUNT_ATTR_NOEXEC) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOEXEC)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOEXEC
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_NOEXEC, CG_MOUNT_ATTR_NOEXEC == MOUNT_ATTR_NOEXEC, "MOUNT_ATTR_NOEXEC agrees with the system's");
#endif
#if defined(MOUNT_ATTR_NOATIME) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOATIME)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOATIME
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_NOATIME, CG_MOUNT_ATTR_NOATIME == MOUNT_ATTR_NOATIME, "MOUNT_ATTR_NOATIME agrees with the system's");
#endif
#if defined(MOUNT_ATTR_STRICTATIME) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_STRICTATIME)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_STRICTATIME
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_STRICTATIME, CG_MOUNT_ATTR_STRICTATIME == MOUNT_ATTR_STRICTATIME, "MOUNT_ATTR_STRICTATIME agrees with the system's");
#endif
#if defined(MOUNT_ATTR_NODIRATIME) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NODIRATIME)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NODIRATIME
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_NODIRATIME, CG_MOUNT_ATTR_NODIRATIME == MOUNT_ATTR_NODIRATIME, "MOUNT_ATTR_NODIRATIME agrees with the system's");
#endif
#if defined(MOUNT_ATTR_IDMAP) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_IDMAP)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_IDMAP
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_IDMAP, CG_MOUNT_ATTR_IDMAP == MOUNT_ATTR_IDMAP, "MOUNT_ATTR_IDMAP agrees with the system's");
#endif
#if defined(MOUNT_ATTR_NOSYMFOLLOW) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOSYMFOLLOW)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_NOSYMFOLLOW
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_NOSYMFOLLOW, CG_MOUNT_ATTR_NOSYMFOLLOW == MOUNT_ATTR_NOSYMFOLLOW, "MOUNT_ATTR_NOSYMFOLLOW agrees with the system's");
#endif
#if defined(MS_UNBINDABLE) && !defined(CG_MOUNT_ATTR_CHECKED_MS_UNBINDABLE)
# define CG_MOUNT_ATTR_CHECKED_MS_UNBINDABLE
CG_MOUNT_ATTR_ASSERT(MS_UNBINDABLE, CG_MS_UNBINDABLE == MS_UNBINDABLE, "MS_UNBINDABLE agrees with the system's");
#endif
#if defined(MS_PRIVATE) && !defined(CG_MOUNT_ATTR_CHECKED_MS_PRIVATE)
# define CG_MOUNT_ATTR_CHECKED_MS_PRIVATE
CG_MOUNT_ATTR_ASSERT(MS_PRIVATE, CG_MS_PRIVATE == MS_PRIVATE, "MS_PRIVATE agrees with the system's");
#endif
#if defined(MS_SLAVE) && !defined(CG_MOUNT_ATTR_CHECKED_MS_SLAVE)
# define CG_MOUNT_ATTR_CHECKED_MS_SLAVE
CG_MOUNT_ATTR_ASSERT(MS_SLAVE, CG_MS_SLAVE == MS_SLAVE, "MS_SLAVE agrees with the system's");
#endif
#if defined(MS_SHARED) && !defined(CG_MOUNT_ATTR_CHECKED_MS_SHARED)
# define CG_MOUNT_ATTR_CHECKED_MS_SHARED
CG_MOUNT_ATTR_ASSERT(MS_SHARED, CG_MS_SHARED == MS_SHARED, "MS_SHARED agrees with the system's");
#endif
#if defined(MOUNT_ATTR__ATIME) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR__ATIME)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR__ATIME
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR__ATIME, CG_MOUNT_ATTR__ATIME == MOUNT_ATTR__ATIME, "MOUNT_ATTR__ATIME agrees with the system's");
#endif
#if defined(MOUNT_ATTR_SIZE_VER0) && !defined(CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_SIZE_VER0)
# define CG_MOUNT_ATTR_CHECKED_MOUNT_ATTR_SIZE_VER0
CG_MOUNT_ATTR_ASSERT(MOUNT_ATTR_SIZE_VER0, CG_MOUNT_ATTR_SIZE_VER0 == MOUNT_ATTR_SIZE_VER0, "MOUNT_ATTR_SIZE_VER0 agrees with the system's");
#endif
