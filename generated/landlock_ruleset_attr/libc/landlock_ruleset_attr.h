/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:6da192832f4e335c.
 */
#ifndef CG_LANDLOCK_RULESET_ATTR_H
#define CG_LANDLOCK_RULESET_ATTR_H

/*
 * The user-space view of struct landlock_ruleset_attr for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_landlock_create_ruleset(), cg_landlock_ruleset_attr_abi_version():
 *   what the kernel returns on success, or -1 with errno set.
 *
 * cg_landlock_ruleset_attr_decode(): the length of the whole text, as
 *   snprintf() returns it; it cannot fail and leaves errno as it was (but
 *   for what @how->peek does).
 *
 * cg_landlock_ruleset_attr_for_level(): 0, or -1 with errno set to EINVAL
 *   when @level is below the first level.
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * CG_LANDLOCK_RULESET_ATTR_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_LANDLOCK_RULESET_ATTR_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_LANDLOCK_RULESET_ATTR_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_LANDLOCK_RULESET_ATTR_ASSERT(name, expr, message) \
	typedef char cg_landlock_ruleset_attr_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_LANDLOCK_RULESET_ATTR_ASSERT(name, expr, message) \
	typedef char cg_landlock_ruleset_attr_check_##name[(expr) ? 1 : -1]
#endif

/* Flags of cg_landlock_ruleset_attr.handled_access_fs. */
#define CG_LANDLOCK_ACCESS_FS_EXECUTE		0x00000001
#define CG_LANDLOCK_ACCESS_FS_WRITE_FILE	0x00000002
#define CG_LANDLOCK_ACCESS_FS_READ_FILE		0x00000004
#define CG_LANDLOCK_ACCESS_FS_READ_DIR		0x00000008
#define CG_LANDLOCK_ACCESS_FS_REMOVE_DIR	0x00000010
#define CG_LANDLOCK_ACCESS_FS_REMOVE_FILE	0x00000020
#define CG_LANDLOCK_ACCESS_FS_MAKE_CHAR		0x00000040
#define CG_LANDLOCK_ACCESS_FS_MAKE_DIR		0x00000080
#define CG_LANDLOCK_ACCESS_FS_MAKE_REG		0x00000100
#define CG_LANDLOCK_ACCESS_FS_MAKE_SOCK		0x00000200
#define CG_LANDLOCK_ACCESS_FS_MAKE_FIFO		0x00000400
#define CG_LANDLOCK_ACCESS_FS_MAKE_BLOCK	0x00000800
#define CG_LANDLOCK_ACCESS_FS_MAKE_SYM		0x00001000
#define CG_LANDLOCK_ACCESS_FS_REFER		0x00002000
#define CG_LANDLOCK_ACCESS_FS_TRUNCATE		0x00004000
#define CG_LANDLOCK_ACCESS_FS_IOCTL_DEV		0x00008000
#define CG_LANDLOCK_ACCESS_FS_RESOLVE_UNIX	0x00010000

/* Flags of cg_landlock_ruleset_attr.handled_access_net. */
#define CG_LANDLOCK_ACCESS_NET_BIND_TCP		0x00000001
#define CG_LANDLOCK_ACCESS_NET_CONNECT_TCP	0x00000002
#define CG_LANDLOCK_ACCESS_NET_BIND_UDP		0x00000004
#define CG_LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP	0x00000008

/* Flags of cg_landlock_ruleset_attr.scoped. */
#define CG_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET	0x00000001
#define CG_LANDLOCK_SCOPE_SIGNAL		0x00000002

#define CG_LANDLOCK_CREATE_RULESET_VERSION	1
#define CG_LANDLOCK_CREATE_RULESET_ERRATA	2

/**
 * struct cg_landlock_ruleset_attr - What a Landlock ruleset restricts: the
 * file system actions, network actions and scopes it handles, and which of
 * them are not logged. The structure is versioned by its size like
 * clone_args.
 * @handled_access_fs: LANDLOCK_ACCESS_FS_* actions the ruleset handles:
 *     denied unless a rule allows them.
 * @handled_access_net: LANDLOCK_ACCESS_NET_* actions the ruleset handles.
 * @scoped: LANDLOCK_SCOPE_* resources outside the domain that it may not
 *     reach.
 * @quiet_access_fs: Handled file system actions whose denials are not
 *     logged where a rule asks so; a subset of handled_access_fs.
 * @quiet_access_net: Handled network actions whose denials are not logged;
 *     a subset of handled_access_net.
 * @quiet_scoped: Scopes whose denials are not logged; a subset of scoped.
 */
struct cg_landlock_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;
	uint64_t scoped;
	uint64_t quiet_access_fs;
	uint64_t quiet_access_net;
	uint64_t quiet_scoped;
};

#define CG_LANDLOCK_RULESET_ATTR_SIZE_VER0	8
#define CG_LANDLOCK_RULESET_ATTR_SIZE_VER1	16
#define CG_LANDLOCK_RULESET_ATTR_SIZE_VER2	24
#define CG_LANDLOCK_RULESET_ATTR_SIZE_VER3	48

/* The layout the kernel expects. */
CG_LANDLOCK_RULESET_ATTR_ASSERT(size, sizeof(struct cg_landlock_ruleset_attr) == CG_LANDLOCK_RULESET_ATTR_SIZE_VER3,
	"struct cg_landlock_ruleset_attr has the size of VER3");
CG_LANDLOCK_RULESET_ATTR_ASSERT(offset_handled_access_fs, offsetof(struct cg_landlock_ruleset_attr, handled_access_fs) == 0, "handled_access_fs lies at 0");
CG_LANDLOCK_RULESET_ATTR_ASSERT(offset_handled_access_net, offsetof(struct cg_landlock_ruleset_attr, handled_access_net) == 8, "handled_access_net lies at 8");
CG_LANDLOCK_RULESET_ATTR_ASSERT(offset_scoped, offsetof(struct cg_landlock_ruleset_attr, scoped) == 16, "scoped lies at 16");
CG_LANDLOCK_RULESET_ATTR_ASSERT(offset_quiet_access_fs, offsetof(struct cg_landlock_ruleset_attr, quiet_access_fs) == 24, "quiet_access_fs lies at 24");
CG_LANDLOCK_RULESET_ATTR_ASSERT(offset_quiet_access_net, offsetof(struct cg_landlock_ruleset_attr, quiet_access_net) == 32, "quiet_access_net lies at 32");
CG_LANDLOCK_RULESET_ATTR_ASSERT(offset_quiet_scoped, offsetof(struct cg_landlock_ruleset_attr, quiet_scoped) == 40, "quiet_scoped lies at 40");

/**
 * cg_landlock_create_ruleset() - the raw landlock_create_ruleset() system
 * call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_landlock_create_ruleset(const struct cg_landlock_ruleset_attr *args, size_t size, unsigned int flags);

/**
 * cg_landlock_ruleset_attr_abi_version() - the running kernel's level
 * (LANDLOCK_CREATE_RULESET_VERSION)
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_landlock_ruleset_attr_abi_version(void);

/**
 * cg_landlock_ruleset_attr_for_level() - cut a request to what a kernel of
 * @level knows
 * @attr: the request, changed in place
 * @level: the kernel's level, as the function above returns it
 *
 * The kernel refuses what its level does not know: a request cut to it
 * restricts as much as that kernel can.
 *
 * Return: 0, or -1 with errno set to EINVAL when @level is below the first
 * level.
 */
int cg_landlock_ruleset_attr_for_level(struct cg_landlock_ruleset_attr *attr, long level);

/*
 * Linux release @a.@b.@c, as cg_landlock_ruleset_attr_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_LANDLOCK_RULESET_ATTR_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_landlock_ruleset_attr_decoding - how
 * cg_landlock_ruleset_attr_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_LANDLOCK_RULESET_ATTR_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name
 *	(landlock_create_ruleset; NULL: landlock_create_ruleset): a struct the
 *	kernel writes is read after the call, and after a failed one not at all
 *	(@data NULL). A name the spec does not have prints the address.
 */
struct cg_landlock_ruleset_attr_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_landlock_ruleset_attr_decode() - a struct landlock_ruleset_attr as
 * strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to landlock_create_ruleset().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_landlock_ruleset_attr_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_landlock_ruleset_attr_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_LANDLOCK_RULESET_ATTR_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (landlock_ruleset_attr.c does, after ).
 */
#if defined(LANDLOCK_ACCESS_FS_EXECUTE) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_EXECUTE)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_EXECUTE
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_EXECUTE, CG_LANDLOCK_ACCESS_FS_EXECUTE == LANDLOCK_ACCESS_FS_EXECUTE, "LANDLOCK_ACCESS_FS_EXECUTE agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_WRITE_FILE) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_WRITE_FILE)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_WRITE_FILE
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_WRITE_FILE, CG_LANDLOCK_ACCESS_FS_WRITE_FILE == LANDLOCK_ACCESS_FS_WRITE_FILE, "LANDLOCK_ACCESS_FS_WRITE_FILE agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_READ_FILE) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_READ_FILE)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_READ_FILE
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_READ_FILE, CG_LANDLOCK_ACCESS_FS_READ_FILE == LANDLOCK_ACCESS_FS_READ_FILE, "LANDLOCK_ACCESS_FS_READ_FILE agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_READ_DIR) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_READ_DIR)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_READ_DIR
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_READ_DIR, CG_LANDLOCK_ACCESS_FS_READ_DIR == LANDLOCK_ACCESS_FS_READ_DIR, "LANDLOCK_ACCESS_FS_READ_DIR agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_REMOVE_DIR) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_REMOVE_DIR)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_REMOVE_DIR
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_REMOVE_DIR, CG_LANDLOCK_ACCESS_FS_REMOVE_DIR == LANDLOCK_ACCESS_FS_REMOVE_DIR, "LANDLOCK_ACCESS_FS_REMOVE_DIR agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_REMOVE_FILE) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_REMOVE_FILE)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_REMOVE_FILE
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_REMOVE_FILE, CG_LANDLOCK_ACCESS_FS_REMOVE_FILE == LANDLOCK_ACCESS_FS_REMOVE_FILE, "LANDLOCK_ACCESS_FS_REMOVE_FILE agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_CHAR) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_CHAR)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_CHAR
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_CHAR, CG_LANDLOCK_ACCESS_FS_MAKE_CHAR == LANDLOCK_ACCESS_FS_MAKE_CHAR, "LANDLOCK_ACCESS_FS_MAKE_CHAR agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_DIR) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_DIR)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_DIR
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_DIR, CG_LANDLOCK_ACCESS_FS_MAKE_DIR == LANDLOCK_ACCESS_FS_MAKE_DIR, "LANDLOCK_ACCESS_FS_MAKE_DIR agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_REG) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_REG)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_REG
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_REG, CG_LANDLOCK_ACCESS_FS_MAKE_REG == LANDLOCK_ACCESS_FS_MAKE_REG, "LANDLOCK_ACCESS_FS_MAKE_REG agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_SOCK) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_SOCK)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_SOCK
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_SOCK, CG_LANDLOCK_ACCESS_FS_MAKE_SOCK == LANDLOCK_ACCESS_FS_MAKE_SOCK, "LANDLOCK_ACCESS_FS_MAKE_SOCK agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_FIFO) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_FIFO)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_FIFO
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_FIFO, CG_LANDLOCK_ACCESS_FS_MAKE_FIFO == LANDLOCK_ACCESS_FS_MAKE_FIFO, "LANDLOCK_ACCESS_FS_MAKE_FIFO agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_BLOCK) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_BLOCK)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_BLOCK
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_BLOCK, CG_LANDLOCK_ACCESS_FS_MAKE_BLOCK == LANDLOCK_ACCESS_FS_MAKE_BLOCK, "LANDLOCK_ACCESS_FS_MAKE_BLOCK agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_MAKE_SYM) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_SYM)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_MAKE_SYM
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_MAKE_SYM, CG_LANDLOCK_ACCESS_FS_MAKE_SYM == LANDLOCK_ACCESS_FS_MAKE_SYM, "LANDLOCK_ACCESS_FS_MAKE_SYM agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_REFER) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_REFER)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_REFER
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_REFER, CG_LANDLOCK_ACCESS_FS_REFER == LANDLOCK_ACCESS_FS_REFER, "LANDLOCK_ACCESS_FS_REFER agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_TRUNCATE) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_TRUNCATE)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_TRUNCATE
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_TRUNCATE, CG_LANDLOCK_ACCESS_FS_TRUNCATE == LANDLOCK_ACCESS_FS_TRUNCATE, "LANDLOCK_ACCESS_FS_TRUNCATE agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_IOCTL_DEV) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_IOCTL_DEV)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_IOCTL_DEV
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_IOCTL_DEV, CG_LANDLOCK_ACCESS_FS_IOCTL_DEV == LANDLOCK_ACCESS_FS_IOCTL_DEV, "LANDLOCK_ACCESS_FS_IOCTL_DEV agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_FS_RESOLVE_UNIX) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_RESOLVE_UNIX)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_FS_RESOLVE_UNIX
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_FS_RESOLVE_UNIX, CG_LANDLOCK_ACCESS_FS_RESOLVE_UNIX == LANDLOCK_ACCESS_FS_RESOLVE_UNIX, "LANDLOCK_ACCESS_FS_RESOLVE_UNIX agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_NET_BIND_TCP) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_BIND_TCP)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_BIND_TCP
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_NET_BIND_TCP, CG_LANDLOCK_ACCESS_NET_BIND_TCP == LANDLOCK_ACCESS_NET_BIND_TCP, "LANDLOCK_ACCESS_NET_BIND_TCP agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_NET_CONNECT_TCP) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_CONNECT_TCP)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_CONNECT_TCP
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_NET_CONNECT_TCP, CG_LANDLOCK_ACCESS_NET_CONNECT_TCP == LANDLOCK_ACCESS_NET_CONNECT_TCP, "LANDLOCK_ACCESS_NET_CONNECT_TCP agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_NET_BIND_UDP) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_BIND_UDP)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_BIND_UDP
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_NET_BIND_UDP, CG_LANDLOCK_ACCESS_NET_BIND_UDP == LANDLOCK_ACCESS_NET_BIND_UDP, "LANDLOCK_ACCESS_NET_BIND_UDP agrees with the system's");
#endif
#if defined(LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP, CG_LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP == LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP, "LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP agrees with the system's");
#endif
#if defined(LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET, CG_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET == LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET, "LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET agrees with the system's");
#endif
#if defined(LANDLOCK_SCOPE_SIGNAL) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_SCOPE_SIGNAL)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_SCOPE_SIGNAL
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_SCOPE_SIGNAL, CG_LANDLOCK_SCOPE_SIGNAL == LANDLOCK_SCOPE_SIGNAL, "LANDLOCK_SCOPE_SIGNAL agrees with the system's");
#endif
#if defined(LANDLOCK_CREATE_RULESET_VERSION) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_CREATE_RULESET_VERSION)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_CREATE_RULESET_VERSION
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_CREATE_RULESET_VERSION, CG_LANDLOCK_CREATE_RULESET_VERSION == LANDLOCK_CREATE_RULESET_VERSION, "LANDLOCK_CREATE_RULESET_VERSION agrees with the system's");
#endif
#if defined(LANDLOCK_CREATE_RULESET_ERRATA) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_CREATE_RULESET_ERRATA)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_CREATE_RULESET_ERRATA
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_CREATE_RULESET_ERRATA, CG_LANDLOCK_CREATE_RULESET_ERRATA == LANDLOCK_CREATE_RULESET_ERRATA, "LANDLOCK_CREATE_RULESET_ERRATA agrees with the system's");
#endif
#if defined(LANDLOCK_RULESET_ATTR_SIZE_VER0) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER0)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER0
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_RULESET_ATTR_SIZE_VER0, CG_LANDLOCK_RULESET_ATTR_SIZE_VER0 == LANDLOCK_RULESET_ATTR_SIZE_VER0, "LANDLOCK_RULESET_ATTR_SIZE_VER0 agrees with the system's");
#endif
#if defined(LANDLOCK_RULESET_ATTR_SIZE_VER1) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER1)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER1
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_RULESET_ATTR_SIZE_VER1, CG_LANDLOCK_RULESET_ATTR_SIZE_VER1 == LANDLOCK_RULESET_ATTR_SIZE_VER1, "LANDLOCK_RULESET_ATTR_SIZE_VER1 agrees with the system's");
#endif
#if defined(LANDLOCK_RULESET_ATTR_SIZE_VER2) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER2)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER2
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_RULESET_ATTR_SIZE_VER2, CG_LANDLOCK_RULESET_ATTR_SIZE_VER2 == LANDLOCK_RULESET_ATTR_SIZE_VER2, "LANDLOCK_RULESET_ATTR_SIZE_VER2 agrees with the system's");
#endif
#if defined(LANDLOCK_RULESET_ATTR_SIZE_VER3) && !defined(CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER3)
# define CG_LANDLOCK_RULESET_ATTR_CHECKED_LANDLOCK_RULESET_ATTR_SIZE_VER3
CG_LANDLOCK_RULESET_ATTR_ASSERT(LANDLOCK_RULESET_ATTR_SIZE_VER3, CG_LANDLOCK_RULESET_ATTR_SIZE_VER3 == LANDLOCK_RULESET_ATTR_SIZE_VER3, "LANDLOCK_RULESET_ATTR_SIZE_VER3 agrees with the system's");
#endif
