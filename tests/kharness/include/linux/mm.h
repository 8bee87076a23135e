#ifndef _HARNESS_LINUX_MM_H
#define _HARNESS_LINUX_MM_H
#define PAGE_SIZE 4096UL
#endif
