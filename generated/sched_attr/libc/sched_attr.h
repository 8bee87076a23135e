/* SPDX-License-Identifier: MIT OR GPL-2.0 WITH Linux-syscall-note */
/*
 * Generated from spec/sched_attr.yaml by clonegen; do not edit.
 * Spec digest: sha256:0e3b10430f833d3c.
 */
#ifndef CG_SCHED_ATTR_H
#define CG_SCHED_ATTR_H

/*
 * The user-space view of struct sched_attr for a libc or a program.
 * Every name carries the prefix cg_ (CG_ for macros), so this header
 * and the system's <linux/...> or libc headers can be included together in
 * any order; where the system's names are visible, static assertions check
 * that both agree.
 *
 * What each function returns, and errno (the same as each function's Return:):
 *
 * cg_sched_setattr(), cg_sched_getattr(): what the kernel returns on
 *   success, or -1 with errno set.
 *
 * cg_sched_attr_decode(): the length of the whole text, as snprintf()
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
 * CG_SCHED_ATTR_ASSERT(name, expr, message): a compile-time check. C11 and
 * C++11 have static assertions; C99 and C++98 do not, so there an array of
 * negative size (a typedef named after @name) is the error.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define CG_SCHED_ATTR_ASSERT(name, expr, message) static_assert(expr, message)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define CG_SCHED_ATTR_ASSERT(name, expr, message) _Static_assert(expr, message)
#elif defined(__GNUC__)
/* __extension__: the system's 64-bit constants are long long, which C++98 lacks. */
# define CG_SCHED_ATTR_ASSERT(name, expr, message) \
	typedef char cg_sched_attr_check_##name[(__extension__(expr)) ? 1 : -1]
#else
# define CG_SCHED_ATTR_ASSERT(name, expr, message) \
	typedef char cg_sched_attr_check_##name[(expr) ? 1 : -1]
#endif

/* Flags of cg_sched_attr.sched_flags. */
#define CG_SCHED_FLAG_RESET_ON_FORK	0x00000001
#define CG_SCHED_FLAG_RECLAIM		0x00000002
#define CG_SCHED_FLAG_DL_OVERRUN	0x00000004
#define CG_SCHED_FLAG_KEEP_POLICY	0x00000008
#define CG_SCHED_FLAG_KEEP_PARAMS	0x00000010
#define CG_SCHED_FLAG_UTIL_CLAMP_MIN	0x00000020
#define CG_SCHED_FLAG_UTIL_CLAMP_MAX	0x00000040

/**
 * struct cg_sched_attr - Extended scheduling parameters of a thread: its
 * policy and flags, the nice value or static priority, the runtime,
 * deadline and period of a deadline task, and the utilization clamps. The
 * structure is versioned by the size it carries in its first word.
 * @size: Size of the structure the caller was built with; 0 means VER0. The
 *     kernel writes its own size here when it refuses the caller's.
 * @sched_policy: Scheduling policy (SCHED_NORMAL, SCHED_FIFO, ...).
 * @sched_flags: SCHED_FLAG_* flags customizing the scheduler's behaviour.
 * @sched_nice: Nice value for SCHED_NORMAL and SCHED_BATCH; clamped to the
 *     valid range, not refused.
 * @sched_priority: Static priority for SCHED_FIFO and SCHED_RR.
 * @sched_runtime: Runtime of a deadline task in nanoseconds (the slice of a
 *     fair task).
 * @sched_deadline: Relative deadline of a deadline task in nanoseconds.
 * @sched_period: Period of a deadline task in nanoseconds.
 * @sched_util_min: Minimum utilization, 0 to 1024, or -1 to reset.
 * @sched_util_max: Maximum utilization, 0 to 1024, or -1 to reset.
 */
struct cg_sched_attr {
	uint32_t size;
	uint32_t sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime;
	uint64_t sched_deadline;
	uint64_t sched_period;
	uint32_t sched_util_min;
	uint32_t sched_util_max;
};

#define CG_SCHED_ATTR_SIZE_VER0	48
#define CG_SCHED_ATTR_SIZE_VER1	56

/* The layout the kernel expects. */
CG_SCHED_ATTR_ASSERT(size, sizeof(struct cg_sched_attr) == CG_SCHED_ATTR_SIZE_VER1,
	"struct cg_sched_attr has the size of VER1");
CG_SCHED_ATTR_ASSERT(offset_size, offsetof(struct cg_sched_attr, size) == 0, "size lies at 0");
CG_SCHED_ATTR_ASSERT(offset_sched_policy, offsetof(struct cg_sched_attr, sched_policy) == 4, "sched_policy lies at 4");
CG_SCHED_ATTR_ASSERT(offset_sched_flags, offsetof(struct cg_sched_attr, sched_flags) == 8, "sched_flags lies at 8");
CG_SCHED_ATTR_ASSERT(offset_sched_nice, offsetof(struct cg_sched_attr, sched_nice) == 16, "sched_nice lies at 16");
CG_SCHED_ATTR_ASSERT(offset_sched_priority, offsetof(struct cg_sched_attr, sched_priority) == 20, "sched_priority lies at 20");
CG_SCHED_ATTR_ASSERT(offset_sched_runtime, offsetof(struct cg_sched_attr, sched_runtime) == 24, "sched_runtime lies at 24");
CG_SCHED_ATTR_ASSERT(offset_sched_deadline, offsetof(struct cg_sched_attr, sched_deadline) == 32, "sched_deadline lies at 32");
CG_SCHED_ATTR_ASSERT(offset_sched_period, offsetof(struct cg_sched_attr, sched_period) == 40, "sched_period lies at 40");
CG_SCHED_ATTR_ASSERT(offset_sched_util_min, offsetof(struct cg_sched_attr, sched_util_min) == 48, "sched_util_min lies at 48");
CG_SCHED_ATTR_ASSERT(offset_sched_util_max, offsetof(struct cg_sched_attr, sched_util_max) == 52, "sched_util_max lies at 52");

/**
 * cg_sched_setattr() - the raw sched_setattr() system call; the size is
 * args->size (not const: on a size error the kernel writes its own size
 * there)
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_sched_setattr(pid_t pid, struct cg_sched_attr *args, unsigned int flags);

/**
 * cg_sched_getattr() - the raw sched_getattr() system call
 *
 * Return: what the kernel returns on success, or -1 with errno set.
 */
long cg_sched_getattr(pid_t pid, struct cg_sched_attr *args, unsigned int size, unsigned int flags);

/*
 * Linux release @a.@b.@c, as cg_sched_attr_decode() compares releases: three digits a
 * number, so a stable release's sublevel above 255 (5.4.290) keeps its place.
 */
#define CG_SCHED_ATTR_RELEASE(a, b, c) \
	((unsigned long)(a) * 1000000UL + (unsigned long)(b) * 1000UL + (unsigned long)(c))

/**
 * struct cg_sched_attr_decoding - how cg_sched_attr_decode() decodes
 * @addr: where the tracee keeps the struct: printed when it cannot be read.
 * @release: 0 names everything the spec knows; CG_SCHED_ATTR_RELEASE(6, 1, 0)
 *	names only what strace of that release knows (newer flags print in hex,
 *	newer fields count as the tail).
 * @peek: reads @len bytes of the tracee at @addr into @buf, 0 on success;
 *	arrays are printed through it (NULL: as their address).
 * @ctx: passed to @peek.
 * @entry: the system call that passed the struct, by name (sched_setattr,
 *	sched_getattr; NULL: sched_setattr): a struct the kernel writes is read
 *	after the call, and after a failed one not at all (@data NULL). A name
 *	the spec does not have prints the address.
 */
struct cg_sched_attr_decoding {
	uint64_t addr;
	unsigned long release;
	int (*peek)(void *ctx, uint64_t addr, void *buf, size_t len);
	void *ctx;
	const char *entry;
};

/**
 * cg_sched_attr_decode() - a struct sched_attr as strace prints it
 * @out: where the text goes, NUL-terminated and cut to @outlen like snprintf().
 * @outlen: the size of @out.
 * @data: the bytes read at the struct's address (NULL: none could be read).
 * @len: how many; a tracer reads min(@size, page size) so that a non-zero
 *	tail past the struct is shown, as strace shows it.
 * @size: the size argument of the call; sched_setattr() has none and
 *	reads the size from the struct.
 * @how: options, or NULL for none.
 *
 * The text is strace's: {flags=..., field=...}, with its field order, the
 * fields it leaves out, flag and signal names, unknown bits in hex and the
 * non-zero bytes past the struct.
 *
 * Return: the length of the whole text, as snprintf() returns it; it cannot
 * fail and leaves errno as it was (but for what @how->peek does).
 */
size_t cg_sched_attr_decode(char *out, size_t outlen, const void *data, size_t len, uint64_t size,
	const struct cg_sched_attr_decoding *how);

#ifdef __cplusplus
}
#endif

#endif /* CG_SCHED_ATTR_H */

/*
 * Agreement with the system's names, outside the include guard: each check
 * runs once, in the first inclusion of this header that sees the system's
 * macro. Include this header again after system headers to check theirs too
 * (sched_attr.c does, after ).
 */
#if defined(SCHED_FLAG_RESET_ON_FORK) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_RESET_ON_FORK)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_RESET_ON_FORK
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_RESET_ON_FORK, CG_SCHED_FLAG_RESET_ON_FORK == SCHED_FLAG_RESET_ON_FORK, "SCHED_FLAG_RESET_ON_FORK agrees with the system's");
#endif
#if defined(SCHED_FLAG_RECLAIM) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_RECLAIM)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_RECLAIM
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_RECLAIM, CG_SCHED_FLAG_RECLAIM == SCHED_FLAG_RECLAIM, "SCHED_FLAG_RECLAIM agrees with the system's");
#endif
#if defined(SCHED_FLAG_DL_OVERRUN) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_DL_OVERRUN)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_DL_OVERRUN
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_DL_OVERRUN, CG_SCHED_FLAG_DL_OVERRUN == SCHED_FLAG_DL_OVERRUN, "SCHED_FLAG_DL_OVERRUN agrees with the system's");
#endif
#if defined(SCHED_FLAG_KEEP_POLICY) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_KEEP_POLICY)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_KEEP_POLICY
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_KEEP_POLICY, CG_SCHED_FLAG_KEEP_POLICY == SCHED_FLAG_KEEP_POLICY, "SCHED_FLAG_KEEP_POLICY agrees with the system's");
#endif
#if defined(SCHED_FLAG_KEEP_PARAMS) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_KEEP_PARAMS)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_KEEP_PARAMS
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_KEEP_PARAMS, CG_SCHED_FLAG_KEEP_PARAMS == SCHED_FLAG_KEEP_PARAMS, "SCHED_FLAG_KEEP_PARAMS agrees with the system's");
#endif
#if defined(SCHED_FLAG_UTIL_CLAMP_MIN) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_UTIL_CLAMP_MIN)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_UTIL_CLAMP_MIN
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_UTIL_CLAMP_MIN, CG_SCHED_FLAG_UTIL_CLAMP_MIN == SCHED_FLAG_UTIL_CLAMP_MIN, "SCHED_FLAG_UTIL_CLAMP_MIN agrees with the system's");
#endif
#if defined(SCHED_FLAG_UTIL_CLAMP_MAX) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_FLAG_UTIL_CLAMP_MAX)
# define CG_SCHED_ATTR_CHECKED_SCHED_FLAG_UTIL_CLAMP_MAX
CG_SCHED_ATTR_ASSERT(SCHED_FLAG_UTIL_CLAMP_MAX, CG_SCHED_FLAG_UTIL_CLAMP_MAX == SCHED_FLAG_UTIL_CLAMP_MAX, "SCHED_FLAG_UTIL_CLAMP_MAX agrees with the system's");
#endif
#if defined(SCHED_ATTR_SIZE_VER0) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_ATTR_SIZE_VER0)
# define CG_SCHED_ATTR_CHECKED_SCHED_ATTR_SIZE_VER0
CG_SCHED_ATTR_ASSERT(SCHED_ATTR_SIZE_VER0, CG_SCHED_ATTR_SIZE_VER0 == SCHED_ATTR_SIZE_VER0, "SCHED_ATTR_SIZE_VER0 agrees with the system's");
#endif
#if defined(SCHED_ATTR_SIZE_VER1) && !defined(CG_SCHED_ATTR_CHECKED_SCHED_ATTR_SIZE_VER1)
# define CG_SCHED_ATTR_CHECKED_SCHED_ATTR_SIZE_VER1
CG_SCHED_ATTR_ASSERT(SCHED_ATTR_SIZE_VER1, CG_SCHED_ATTR_SIZE_VER1 == SCHED_ATTR_SIZE_VER1, "SCHED_ATTR_SIZE_VER1 agrees with the system's");
#endif
