package io.unp.net;

import io.unp.abi.Constants;
import io.unp.abi.Layouts;

/**
 * {@code struct sockaddr_nl} (linux/netlink.h), 12 bytes: the address of a netlink socket, the
 * Linux routing socket's address. {@code nl_pid} is the socket's port id (0 is the kernel; the
 * kernel assigns a socket its port id when it binds to 0), {@code nl_groups} a bit mask of
 * multicast groups ({@code RTMGRP_*}) to receive.
 */
public final class SockaddrNl extends SockAddr {
    /** {@code sizeof(struct sockaddr_nl)}. */
    public static final int SIZE = Layouts.SOCKADDR_NL_SIZE;

    /** A zeroed address with {@code nl_family = AF_NETLINK}: the kernel, no groups. */
    public SockaddrNl() {
        super(SIZE, Constants.AF_NETLINK);
    }

    /** An address with the given port id and group mask. */
    public static SockaddrNl of(int pid, int groups) {
        SockaddrNl nl = new SockaddrNl();
        nl.nlPid(pid);
        nl.nlGroups(groups);
        return nl;
    }

    /** {@code nl_pid}: the port id. */
    public int nlPid() {
        return i32(Layouts.SOCKADDR_NL_NL_PID);
    }

    /** Sets {@code nl_pid}. */
    public void nlPid(int pid) {
        i32(Layouts.SOCKADDR_NL_NL_PID, pid);
    }

    /** {@code nl_groups}: the multicast group mask. */
    public int nlGroups() {
        return i32(Layouts.SOCKADDR_NL_NL_GROUPS);
    }

    /** Sets {@code nl_groups}. */
    public void nlGroups(int groups) {
        i32(Layouts.SOCKADDR_NL_NL_GROUPS, groups);
    }
}
