package io.unp.examples.udpcksum;

import io.unp.lib.Err;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.sys.PcapException;

/** udpcksum/cleanup.c (figure 26.21): a newline, with -v the capture statistics, and exit 0. */
final class Cleanup {
    private Cleanup() {}

    static void cleanup(int signo) {
        Stdio.printf("\n");
        if (Udpcksum.verbose != 0) {
            long[] stat;
            try {
                stat = Udpcksum.pd.stats();
            } catch (PcapException e) {
                throw Err.quit("pcap_stats: %s\n", e.getMessage());
            }
            Stdio.printf("%d packets received by filter\n", stat[0]);
            Stdio.printf("%d packets dropped by kernel\n", stat[1]);
        }
        throw new Exit(0);
    }
}
