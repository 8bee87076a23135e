/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/pidfd_info.yaml by clonegen; do not edit.
 * Spec digest: sha256:f6bb2c3b3c04f84f.
 */
#ifndef CG_PIDFD_INFO_H
#define CG_PIDFD_INFO_H

/*
 * The user-space view of struct pidfd_info for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_pidfd_get_info(): what the kernel returns on success, or -1 with errno
 *   set.
 *
 * cg_pidfd_info_decode(): the length of the whole text, as snprintf()
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
 * CG_PIDFD_INFO_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_PIDFD_INFO_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_PIDFD_INFO_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_PIDFD_INFO_ASSERT(name, expr, message) \
	typedef char cg_pidfd_info_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_PIDFD_INFO_ASSERT(name, expr, message) \
	typedef char cg_pidfd_info_check_##name[(expr) ? 1 : -1]
#endif

/* Flags of cg_pidfd_info.mask. */
#define CG_PIDFD_INFO_PID		0x00000001
#define CG_PIDFD_INFO_CREDS		0x00000002
#define CG_PIDFD_INFO_CGROUPID		0x00000004
#define CG_PIDFD_INFO_EXIT		0x00000008
#define CG_PIDFD_INFO_COREDUMP		0x00000010
#define CG_PIDFD_INFO_SUPPORTED_MASK	0x00000020
#define CG_PIDFD_INFO_COREDUMP_SIGNAL	0x00000040
#define CG_PIDFD_INFO_COREDUMP_CODE	0x00000080

/**
 * struct cg_pidfd_info - Information about the process a pidfd refers to:
 * its ids, its credentials, its cgroup, and once it has exited its exit
 * code and coredump state. The caller sets bits in mask to ask for what is
 * expensive or only available on request; the kernel replies with the bits
 * of what it filled.
 * @mask: In: the PIDFD_INFO_* bits the caller asks for. Out: the bits of
 *     the fields the kernel filled.
 * @cgroupid: The id of the process's cgroup (PIDFD_INFO_CGROUPID).
 * @pid: The pid in the caller's pid namespace (PIDFD_INFO_PID).
 * @tgid: The thread group id (PIDFD_INFO_PID).
 * @ppid: The parent's pid (PIDFD_INFO_PID).
 * @ruid: Real user id (PIDFD_INFO_CREDS).
 * @rgid: Real group id (PIDFD_INFO_CREDS).
 * @euid: Effective user id (PIDFD_INFO_CREDS).
 * @egid: Effective group id (PIDFD_INFO_CREDS).
 * @suid: Saved user id (PIDFD_INFO_CREDS).
 * @sgid: Saved group id (PIDFD_INFO_CREDS).
 * @fsuid: File system user id (PIDFD_INFO_CREDS).
 * @fsgid: File system group id (PIDFD_INFO_CREDS).
 * @exit_code: The wait status of an exited process (PIDFD_INFO_EXIT).
 * @coredump_mask: PIDFD_COREDUMP_* bits (PIDFD_INFO_COREDUMP).
 * @coredump_signal: The signal that caused the coredump
 *     (PIDFD_INFO_COREDUMP_SIGNAL); a spare word before that.
 * @coredump_code: The si_code of that signal (PIDFD_INFO_COREDUMP_CODE).
 * @coredump_pad: Padding that aligns supported_mask; zero.
 * @supported_mask: Every PIDFD_INFO_* bit this kernel knows
 *     (PIDFD_INFO_SUPPORTED_MASK).
 */
struct cg_pidfd_info {
	uint64_t mask;
	uint64_t cgroupid;
	uint32_t pid;
	uint32_t tgid;
	uint32_t ppid;
	uint32_t ruid;
	uint32_t rgid;
	uint32_t euid;
	uint32_t egid;
	uint32_t suid;
	uint32_t sgid;
	uint32_t fsuid;
	uint32_t fsgid;
	int32_t exit_code;
	uint32_t coredump_mask;
	uint32_t coredump_signal;
	uint32_t coredump_code;
	uint32_t coredump_pad;
	uint64_t supported_mask;
};

#define CG_PIDFD_INFO_SIZE_VER0	64
#define CG_PIDFD_INFO_SIZE_VER1	72
#define CG_PIDFD_INFO_SIZE_VER2	80
#define CG_PIDFD_INFO_SIZE_VER3	88

/* The layout the kernel expects. */
CG_PIDFD_INFO_ASSERT(size, sizeof(struct cg_pidfd_info) == CG_PIDFD_INFO_SIZE_VER3,
	"struct cg_pidfd_info has the size of VER3");
CG_PIDFD_INFO_ASSERT(offset_mask, offsetof(struct cg_pidfd_info, mask) == 0, "mask lies at 0");
CG_PIDFD_INFO_ASSERT(offset_cgroupid, offsetof(struct cg_pidfd_info, cgroupid) == 8, "cgroupid lies at 8");
CG_PIDFD_INFO_ASSERT(offset_pid, offsetof(struct cg_pidfd_info, pid) == 16, "pid lies at 16");
CG_PIDFD_INFO_ASSERT(offset_tgid, offsetof(struct cg_pidfd_info, tgid) == 20, "tgid lies at 20");
CG_PIDFD_INFO_ASSERT(offset_ppid, offsetof(struct cg_pidfd_info, ppid) == 24, "ppid lies at 24");
CG_PIDFD_INFO_ASSERT(offset_ruid, offsetof(struct cg_pidfd_info, ruid) == 28, "ruid lies at 28");
CG_PIDFD_INFO_ASSERT(offset_rgid, offsetof(struct cg_pidfd_info, rgid) == 32, "rgid lies at 32");
CG_PIDFD_INFO_ASSERT(offset_euid, offsetof(struct cg_pidfd_info, euid) == 36, "euid lies at 36");
CG_PIDFD_INFO_ASSERT(offset_egid, offsetof(struct cg_pidfd_info, egid) == 40, "egid lies at 40");
CG_PIDFD_INFO_ASSERT(offset_suid, offsetof(struct cg_pidfd_info, suid) == 44, "suid lies at 44");
CG_PIDFD_INFO_ASSERT(offset_sgid, offsetof(struct cg_pidfd_info, sgid) == 48, "sgid lies at 48");
CG_PIDFD_INFO_ASSERT(offset_fsuid, offsetof(struct cg_pidfd_info, fsuid) == 52, "fsuid lies at 52");
CG_PIDFD_INFO_ASSERT(offset_fsgid, offsetof(struct cg_pidfd_info, fsgid) == 56, "fsgid lies at 56");
CG_PIDFD_INFO_ASSERT(offset_exit_code, offsetof(struct cg_pidfd_info, exit_code) == 60, "exit_code lies at 60");
CG_PIDFD_INFO_ASSERT(offset_coredump_mask, offsetof(struct cg_pidfd_info, coredump_mask) == 64, "coredump_mask lies at 64");
CG_PIDFD_INFO_ASSERT(offset_coredump_signal, offsetof(struct cg_pidfd_info, coredump_signal) == 68, "coredump_signal lies at 68");
CG_PIDFD_INFO_ASSERT(offset_coredump_code, offsetof(struct cg_pidfd_info, coredump_code) == 72, "coredump_code lies at 72");
CG_PIDFD_INFO_ASSERT(offset_coredump_pad, offsetof(struct cg_pidfd_info, coredump_pad) == 76, "coredump_pad lies at 76");
CG_PIDFD_INFO_ASSERT(offset_supported_mask, offsetof(struct cg_pidfd_info, supported_mask) == 80, "supported_mask lies at 80");

/**
 * cg_pidfd_get_info() - the PIDFD_GET_INFO ioctl; the size goes into the
 * ioctl number
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_pidfd_get_info(int pidfd, struct cg_pidfd_info *args, size_t size);

/*
 * Linux release @a.@b.@c, as cg_pidfd_info_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_PIDFD_INFO_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_pidfd_info_decoding - how cg_pidfd_info_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_PIDFD_INFO_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (pidfd_get_info;
 *	NULL: pidfd_get_info): a struct the kernel writes is read after the call,
 *	and after a failed one not at all (@data NULL). A name the spec does not
 *	have prints the address.
 */
struct cg_pidfd_info_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_pidfd_info_decode() - a struct pidfd_info as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size the caller passed to pidfd_get_info().
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_pidfd_info_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_pidfd_info_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_PIDFD_INFO_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (pidfd_info.c does, after ).
 */
#if defined(PIDFD_INFO_PID) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_PID)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_PID
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_PID, CG_PIDFD_INFO_PID == PIDFD_INFO_PID, "PIDFD_INFO_PID agrees with the system's");
#endif
#if defined(PIDFD_INFO_CREDS) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_CREDS)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_CREDS
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_CREDS, CG_PIDFD_INFO_CREDS == PIDFD_INFO_CREDS, "PIDFD_INFO_CREDS agrees with the system's");
#endif
#if defined(PIDFD_INFO_CGROUPID) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_CGROUPID)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_CGROUPID
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_CGROUPID, CG_PIDFD_INFO_CGROUPID == PIDFD_INFO_CGROUPID, "PIDFD_INFO_CGROUPID agrees with the system's");
#endif
#if defined(PIDFD_INFO_EXIT) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_EXIT)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_EXIT
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_EXIT, CG_PIDFD_INFO_EXIT == PIDFD_INFO_EXIT, "PIDFD_INFO_EXIT agrees with the system's");
#endif
#if defined(PIDFD_INFO_COREDUMP) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_COREDUMP)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_COREDUMP
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_COREDUMP, CG_PIDFD_INFO_COREDUMP == PIDFD_INFO_COREDUMP, "PIDFD_INFO_COREDUMP agrees with the system's");
#endif
#if defined(PIDFD_INFO_SUPPORTED_MASK) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SUPPORTED_MASK)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SUPPORTED_MASK
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_SUPPORTED_MASK, CG_PIDFD_INFO_SUPPORTED_MASK == PIDFD_INFO_SUPPORTED_MASK, "PIDFD_INFO_SUPPORTED_MASK agrees with the system's");
#endif
#if defined(PIDFD_INFO_COREDUMP_SIGNAL) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_COREDUMP_SIGNAL)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_COREDUMP_SIGNAL
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_COREDUMP_SIGNAL, CG_PIDFD_INFO_COREDUMP_SIGNAL == PIDFD_INFO_COREDUMP_SIGNAL, "PIDFD_INFO_COREDUMP_SIGNAL agrees with the system's");
#endif
#if defined(PIDFD_INFO_COREDUMP_CODE) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_COREDUMP_CODE)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_COREDUMP_CODE
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_COREDUMP_CODE, CG_PIDFD_INFO_COREDUMP_CODE == PIDFD_INFO_COREDUMP_CODE, "PIDFD_INFO_COREDUMP_CODE agrees with the system's");
#endif
#if defined(PIDFD_INFO_SIZE_VER0) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER0)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER0
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_SIZE_VER0, CG_PIDFD_INFO_SIZE_VER0 == PIDFD_INFO_SIZE_VER0, "PIDFD_INFO_SIZE_VER0 agrees with the system's");
#endif
#if defined(PIDFD_INFO_SIZE_VER1) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER1)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER1
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_SIZE_VER1, CG_PIDFD_INFO_SIZE_VER1 == PIDFD_INFO_SIZE_VER1, "PIDFD_INFO_SIZE_VER1 agrees with the system's");
#endif
#if defined(PIDFD_INFO_SIZE_VER2) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER2)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER2
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_SIZE_VER2, CG_PIDFD_INFO_SIZE_VER2 == PIDFD_INFO_SIZE_VER2, "PIDFD_INFO_SIZE_VER2 agrees with the system's");
#endif
#if defined(PIDFD_INFO_SIZE_VER3) && !defined(CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER3)
# define CG_PIDFD_INFO_CHECKED_PIDFD_INFO_SIZE_VER3
CG_PIDFD_INFO_ASSERT(PIDFD_INFO_SIZE_VER3, CG_PIDFD_INFO_SIZE_VER3 == PIDFD_INFO_SIZE_VER3, "PIDFD_INFO_SIZE_VER3 agrees with the system's");
#endif
