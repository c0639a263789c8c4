package io.unp.examples.intro;

import io.unp.lib.Stdio;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * intro/byteorder (figure 3.10): prints the host's byte order, after the name of the system it
 * runs on.
 *
 * <p>The C program prints {@code CPU_VENDOR_OS}, the GNU configure triplet of the machine it was
 * built on (what {@code config.guess} prints). Java has no build-time triplet, so this port
 * derives it from {@code os.arch} and {@code os.name} the way {@code config.guess} names the
 * machine: {@code x86_64-unknown-linux-gnu} on Linux x86_64.
 */
public final class ByteOrder {
    private ByteOrder() {}

    public static void main(String[] args) {
        // the union of a short and its bytes: store 0x0102 in host order, look at the bytes
        byte[] c = ByteBuffer.allocate(Short.BYTES).order(java.nio.ByteOrder.nativeOrder())
                .putShort((short) 0x0102).array();

        Stdio.printf("%s: ", cpuVendorOs());
        if (Short.BYTES == 2) {
            if (c[0] == 1 && c[1] == 2) {
                Stdio.printf("big-endian\n");
            } else if (c[0] == 2 && c[1] == 1) {
                Stdio.printf("little-endian\n");
            } else {
                Stdio.printf("unknown\n");
            }
        } else {
            Stdio.printf("sizeof(short) = %d\n", Short.BYTES);
        }
    }

    /** {@code CPU_VENDOR_OS}: {@code cpu-vendor-os} as GNU config.guess would print it for this machine. */
    static String cpuVendorOs() {
        return cpu(System.getProperty("os.arch", "unknown")) + "-" + vendorOs(System.getProperty("os.name", "unknown"));
    }

    /** config.guess's CPU name for a JVM {@code os.arch}. */
    private static String cpu(String osArch) {
        switch (osArch) {
            case "amd64":
            case "x86_64":
                return "x86_64";
            case "x86":
            case "i386":
            case "i486":
            case "i586":
            case "i686":
                return "i686";
            case "arm64":
                return "aarch64";
            default:
                return osArch; // aarch64, ppc64le, s390x, riscv64 are spelled alike
        }
    }

    /** config.guess's {@code vendor-os} for a JVM {@code os.name}. */
    private static String vendorOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT).replace(" ", "");
        if (os.equals("linux")) {
            return "unknown-linux-gnu";
        }
        if (os.startsWith("macos") || os.equals("darwin")) {
            return "apple-darwin";
        }
        if (os.equals("freebsd")) {
            return "unknown-freebsd";
        }
        return "unknown-" + os;
    }
}
