/*
 * Calls one clone3 copy-in implementation over a fixed set of inputs; run
 * under callgrind with --toggle-collect=bench_call to count its instructions.
 * Built twice: with the generated kernel/clone_args.c (sys_clone3) and with
 * handwritten_clone3.c (hand_clone3), over the same harness uaccess.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HANDWRITTEN
long hand_clone3(void *uargs, size_t usize);
# define ENTRY hand_clone3
#else
long sys_clone3(void *uargs, size_t usize);
# define ENTRY sys_clone3
#endif

struct input {
	size_t size;
	uint64_t words[12];
};

static unsigned char page[2 * 4096] __attribute__((aligned(4096)));
static int tids[2] = { 1, 2 };

__attribute__((noinline)) long bench_call(void *uargs, size_t size)
{
	return ENTRY(uargs, size);
}

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? strtol(argv[1], NULL, 0) : 1000;
	const struct input inputs[] = {
		{ 64, { 0, 0, 0, 0, 17 } },				/* valid VER0 */
		{ 80, { 0x1000, 0, 0, 0, 17, 0, 0, 0, 0, 0 } },		/* valid VER1 */
		{ 88, { 1ULL << 33, 0, 0, 0, 17, 0, 0, 0, 0, 0, 3 } },	/* valid VER2 */
		{ 4096, { 0, 0, 0, 0, 17 } },				/* zero tail */
		{ 88, { 0, 0, 0, 0, 17, 0, 0, 0, 1, 1 } },		/* set_tid copy */
		{ 88, { 1ULL << 50, 0, 0, 0, 17 } },			/* unknown flag */
		{ 88, { 0, 0, 0, 0, 300 } },				/* bad signal */
		{ 96, { 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 5 } },	/* non-zero tail */
		{ 32, { 0 } },						/* too small */
	};
	size_t n = sizeof(inputs) / sizeof(inputs[0]);
	long sum = 0, r;
	size_t i;

	for (r = 0; r < rounds; r++) {
		for (i = 0; i < n; i++) {
			memset(page, 0, inputs[i].size);
			memcpy(page, inputs[i].words, sizeof(inputs[i].words));
			if (inputs[i].words[8])
				((uint64_t *)page)[8] = (uintptr_t)tids;
			sum += bench_call(page, inputs[i].size);
		}
	}
	printf("calls %ld checksum %ld\n", rounds * (long)n, sum);
	return 0;
}
