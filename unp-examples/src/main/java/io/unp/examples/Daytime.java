package io.unp.examples;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the daytime servers send: {@code ctime(3)}'s 24 characters and CR LF. */
public final class Daytime {
    private Daytime() {}

    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    /** {@code ctime(&ticks)} without its newline: {@code "Wed Nov 25 22:42:54 2026"}, local time. */
    public static String ctime24() {
        return CTIME.format(ZonedDateTime.now());
    }

    /** {@code snprintf(buff, max, "%.24s\r\n", ctime(&ticks))} as bytes. */
    public static byte[] line(int max) {
        byte[] b = (ctime24() + "\r\n").getBytes(StandardCharsets.US_ASCII);
        return b.length < max ? b : java.util.Arrays.copyOf(b, max - 1);
    }
}
