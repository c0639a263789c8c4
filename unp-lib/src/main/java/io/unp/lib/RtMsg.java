package io.unp.lib;

import static io.unp.abi.Constants.*;
import static io.unp.abi.Layouts.*;

import io.unp.abi.CString;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One rtnetlink message: the Linux counterpart of the book's routing messages
 * ({@code rt_msghdr}, {@code if_msghdr}, {@code ifa_msghdr}). It is a {@code struct nlmsghdr},
 * then the header of its family ({@code struct ifinfomsg} for RTM_NEWLINK, {@code ifaddrmsg}
 * for RTM_NEWADDR, {@code rtmsg} for RTM_NEWROUTE, {@code nlmsgerr} for NLMSG_ERROR), then
 * attributes ({@code struct rtattr}: length, type, value), each aligned to 4 bytes.
 *
 * <p>This class is the one place that reads and writes that format: {@link #parse} splits a
 * datagram into messages, the accessors read the headers by their C field names, and
 * {@link #request} builds a request. Where BSD puts socket addresses after the header, flagged
 * by a bit mask ({@code rtm_addrs}), rtnetlink puts typed attributes ({@code RTA_DST},
 * {@code IFA_LOCAL} ...); {@link GetRtaddrs} turns them into the book's {@code rti_info} array.
 */
public final class RtMsg {
    private static final ByteOrder HOST = ByteOrder.nativeOrder();
    /** {@code NLA_TYPE_MASK}: the attribute type without the nested/byte-order flags. */
    private static final int TYPE_MASK = 0x3fff;

    private final byte[] b;
    private final int[] attrOffsets;

    private RtMsg(byte[] b) {
        this.b = b;
        this.attrOffsets = indexAttributes();
    }

    /** {@code NLMSG_ALIGN} and {@code RTA_ALIGN}: rounds up to a multiple of 4. */
    public static int align(int len) {
        return (len + NLMSG_ALIGNTO - 1) & ~(NLMSG_ALIGNTO - 1);
    }

    /**
     * The messages in {@code buf[0..len)}, in order ({@code NLMSG_OK}/{@code NLMSG_NEXT}); stops
     * at the first message whose length does not fit, as {@code NLMSG_OK} does.
     */
    public static List<RtMsg> parse(byte[] buf, int len) {
        List<RtMsg> out = new ArrayList<>();
        int off = 0;
        while (off + NLMSGHDR_SIZE <= len) {
            int msgLen = ByteBuffer.wrap(buf, off, 4).order(HOST).getInt();
            if (msgLen < NLMSGHDR_SIZE || msgLen > len - off) {
                break;
            }
            out.add(new RtMsg(Arrays.copyOfRange(buf, off, off + msgLen)));
            off += align(msgLen);
        }
        return out;
    }

    /** The message's bytes ({@code nlmsg_len} of them). */
    public byte[] bytes() {
        return b.clone();
    }

    private int u8(int off) {
        return off < b.length ? b[off] & 0xff : 0;
    }

    private int u16(int off) {
        return off + 2 <= b.length ? ByteBuffer.wrap(b, off, 2).order(HOST).getShort() & 0xffff : 0;
    }

    private int i32(int off) {
        return off + 4 <= b.length ? ByteBuffer.wrap(b, off, 4).order(HOST).getInt() : 0;
    }

    // ---- struct nlmsghdr

    /** {@code nlmsg_len}: the message's length, header included. */
    public int nlmsgLen() {
        return i32(0);
    }

    /** {@code nlmsg_type}: RTM_NEWROUTE, NLMSG_DONE, NLMSG_ERROR ... */
    public int nlmsgType() {
        return u16(NLMSGHDR_NLMSG_TYPE);
    }

    /** {@code nlmsg_flags}: NLM_F_MULTI ... */
    public int nlmsgFlags() {
        return u16(NLMSGHDR_NLMSG_FLAGS);
    }

    /** {@code nlmsg_seq}: the request's sequence number, copied into its answers. */
    public int nlmsgSeq() {
        return i32(NLMSGHDR_NLMSG_SEQ);
    }

    /** {@code nlmsg_pid}: the port id of the socket the answer is for (of the sender, in a notification). */
    public int nlmsgPid() {
        return i32(NLMSGHDR_NLMSG_PID);
    }

    /** The name of {@link #nlmsgType()}: {@code "RTM_NEWROUTE"}, or {@code "type N"}. */
    public String typeName() {
        return typeName(nlmsgType());
    }

    /** The C name of an rtnetlink or netlink message type. */
    public static String typeName(int type) {
        switch (type) {
            case NLMSG_NOOP: return "NLMSG_NOOP";
            case NLMSG_ERROR: return "NLMSG_ERROR";
            case NLMSG_DONE: return "NLMSG_DONE";
            case RTM_NEWLINK: return "RTM_NEWLINK";
            case RTM_DELLINK: return "RTM_DELLINK";
            case RTM_GETLINK: return "RTM_GETLINK";
            case RTM_NEWADDR: return "RTM_NEWADDR";
            case RTM_DELADDR: return "RTM_DELADDR";
            case RTM_GETADDR: return "RTM_GETADDR";
            case RTM_NEWROUTE: return "RTM_NEWROUTE";
            case RTM_DELROUTE: return "RTM_DELROUTE";
            case RTM_GETROUTE: return "RTM_GETROUTE";
            case RTM_NEWNEIGH: return "RTM_NEWNEIGH";
            case RTM_DELNEIGH: return "RTM_DELNEIGH";
            case RTM_GETNEIGH: return "RTM_GETNEIGH";
            default: return "type " + type;
        }
    }

    /** The size of the family header that follows the nlmsghdr in a message of {@code type}. */
    static int familyHeaderSize(int type) {
        if (type == NLMSG_ERROR) {
            return NLMSGERR_SIZE;
        }
        if (type >= RTM_NEWLINK && type <= RTM_GETLINK + 1) {
            return IFINFOMSG_SIZE;
        }
        if (type >= RTM_NEWADDR && type <= RTM_GETADDR + 1) {
            return IFADDRMSG_SIZE;
        }
        if (type >= RTM_NEWROUTE && type <= RTM_GETROUTE + 1) {
            return RTMSG_SIZE;
        }
        return 0;
    }

    /** True for the types whose family header is followed by rtattrs that this class reads. */
    private static boolean hasAttributes(int type) {
        return type >= RTM_NEWLINK && type <= RTM_GETROUTE + 1;
    }

    // ---- struct nlmsgerr (NLMSG_ERROR)

    /**
     * {@code nlmsgerr.error}: 0 for an acknowledgement, else a negative errno (the kernel's
     * answer to a request that failed: {@code -ENETUNREACH} ...).
     */
    public int error() {
        return i32(NLMSGHDR_SIZE + NLMSGERR_ERROR);
    }

    /** In an NLMSG_ERROR, the sequence number of the request it answers (from the copied header). */
    public int errorSeq() {
        return i32(NLMSGHDR_SIZE + NLMSGERR_ERROR + 4 + NLMSGHDR_NLMSG_SEQ);
    }

    // ---- struct ifinfomsg (RTM_NEWLINK, RTM_DELLINK)

    /** {@code ifi_family}. */
    public int ifiFamily() {
        return u8(NLMSGHDR_SIZE);
    }

    /** {@code ifi_type}: the ARPHRD_ hardware type. */
    public int ifiType() {
        return u16(NLMSGHDR_SIZE + IFINFOMSG_IFI_TYPE);
    }

    /** {@code ifi_index}: the interface index. */
    public int ifiIndex() {
        return i32(NLMSGHDR_SIZE + IFINFOMSG_IFI_INDEX);
    }

    /** {@code ifi_flags}: IFF_ flags (all 32 bits: IFF_LOWER_UP and IFF_DORMANT too). */
    public int ifiFlags() {
        return i32(NLMSGHDR_SIZE + IFINFOMSG_IFI_FLAGS);
    }

    /** {@code ifi_change}: the flags that changed, in a notification. */
    public int ifiChange() {
        return i32(NLMSGHDR_SIZE + IFINFOMSG_IFI_CHANGE);
    }

    // ---- struct ifaddrmsg (RTM_NEWADDR, RTM_DELADDR)

    /** {@code ifa_family}: AF_INET or AF_INET6. */
    public int ifaFamily() {
        return u8(NLMSGHDR_SIZE);
    }

    /** {@code ifa_prefixlen}: the length of the subnet prefix (the netmask, in bits). */
    public int ifaPrefixlen() {
        return u8(NLMSGHDR_SIZE + IFADDRMSG_IFA_PREFIXLEN);
    }

    /** {@code ifa_flags}: IFA_F_SECONDARY ... */
    public int ifaFlags() {
        return u8(NLMSGHDR_SIZE + IFADDRMSG_IFA_FLAGS);
    }

    /** {@code ifa_scope}: RT_SCOPE_UNIVERSE (0), RT_SCOPE_LINK (253), RT_SCOPE_HOST (254). */
    public int ifaScope() {
        return u8(NLMSGHDR_SIZE + IFADDRMSG_IFA_SCOPE);
    }

    /** {@code ifa_index}: the index of the interface that has the address. */
    public int ifaIndex() {
        return i32(NLMSGHDR_SIZE + IFADDRMSG_IFA_INDEX);
    }

    // ---- struct rtmsg (RTM_NEWROUTE, RTM_DELROUTE)

    /** {@code rtm_family}. */
    public int rtmFamily() {
        return u8(NLMSGHDR_SIZE);
    }

    /** {@code rtm_dst_len}: the destination's prefix length (0 for the default route). */
    public int rtmDstLen() {
        return u8(NLMSGHDR_SIZE + RTMSG_RTM_DST_LEN);
    }

    /** {@code rtm_src_len}. */
    public int rtmSrcLen() {
        return u8(NLMSGHDR_SIZE + RTMSG_RTM_SRC_LEN);
    }

    /** {@code rtm_table}: RT_TABLE_MAIN (254), RT_TABLE_LOCAL (255) ... (RTA_TABLE holds ids above 255). */
    public int rtmTable() {
        int table = attrInt(RTA_TABLE, -1);
        return table >= 0 ? table : u8(NLMSGHDR_SIZE + RTMSG_RTM_TABLE);
    }

    /** {@code rtm_protocol}: who added the route (RTPROT_KERNEL 2, RTPROT_BOOT 3 for ip route add ...). */
    public int rtmProtocol() {
        return u8(NLMSGHDR_SIZE + RTMSG_RTM_PROTOCOL);
    }

    /** {@code rtm_scope}. */
    public int rtmScope() {
        return u8(NLMSGHDR_SIZE + RTMSG_RTM_SCOPE);
    }

    /** {@code rtm_type}: RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST ... */
    public int rtmType() {
        return u8(NLMSGHDR_SIZE + RTMSG_RTM_TYPE);
    }

    /** {@code rtm_flags}: RTM_F_CLONED ... */
    public int rtmFlags() {
        return i32(NLMSGHDR_SIZE + RTMSG_RTM_FLAGS);
    }

    // ---- attributes (struct rtattr)

    private int[] indexAttributes() {
        int type = u16(NLMSGHDR_NLMSG_TYPE);
        if (!hasAttributes(type)) {
            return new int[0];
        }
        List<Integer> offs = new ArrayList<>();
        int end = Math.min(i32(0), b.length);
        int off = NLMSGHDR_SIZE + align(familyHeaderSize(type));
        while (off + RTATTR_SIZE <= end) {
            int rtaLen = u16(off);
            if (rtaLen < RTATTR_SIZE || off + rtaLen > end) {
                break;
            }
            offs.add(off);
            off += align(rtaLen);
        }
        return offs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The types of the attributes present, in order. */
    public int[] attrTypes() {
        int[] t = new int[attrOffsets.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = u16(attrOffsets[i] + RTATTR_RTA_TYPE) & TYPE_MASK;
        }
        return t;
    }

    /** The value ({@code RTA_DATA}, {@code RTA_PAYLOAD} bytes) of the first attribute of {@code type}; null if absent. */
    public byte[] attr(int type) {
        for (int off : attrOffsets) {
            if ((u16(off + RTATTR_RTA_TYPE) & TYPE_MASK) == type) {
                return Arrays.copyOfRange(b, off + RTATTR_SIZE, off + u16(off));
            }
        }
        return null;
    }

    /** True if the message has an attribute of {@code type}. */
    public boolean has(int type) {
        return attr(type) != null;
    }

    /** A 32-bit attribute (RTA_OIF, IFLA_MTU ...), or {@code dflt} if absent or short. */
    public int attrInt(int type, int dflt) {
        byte[] v = attr(type);
        return v != null && v.length >= 4 ? ByteBuffer.wrap(v).order(HOST).getInt() : dflt;
    }

    /** A string attribute (IFLA_IFNAME, IFA_LABEL) up to its NUL, or null if absent. */
    public String attrString(int type) {
        byte[] v = attr(type);
        return v == null ? null : CString.fromNulTerminated(v, 0, v.length);
    }

    @Override
    public String toString() {
        return typeName() + "[len=" + nlmsgLen() + ", seq=" + nlmsgSeq() + ", pid=" + nlmsgPid() + "]";
    }

    // ---- building requests

    /**
     * A request: an nlmsghdr of {@code type} and {@code flags} (NLM_F_REQUEST is added), sequence
     * number {@code seq} and port id {@code pid}, then {@code header} (the family header, padded
     * to 4 bytes), then the attributes (each made by {@link #rtattr}).
     */
    public static byte[] request(int type, int flags, int seq, int pid, byte[] header, byte[]... attrs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int len = NLMSGHDR_SIZE + align(header.length);
        for (byte[] a : attrs) {
            len += align(a.length);
        }
        ByteBuffer h = ByteBuffer.allocate(NLMSGHDR_SIZE).order(HOST);
        h.putInt(0, len);
        h.putShort(NLMSGHDR_NLMSG_TYPE, (short) type);
        h.putShort(NLMSGHDR_NLMSG_FLAGS, (short) (flags | NLM_F_REQUEST));
        h.putInt(NLMSGHDR_NLMSG_SEQ, seq);
        h.putInt(NLMSGHDR_NLMSG_PID, pid);
        out.writeBytes(h.array());
        out.writeBytes(Arrays.copyOf(header, align(header.length)));
        for (byte[] a : attrs) {
            out.writeBytes(Arrays.copyOf(a, align(a.length)));
        }
        return out.toByteArray();
    }

    /** An attribute: {@code rta_len}, {@code rta_type}, the value (unpadded; {@link #request} pads it). */
    public static byte[] rtattr(int type, byte[] value) {
        ByteBuffer a = ByteBuffer.allocate(RTATTR_SIZE + value.length).order(HOST);
        a.putShort(0, (short) (RTATTR_SIZE + value.length));
        a.putShort(RTATTR_RTA_TYPE, (short) type);
        a.position(RTATTR_SIZE);
        a.put(value);
        return a.array();
    }

    /** A {@code struct ifinfomsg} for RTM_GETLINK: family and index (0: every interface). */
    public static byte[] ifinfomsg(int family, int index) {
        ByteBuffer m = ByteBuffer.allocate(IFINFOMSG_SIZE).order(HOST);
        m.put(0, (byte) family);
        m.putInt(IFINFOMSG_IFI_INDEX, index);
        return m.array();
    }

    /** A {@code struct ifaddrmsg} for RTM_GETADDR: family (AF_UNSPEC: every family) and index. */
    public static byte[] ifaddrmsg(int family, int index) {
        ByteBuffer m = ByteBuffer.allocate(IFADDRMSG_SIZE).order(HOST);
        m.put(0, (byte) family);
        m.putInt(IFADDRMSG_IFA_INDEX, index);
        return m.array();
    }

    /** A {@code struct rtmsg} for RTM_GETROUTE: family, destination prefix length, table and flags. */
    public static byte[] rtmsg(int family, int dstLen, int table, int flags) {
        ByteBuffer m = ByteBuffer.allocate(RTMSG_SIZE).order(HOST);
        m.put(0, (byte) family);
        m.put(RTMSG_RTM_DST_LEN, (byte) dstLen);
        m.put(RTMSG_RTM_TABLE, (byte) table);
        m.putInt(RTMSG_RTM_FLAGS, flags);
        return m.array();
    }
}
