package io.unp.abi;

import java.nio.charset.StandardCharsets;

/**
 * C strings in Java: the project's one rule for turning a {@code char *} into a
 * {@link String} and back.
 *
 * <p>A C string is bytes, not text. unp-lib maps them one to one: byte {@code b} becomes
 * {@code char} {@code b & 0xff} (ISO-8859-1), so any byte sequence a program is given (an
 * argument, a host name, a path) survives the trip through a Java String and comes out as the
 * same bytes, as it would in C. A String holding a character above U+00FF cannot have come
 * from C; it is encoded as UTF-8, the encoding a Linux user most likely means.
 */
public final class CString {
    private CString() {}

    /** The bytes of {@code s} without a terminating NUL: one per char, or UTF-8 if any char is above U+00FF. */
    public static byte[] bytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The string of {@code b[off..off+len)}, one char per byte. */
    public static String string(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    /** The string up to the first NUL of {@code b[off..off+max)} (or all of it), one char per byte. */
    public static String fromNulTerminated(byte[] b, int off, int max) {
        int end = off;
        while (end < off + max && b[end] != 0) {
            end++;
        }
        return string(b, off, end - off);
    }
}
