"""The number of each errno name a check may return, per architecture.

From the Linux uapi headers (include/uapi/asm-generic/errno*.h and
arch/{mips,alpha,sparc,parisc}/include/uapi/asm/errno.h); ENOTSUP is the C
library's name of EOPNOTSUPP.  Targets that cannot ask the system for the
number (the Rust module, which uses no crate) take it from here;
tests/test_rust.py checks the table against each architecture's headers.
"""

from __future__ import annotations

# name -> (asm-generic value, ((architecture, value) where it differs, ...))
ERRNO_NUMBERS: dict[str, tuple[int, tuple[tuple[str, int], ...]]] = {
    "E2BIG": (7, ()),
    "EACCES": (13, ()),
    "EAGAIN": (11, (("alpha", 35),)),
    "EBADF": (9, ()),
    "EBUSY": (16, ()),
    "ECANCELED": (125, (("alpha", 131), ("mips", 158), ("parisc", 253), ("sparc64", 127))),
    "ECHILD": (10, ()),
    "EDEADLK": (35, (("alpha", 11), ("mips", 45), ("parisc", 45), ("sparc64", 78))),
    "EDOM": (33, ()),
    "EEXIST": (17, ()),
    "EFAULT": (14, ()),
    "EFBIG": (27, ()),
    "EIDRM": (43, (("alpha", 81), ("mips", 36), ("parisc", 36), ("sparc64", 77))),
    "EINTR": (4, ()),
    "EINVAL": (22, ()),
    "EIO": (5, ()),
    "EISDIR": (21, ()),
    "ELOOP": (40, (("alpha", 62), ("mips", 90), ("parisc", 249), ("sparc64", 62))),
    "EMFILE": (24, ()),
    "EMLINK": (31, ()),
    "ENAMETOOLONG": (36, (("alpha", 63), ("mips", 78), ("parisc", 248), ("sparc64", 63))),
    "ENFILE": (23, ()),
    "ENODEV": (19, ()),
    "ENOENT": (2, ()),
    "ENOEXEC": (8, ()),
    "ENOLCK": (37, (("alpha", 77), ("mips", 46), ("parisc", 46), ("sparc64", 79))),
    "ENOMEM": (12, ()),
    "ENOMSG": (42, (("alpha", 80), ("mips", 35), ("parisc", 35), ("sparc64", 75))),
    "ENOSPC": (28, ()),
    "ENOSYS": (38, (("alpha", 78), ("mips", 89), ("parisc", 251), ("sparc64", 90))),
    "ENOTBLK": (15, ()),
    "ENOTDIR": (20, ()),
    "ENOTEMPTY": (39, (("alpha", 66), ("mips", 93), ("parisc", 247), ("sparc64", 66))),
    "ENOTRECOVERABLE": (131, (("alpha", 137), ("mips", 166), ("parisc", 255), ("sparc64", 133))),
    "ENOTSUP": (95, (("alpha", 45), ("mips", 122), ("parisc", 223), ("sparc64", 45))),
    "ENOTTY": (25, ()),
    "ENXIO": (6, ()),
    "EOPNOTSUPP": (95, (("alpha", 45), ("mips", 122), ("parisc", 223), ("sparc64", 45))),
    "EOVERFLOW": (75, (("alpha", 112), ("mips", 79), ("parisc", 72), ("sparc64", 92))),
    "EOWNERDEAD": (130, (("alpha", 136), ("mips", 165), ("parisc", 254), ("sparc64", 132))),
    "EPERM": (1, ()),
    "EPIPE": (32, ()),
    "ERANGE": (34, ()),
    "EREMOTE": (66, (("alpha", 71), ("parisc", 71), ("sparc64", 71))),
    "EROFS": (30, ()),
    "ESPIPE": (29, ()),
    "ESRCH": (3, ()),
    "ESTALE": (116, (("alpha", 70), ("mips", 151), ("parisc", 70), ("sparc64", 70))),
    "ETXTBSY": (26, ()),
    "EUSERS": (87, (("alpha", 68), ("mips", 94), ("parisc", 68), ("sparc64", 68))),
    "EXDEV": (18, ()),
}
