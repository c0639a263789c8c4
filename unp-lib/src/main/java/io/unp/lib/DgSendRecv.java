package io.unp.lib;

import static io.unp.lib.Rtt.rttDebug;
import static io.unp.lib.Rtt.rttInit;
import static io.unp.lib.Rtt.rttNewpack;
import static io.unp.lib.Rtt.rttStart;
import static io.unp.lib.Rtt.rttStop;
import static io.unp.lib.Rtt.rttTimeout;
import static io.unp.lib.Rtt.rttTs;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.Iovec;
import io.unp.net.MsgHdr;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.SigJmpBuf;
import io.unp.sys.Sys;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code dg_send_recv} ({@code rtt/dg_send_recv.c}, section 20.5): a reliable
 * request-reply over UDP with the RTT library: each request carries a sequence number and a
 * timestamp in an 8-byte header the server echoes back; a reply whose sequence number is not the
 * request's is ignored; after each timeout of the current RTO the request is sent again with the
 * RTO doubled, and after {@link Rtt#RTT_MAXNREXMT} retransmissions the call gives up.
 *
 * <p>As the book's file defines RTT_DEBUG, every send, receive and timeout is reported on
 * standard error ({@code send    1: rtt = ...}, {@code recv    1},
 * {@code dg_send_recv: timeout, retransmitting}).
 *
 * <p>The timer is the book's: {@code alarm(rtt_start(...))} and a SIGALRM handler that calls
 * {@code siglongjmp}. In Java the jump is a {@link SigJmpBuf}: the handler (on a signal thread)
 * makes this thread abandon its blocked receive by throwing {@link SigJmpBuf.Jump}, and the
 * {@code sendagain} label is a loop. As in the C, {@code sendmsg} and {@code recvmsg} gather and
 * scatter the header and the data through two iovecs, and the header is laid out as the C
 * structure is, in host byte order, so the datagrams are byte for byte the C program's; a failed
 * send or receive ends the program ({@code Sendmsg}, {@code Recvmsg}).
 *
 * <p>Like the C, it keeps its state (the RTT estimators, the sequence number) in static
 * variables: one peer per process, one thread at a time.
 */
public final class DgSendRecv {
    private DgSendRecv() {}

    /** {@code sizeof(struct hdr)}: {@code uint32_t seq, ts}. */
    static final int HDR = 8;

    private static final Rtt.RttInfo rttinfo = new Rtt.RttInfo();
    private static boolean rttinit;
    private static final MsgHdr msgsend = new MsgHdr();
    private static final MsgHdr msgrecv = new MsgHdr();
    /** {@code struct hdr { uint32_t seq; uint32_t ts; }}, sent and received, in host byte order. */
    private static final ByteBuffer sendhdr = ByteBuffer.allocate(HDR).order(ByteOrder.nativeOrder());
    private static final ByteBuffer recvhdr = ByteBuffer.allocate(HDR).order(ByteOrder.nativeOrder());
    private static final SigJmpBuf jmpbuf = new SigJmpBuf();

    /**
     * {@code dg_send_recv}: sends {@code outbuff[0..outbytes)} to {@code destaddr} until a reply
     * to it arrives; the reply's data (up to {@code inbytes}) goes into {@code inbuff}.
     *
     * @return the size of the reply (without the header)
     * @throws ErrnoException ETIMEDOUT ("dg_send_recv: Connection timed out") after the last
     *     retransmission went unanswered
     */
    public static int dgSendRecv(int fd, byte[] outbuff, int outbytes, byte[] inbuff, int inbytes,
            SockAddr destaddr) {
        if (!rttinit) {
            rttInit(rttinfo); // first time we're called
            rttinit = true;
            Rtt.rttDFlag = 1;
        }

        int seq = sendhdr.getInt(0) + 1;
        sendhdr.putInt(0, seq);
        msgsend.setName(destaddr);
        msgsend.setIov(new Iovec(sendhdr.array(), 0, HDR), new Iovec(outbuff, 0, outbytes));

        msgrecv.setName(null);
        msgrecv.setIov(new Iovec(recvhdr.array(), 0, HDR), new Iovec(inbuff, 0, inbytes));

        SignalFunc.Signal(Constants.SIGALRM, signo -> jmpbuf.siglongjmp(1));
        rttNewpack(rttinfo); // initialize for this packet

        for (;;) { // sendagain:
            Stdio.err(String.format("send %4d: ", seq));
            sendhdr.putInt(4, rttTs(rttinfo));
            WrapSock.Sendmsg(fd, msgsend, 0);

            Sys.alarm(rttStart(rttinfo)); // calc timeout value & start timer
            rttDebug(rttinfo);

            int n;
            try (SigJmpBuf armed = jmpbuf.sigsetjmp()) {
                do {
                    n = WrapSock.Recvmsg(fd, msgrecv, 0);
                    Stdio.err(String.format("recv %4d\n", recvhdr.getInt(0)));
                } while (n < HDR || recvhdr.getInt(0) != seq);
                Sys.alarm(0); // stop SIGALRM timer
            } catch (SigJmpBuf.Jump j) {
                if (rttTimeout(rttinfo) < 0) {
                    Err.msg("dg_send_recv: no response from server, giving up");
                    rttinit = false; // reinit in case we're called again
                    Sys.setErrno(Errno.ETIMEDOUT.code());
                    throw new ErrnoException("dg_send_recv", Errno.ETIMEDOUT.code());
                }
                Err.msg("dg_send_recv: timeout, retransmitting");
                continue;
            }
            // calculate & store new RTT estimator values
            rttStop(rttinfo, rttTs(rttinfo) - recvhdr.getInt(4));

            return n - HDR; // return size of received datagram
        }
    }
}
