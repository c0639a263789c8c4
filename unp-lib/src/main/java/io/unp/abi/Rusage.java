package io.unp.abi;

/**
 * The part of {@code struct rusage} ({@code <sys/resource.h>}) the book reads: user and system
 * CPU time ({@code ru_utime}, {@code ru_stime}), plus the largest resident set in kilobytes
 * ({@code ru_maxrss}; Linux fills it, the book's BSD did too).
 */
public record Rusage(Timeval ruUtime, Timeval ruStime, long ruMaxrss) {
    /** User time in seconds, as the book's {@code pr_cpu_time} adds it up. */
    public double userSeconds() {
        return ruUtime.tvSec() + ruUtime.tvUsec() / 1000000.0;
    }

    /** System time in seconds. */
    public double sysSeconds() {
        return ruStime.tvSec() + ruStime.tvUsec() / 1000000.0;
    }
}
