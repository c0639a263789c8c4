package io.unp.examples.ping;

import static io.unp.abi.Constants.ICMP_ECHO;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.abi.Timeval;
import io.unp.lib.InCksum;
import io.unp.lib.TvSub;
import io.unp.net.IcmpHdr;

/**
 * ping/send_v4.c (figure 25.7): an ICMPv4 echo request, our PID as its identifier, the send
 * count as its sequence number, the time of day as its data; we compute the checksum.
 */
final class SendV4 {
    private SendV4() {}

    static void sendV4() {
        byte[] sendbuf = Ping.sendbuf;
        IcmpHdr icmp = new IcmpHdr(sendbuf, 0);
        icmp.setIcmpType(ICMP_ECHO).setIcmpCode(0).setIcmpId(Ping.pid).setIcmpSeq(Ping.nsent++);
        TvSub.putTimeval(sendbuf, icmp.dataOffset(), TvSub.gettimeofday(new Timeval()));

        int len = IcmpHdr.HDR_SIZE + Ping.datalen; // checksum ICMP header and data
        icmp.setIcmpCksum(0);
        icmp.setIcmpCksum(InCksum.inCksum(sendbuf, 0, len));

        Sendto(Ping.sockfd, sendbuf, len, 0, Ping.pr.sasend);
    }
}
