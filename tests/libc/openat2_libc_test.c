/*
 * The generated libc openat2 wrapper, for real, with RESOLVE_* flags.
 * Prints "ok - name" or "not ok - name"; exits non-zero if any failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "open_how.h"

static int failures;

static void expect(long ret, int err, const char *name)
{
	int ok = err ? (ret == -1 && errno == err) : ret >= 0;

	printf("%s - %s\n", ok ? "ok" : "not ok", name);
	if (!ok) {
		printf("#   got %ld (%s)\n", ret, ret < 0 ? strerror(errno) : "success");
		failures++;
	}
	if (ret >= 0)
		close((int)ret);
}

int main(void)
{
	char root[] = "/tmp/clonegen-openat2-XXXXXX";
	char path[512];
	struct cg_open_how how;
	int dfd, fd;

	if (!mkdtemp(root))
		return 2;
	snprintf(path, sizeof(path), "%s/d", root);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/outside", root);
	fd = open(path, O_CREAT | O_WRONLY, 0644);
	close(fd);
	snprintf(path, sizeof(path), "%s/d/f", root);
	fd = open(path, O_CREAT | O_WRONLY, 0644);
	close(fd);
	snprintf(path, sizeof(path), "%s/d/link", root);
	if (symlink("../outside", path))
		return 2;
	snprintf(path, sizeof(path), "%s/d", root);
	dfd = open(path, O_RDONLY | O_DIRECTORY);

	memset(&how, 0, sizeof(how));
	how.flags = O_RDONLY;
	how.resolve = CG_RESOLVE_BENEATH;
	expect(cg_openat2(dfd, "f", &how, sizeof(how)), 0, "RESOLVE_BENEATH opens a file beneath");
	expect(cg_openat2(dfd, "../outside", &how, sizeof(how)), EXDEV, "RESOLVE_BENEATH refuses ..");
	expect(cg_openat2(dfd, "/etc/passwd", &how, sizeof(how)), EXDEV, "RESOLVE_BENEATH refuses an absolute path");
	expect(cg_openat2(dfd, "link", &how, sizeof(how)), EXDEV, "RESOLVE_BENEATH refuses a symlink out");
	how.resolve = CG_RESOLVE_NO_SYMLINKS;
	expect(cg_openat2(dfd, "link", &how, sizeof(how)), ELOOP, "RESOLVE_NO_SYMLINKS refuses a symlink");
	how.resolve = CG_RESOLVE_IN_ROOT;
	expect(cg_openat2(dfd, "/f", &how, sizeof(how)), 0, "RESOLVE_IN_ROOT treats dirfd as /");
	expect(cg_openat2(dfd, "../../../f", &how, sizeof(how)), 0, "RESOLVE_IN_ROOT clamps ..");
	how.resolve = CG_RESOLVE_BENEATH | CG_RESOLVE_IN_ROOT;
	expect(cg_openat2(dfd, "f", &how, sizeof(how)), EINVAL, "BENEATH with IN_ROOT is refused");
	how.resolve = 0x1000;
	expect(cg_openat2(dfd, "f", &how, sizeof(how)), EINVAL, "an unknown resolve bit is refused");
	how.resolve = 0;
	expect(cg_openat2(dfd, "f", &how, CG_OPEN_HOW_SIZE_VER0 - 1), EINVAL, "a size below VER0 is refused");
	how.mode = 0644;
	expect(cg_openat2(dfd, "f", &how, sizeof(how)), EINVAL, "a mode without O_CREAT is refused");

	close(dfd);
	snprintf(path, sizeof(path), "rm -rf %s", root);
	if (system(path))
		return 2;
	return failures ? 1 : 0;
}
