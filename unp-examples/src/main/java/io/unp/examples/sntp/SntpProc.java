package io.unp.examples.sntp;

import io.unp.abi.Timeval;
import io.unp.lib.Stdio;

/**
 * sntp/sntp_proc.c (section 19.10), also ssntp's (ssntp/sntp_proc.c is the same file):
 * prints an NTP packet's version, mode and stratum and, for anything but a client's request,
 * how far the sender's transmit timestamp is from our clock when the packet arrived:
 * {@code clock difference = N usec}, our time minus the sender's, as a 32-bit signed number.
 */
public final class SntpProc {
    private SntpProc() {}

    /** {@code sntp_proc}: the packet is {@code buf[0..n)}, {@code nowptr} when it arrived. */
    public static void sntpProc(byte[] buf, int n, Timeval nowptr) {
        if (n < Ntp.SIZE) {
            Stdio.printf("\npacket too small: %d bytes\n", n);
            return;
        }

        int status = buf[Ntp.STATUS] & 0xff;
        int version = (status & Ntp.VERSION_MASK) >> 3;
        int mode = status & Ntp.MODE_MASK;
        Stdio.printf("\nv%d, mode %d, strat %d, ", version, mode, buf[Ntp.STRATUM] & 0xff);
        if (mode == Ntp.MODE_CLIENT) {
            Stdio.printf("client\n");
            return;
        }

        long nsec = (u32(buf, Ntp.XMT_INT) - Ntp.JAN_1970) & 0xffffffffL;
        double usecf = u32(buf, Ntp.XMT_FRACTION); // 32-bit integer fraction
        usecf /= 4294967296.0; // divide by 2**32 -> [0, 1.0)
        long useci = (long) (usecf * 1000000.0); // fraction -> parts per million

        long currSec = nowptr.tvSec();
        long diffUsec = nowptr.tvUsec() - useci;
        if (diffUsec < 0) {
            diffUsec += 1000000;
            currSec--;
        }
        long diffSec = currSec - nsec;
        int usec = (int) (diffSec * 1000000 + diffUsec); // diff in microsec, as C's uint32_t printed with %d
        Stdio.printf("clock difference = %d usec\n", usec);
    }

    private static long u32(byte[] b, int off) {
        return ((b[off] & 0xffL) << 24) | ((b[off + 1] & 0xffL) << 16) | ((b[off + 2] & 0xffL) << 8) | (b[off + 3] & 0xffL);
    }
}
