package io.unp.net;

import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.MSG_CTRUNC;
import static io.unp.abi.Constants.MSG_TRUNC;
import static io.unp.abi.Constants.SCM_CREDENTIALS;
import static io.unp.abi.Constants.SCM_RIGHTS;
import static io.unp.abi.Constants.SOL_SOCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Iovec;
import io.unp.abi.Ucred;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CMSG_* macros and the msghdr/cmsghdr views, without the kernel. */
class MsgHdrTest {

    @Test
    void cmsgMacrosHaveGlibcValuesOnLinux64() {
        // the values of section 13.6 on LP64 glibc: 16-byte header, 8-byte alignment
        assertEquals(16, Cmsg.CMSG_LEN(0));
        assertEquals(20, Cmsg.CMSG_LEN(4));
        assertEquals(24, Cmsg.CMSG_SPACE(4));
        assertEquals(28, Cmsg.CMSG_LEN(12));
        assertEquals(32, Cmsg.CMSG_SPACE(12));
        assertEquals(16, Cmsg.CMSG_SPACE(0));
        assertEquals(0, Cmsg.CMSG_ALIGN(0));
        assertEquals(8, Cmsg.CMSG_ALIGN(1));
        assertEquals(16, Cmsg.CMSG_ALIGN(9));
        assertThrows(IllegalArgumentException.class, () -> Cmsg.CMSG_ALIGN(-1));
    }

    @Test
    void addedMessagesAreLaidOutAsCWritesThemAndReadBackInOrder() {
        MsgHdr msg = new MsgHdr().setControl(new byte[Cmsg.CMSG_SPACE(8) + Cmsg.CMSG_SPACE(12)]).clearControl();
        msg.addRights(7, 9);
        msg.addCredentials(new Ucred(1234, 1000, 100));
        assertEquals(Cmsg.CMSG_SPACE(8) + Cmsg.CMSG_SPACE(12), msg.controllen());

        ByteBuffer raw = ByteBuffer.wrap(msg.control()).order(ByteOrder.nativeOrder());
        assertEquals(Cmsg.CMSG_LEN(8), raw.getLong(0), "cmsg_len is a size_t at offset 0");
        assertEquals(SOL_SOCKET, raw.getInt(8));
        assertEquals(SCM_RIGHTS, raw.getInt(12));
        assertEquals(7, raw.getInt(16), "CMSG_DATA starts at 16");
        assertEquals(9, raw.getInt(20));
        assertEquals(Cmsg.CMSG_LEN(12), raw.getLong(24), "the next message starts at CMSG_SPACE(8) = 24");
        assertEquals(SCM_CREDENTIALS, raw.getInt(36));
        assertEquals(1234, raw.getInt(40));

        List<Cmsg> all = msg.cmsgs();
        assertEquals(2, all.size());
        assertArrayEquals(new int[] {7, 9}, all.get(0).rights());
        assertEquals(new Ucred(1234, 1000, 100), all.get(1).ucred());
        assertSame(null, msg.nxtHdr(all.get(1)));
        assertEquals(24, msg.find(SOL_SOCKET, SCM_CREDENTIALS).offset());
        assertNull(msg.find(IPPROTO_IP, 8));
    }

    @Test
    void firstHdrIsNullWithoutRoomForAHeader() {
        assertNull(new MsgHdr().firstHdr());
        assertNull(new MsgHdr().setControl(new byte[64], 15).firstHdr());
        assertEquals(0, new MsgHdr().setControl(new byte[64], 16).firstHdr().offset());
    }

    @Test
    void aCorruptLengthEndsTheWalkInsteadOfReadingPastControllen() {
        MsgHdr msg = new MsgHdr().setControl(new byte[64]).clearControl();
        msg.addRights(3);
        msg.addRights(4);
        Cmsg first = msg.firstHdr();

        first.setLen(Long.MAX_VALUE - 3); // CMSG_ALIGN would overflow in C
        assertNull(msg.nxtHdr(first));
        first.setLen(5); // shorter than a header
        assertNull(msg.nxtHdr(first));
        first.setLen(Cmsg.CMSG_LEN(4));
        msg.nxtHdr(first).setLen(1000); // the second one claims more than controllen
        assertNull(msg.nxtHdr(first));
    }

    @Test
    void dataAccessStopsAtControllenWhenTheKernelTruncated() {
        byte[] buf = new byte[64];
        MsgHdr msg = new MsgHdr().setControl(buf).clearControl();
        msg.addRights(10, 11, 12);
        // what a truncated receive looks like: cmsg_len says three descriptors, controllen holds one
        msg.setControllen(Cmsg.CMSG_LEN(4));
        msg.setFlags(MSG_CTRUNC);
        Cmsg c = msg.firstHdr();
        assertTrue(msg.controlTruncated());
        assertFalse(msg.truncated());
        assertEquals(4, c.dataLen());
        assertArrayEquals(new int[] {10}, c.rights());
        assertThrows(IndexOutOfBoundsException.class, () -> c.dataInt(1));
        assertThrows(IndexOutOfBoundsException.class, () -> c.dataInt(-1));
        assertThrows(IllegalStateException.class, c::ucred);
    }

    @Test
    void addingBeyondTheBufferFailsClearly() {
        MsgHdr msg = new MsgHdr().setControl(new byte[Cmsg.CMSG_SPACE(4)]).clearControl();
        msg.addRights(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> msg.addRights(2));
        assertTrue(e.getMessage().contains("CMSG_SPACE(4) = 24"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new MsgHdr().addRights(1));
        assertThrows(IndexOutOfBoundsException.class, () -> new MsgHdr().setControl(new byte[8], 9));
    }

    @Test
    void aViewFromAnotherBufferIsRefused() {
        MsgHdr a = new MsgHdr().setControl(new byte[32]).clearControl();
        a.addRights(1);
        MsgHdr b = new MsgHdr().setControl(new byte[32]);
        assertThrows(IllegalArgumentException.class, () -> b.nxtHdr(a.firstHdr()));
    }

    @Test
    void singleSegmentSetterReusesItsIovec() {
        MsgHdr msg = new MsgHdr();
        byte[] one = new byte[10];
        msg.setIov(one, 2, 5);
        Iovec[] first = msg.iov();
        msg.setIov(new byte[3], 0, 3);
        assertSame(first, msg.iov(), "no allocation per message");
        assertEquals(3, msg.iovTotal());
        msg.setIov(null, 0, 0);
        assertEquals(0, msg.iovTotal());
        assertThrows(IndexOutOfBoundsException.class, () -> msg.setIov(one, 8, 5));
        assertEquals(MSG_TRUNC, new MsgHdr().setFlags(MSG_TRUNC).flags());
    }
}
