package io.unp.abi;

import java.util.Locale;

/**
 * The machine the JVM runs on, as far as struct layouts and constants go: Linux on x86_64 or
 * aarch64 (both LP64, little-endian, glibc). Anything else is {@link #UNSUPPORTED}: pure-Java
 * parts of unp-lib (addresses, {@code inet_pton}) still work there, but the native layer
 * refuses to start with a {@link NativeUnavailableException} that names the platform, rather
 * than read the wrong bytes.
 */
public enum Arch {
    /** Linux on x86_64 (amd64). */
    X86_64,
    /** Linux on aarch64 (arm64). */
    AARCH64,
    /** Any other operating system or processor. */
    UNSUPPORTED;

    /** The running platform. */
    public static final Arch CURRENT = detect(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));

    /** The platform the JVM properties {@code os.name} and {@code os.arch} describe. */
    static Arch detect(String osName, String osArch) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return UNSUPPORTED;
        }
        switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64":
            case "x86_64":
                return X86_64;
            case "aarch64":
            case "arm64":
                return AARCH64;
            default:
                return UNSUPPORTED;
        }
    }

    /** The value for this architecture: {@code x86_64} on X86_64 (and UNSUPPORTED), else {@code aarch64}. */
    public int pick(int x86_64, int aarch64) {
        return this == AARCH64 ? aarch64 : x86_64;
    }

    /**
     * Throws unless this is a supported platform: the native layer calls this before it
     * loads anything.
     */
    public static void requireSupported() {
        if (CURRENT == UNSUPPORTED) {
            throw new NativeUnavailableException("unsupported platform " + System.getProperty("os.name") + " on "
                    + System.getProperty("os.arch") + ": unp-lib's native layer supports Linux on x86_64 and aarch64",
                    null);
        }
    }
}
