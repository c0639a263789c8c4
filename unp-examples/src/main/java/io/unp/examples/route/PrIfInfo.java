package io.unp.examples.route;

/**
 * route/prifinfo: ioctl/prifinfo's program linked with the routing-socket {@code get_ifi_info}
 * ({@link GetIfiInfo}), so each interface that is up is listed with its hardware address, with
 * or without an address of the family.
 */
public final class PrIfInfo {
    private PrIfInfo() {}

    public static void main(String[] args) {
        io.unp.examples.ioctl.PrIfInfo.run(args, GetIfiInfo::GetIfiInfo);
    }
}
