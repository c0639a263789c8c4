package io.unp.lib;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The book's {@code gf_time} ({@code lib/gf_time.c}, section 15.2): the time of day for time stamps. */
public final class GfTime {
    private GfTime() {}

    /**
     * {@code gf_time}: the local time of day as {@code HH:MM:SS.uuuuuu} (hours to seconds as
     * {@code ctime} prints them, then the microseconds of {@code gettimeofday}), for the time
     * stamps the nonblocking str_cli prints.
     *
     * <p>The C returns a static buffer that the next call overwrites; this returns a new string.
     * The clock is the JVM's ({@link Instant#now()}, the same realtime clock as
     * {@code gettimeofday} on Linux, to the microsecond) and the zone is the JVM's default,
     * which, like {@code ctime}'s, comes from {@code TZ} or {@code /etc/localtime}.
     */
    public static String gfTime() {
        Instant now = Instant.now();
        LocalTime t = LocalTime.ofInstant(now, ZoneId.systemDefault());
        return String.format("%02d:%02d:%02d.%06d", t.getHour(), t.getMinute(), t.getSecond(), now.getNano() / 1000);
    }
}
