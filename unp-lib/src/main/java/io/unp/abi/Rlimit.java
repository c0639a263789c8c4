package io.unp.abi;

/**
 * {@code struct rlimit} ({@code <sys/resource.h>}): a resource's soft limit ({@code rlim_cur},
 * what the kernel enforces) and hard limit ({@code rlim_max}, the ceiling for the soft one);
 * {@link Constants#RLIM_INFINITY} means none.
 */
public record Rlimit(long rlimCur, long rlimMax) {}
