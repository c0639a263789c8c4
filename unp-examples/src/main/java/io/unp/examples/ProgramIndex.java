package io.unp.examples;

/**
 * Every program's {@code main}, called directly: starting a program needs no reflection, which
 * on Java 18 and later spins method handles at every start. Generated from the programs.tsv
 * tables by unp-tests' ProgramIndexTest ({@code UNP_WRITE_PROGRAM_INDEX=1}); do not edit.
 */
final class ProgramIndex {
    private ProgramIndex() {}

    /** Runs {@code className}'s main with {@code args}; false if the class is not a program here. */
    static boolean run(String className, String[] args) throws Exception {
        switch (className) {
            case "io.unp.examples.advio.DaytimeTcpCli":
                io.unp.examples.advio.DaytimeTcpCli.main(args);
                return true;
            case "io.unp.examples.advio.DaytimeUdpCli3":
                io.unp.examples.advio.DaytimeUdpCli3.main(args);
                return true;
            case "io.unp.examples.advio.DaytimeUdpCli4":
                io.unp.examples.advio.DaytimeUdpCli4.main(args);
                return true;
            case "io.unp.examples.advio.TcpCli01":
                io.unp.examples.advio.TcpCli01.main(args);
                return true;
            case "io.unp.examples.advio.TcpCli02":
                io.unp.examples.advio.TcpCli02.main(args);
                return true;
            case "io.unp.examples.advio.TcpServ02":
                io.unp.examples.advio.TcpServ02.main(args);
                return true;
            case "io.unp.examples.advio.UdpCli01":
                io.unp.examples.advio.UdpCli01.main(args);
                return true;
            case "io.unp.examples.advio.UdpCli02":
                io.unp.examples.advio.UdpCli02.main(args);
                return true;
            case "io.unp.examples.advio.UdpCli03":
                io.unp.examples.advio.UdpCli03.main(args);
                return true;
            case "io.unp.examples.advio.UdpServ01":
                io.unp.examples.advio.UdpServ01.main(args);
                return true;
            case "io.unp.examples.advio.UdpServ03":
                io.unp.examples.advio.UdpServ03.main(args);
                return true;
            case "io.unp.examples.advio.UdpServ04":
                io.unp.examples.advio.UdpServ04.main(args);
                return true;
            case "io.unp.examples.bcast.UdpCli01":
                io.unp.examples.bcast.UdpCli01.main(args);
                return true;
            case "io.unp.examples.bcast.UdpCli02":
                io.unp.examples.bcast.UdpCli02.main(args);
                return true;
            case "io.unp.examples.bcast.UdpCli03":
                io.unp.examples.bcast.UdpCli03.main(args);
                return true;
            case "io.unp.examples.bcast.UdpCli04":
                io.unp.examples.bcast.UdpCli04.main(args);
                return true;
            case "io.unp.examples.bcast.UdpCli05":
                io.unp.examples.bcast.UdpCli05.main(args);
                return true;
            case "io.unp.examples.bcast.UdpCli06":
                io.unp.examples.bcast.UdpCli06.main(args);
                return true;
            case "io.unp.examples.debug.Backlog":
                io.unp.examples.debug.Backlog.main(args);
                return true;
            case "io.unp.examples.icmpd.Icmpd":
                io.unp.examples.icmpd.Icmpd.main(args);
                return true;
            case "io.unp.examples.icmpd.UdpCli01":
                io.unp.examples.icmpd.UdpCli01.main(args);
                return true;
            case "io.unp.examples.inetd.DaytimeTcpSrv2":
                io.unp.examples.inetd.DaytimeTcpSrv2.main(args);
                return true;
            case "io.unp.examples.inetd.DaytimeTcpSrv3":
                io.unp.examples.inetd.DaytimeTcpSrv3.main(args);
                return true;
            case "io.unp.examples.intro.ByteOrder":
                io.unp.examples.intro.ByteOrder.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpCli":
                io.unp.examples.intro.DaytimeTcpCli.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpCli1":
                io.unp.examples.intro.DaytimeTcpCli1.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpCli2":
                io.unp.examples.intro.DaytimeTcpCli2.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpCli3":
                io.unp.examples.intro.DaytimeTcpCli3.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpCliv6":
                io.unp.examples.intro.DaytimeTcpCliv6.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpSrv":
                io.unp.examples.intro.DaytimeTcpSrv.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpSrv1":
                io.unp.examples.intro.DaytimeTcpSrv1.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpSrv2":
                io.unp.examples.intro.DaytimeTcpSrv2.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpSrv3":
                io.unp.examples.intro.DaytimeTcpSrv3.main(args);
                return true;
            case "io.unp.examples.intro.DaytimeTcpSrvv6":
                io.unp.examples.intro.DaytimeTcpSrvv6.main(args);
                return true;
            case "io.unp.examples.ioctl.Lsif01":
                io.unp.examples.ioctl.Lsif01.main(args);
                return true;
            case "io.unp.examples.ioctl.Lsif02":
                io.unp.examples.ioctl.Lsif02.main(args);
                return true;
            case "io.unp.examples.ioctl.PrIfInfo":
                io.unp.examples.ioctl.PrIfInfo.main(args);
                return true;
            case "io.unp.examples.ioctl.PrMac":
                io.unp.examples.ioctl.PrMac.main(args);
                return true;
            case "io.unp.examples.ioctl.Test1":
                io.unp.examples.ioctl.Test1.main(args);
                return true;
            case "io.unp.examples.ipopts.TcpCli01":
                io.unp.examples.ipopts.TcpCli01.main(args);
                return true;
            case "io.unp.examples.ipopts.TcpServ01":
                io.unp.examples.ipopts.TcpServ01.main(args);
                return true;
            case "io.unp.examples.libgai.Test1":
                io.unp.examples.libgai.Test1.main(args);
                return true;
            case "io.unp.examples.libgai.Testga":
                io.unp.examples.libgai.Testga.main(args);
                return true;
            case "io.unp.examples.mcast.Main":
                io.unp.examples.mcast.Main.main(args);
                return true;
            case "io.unp.examples.mcast.UdpCli01":
                io.unp.examples.mcast.UdpCli01.main(args);
                return true;
            case "io.unp.examples.mcast.UdpCli05":
                io.unp.examples.mcast.UdpCli05.main(args);
                return true;
            case "io.unp.examples.mcast.UdpCli06":
                io.unp.examples.mcast.UdpCli06.main(args);
                return true;
            case "io.unp.examples.mysdr.Main":
                io.unp.examples.mysdr.Main.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpCli":
                io.unp.examples.names.DaytimeTcpCli.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpCli1":
                io.unp.examples.names.DaytimeTcpCli1.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpCli2":
                io.unp.examples.names.DaytimeTcpCli2.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpCli3":
                io.unp.examples.names.DaytimeTcpCli3.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpSrv1":
                io.unp.examples.names.DaytimeTcpSrv1.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpSrv2":
                io.unp.examples.names.DaytimeTcpSrv2.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpSrv3":
                io.unp.examples.names.DaytimeTcpSrv3.main(args);
                return true;
            case "io.unp.examples.names.DaytimeTcpSrv4":
                io.unp.examples.names.DaytimeTcpSrv4.main(args);
                return true;
            case "io.unp.examples.names.DaytimeUdpCli1":
                io.unp.examples.names.DaytimeUdpCli1.main(args);
                return true;
            case "io.unp.examples.names.DaytimeUdpCli2":
                io.unp.examples.names.DaytimeUdpCli2.main(args);
                return true;
            case "io.unp.examples.names.DaytimeUdpSrv2":
                io.unp.examples.names.DaytimeUdpSrv2.main(args);
                return true;
            case "io.unp.examples.names.DaytimeUdpSrv3":
                io.unp.examples.names.DaytimeUdpSrv3.main(args);
                return true;
            case "io.unp.examples.names.HostEnt":
                io.unp.examples.names.HostEnt.main(args);
                return true;
            case "io.unp.examples.names.HostEnt2":
                io.unp.examples.names.HostEnt2.main(args);
                return true;
            case "io.unp.examples.names.HostEnt3":
                io.unp.examples.names.HostEnt3.main(args);
                return true;
            case "io.unp.examples.names.NetEnt":
                io.unp.examples.names.NetEnt.main(args);
                return true;
            case "io.unp.examples.names.PrMyAddrs":
                io.unp.examples.names.PrMyAddrs.main(args);
                return true;
            case "io.unp.examples.names.PrMyAddrs1":
                io.unp.examples.names.PrMyAddrs1.main(args);
                return true;
            case "io.unp.examples.names.Test1":
                io.unp.examples.names.Test1.main(args);
                return true;
            case "io.unp.examples.names.Test2":
                io.unp.examples.names.Test2.main(args);
                return true;
            case "io.unp.examples.nonblock.DaytimeTcpCli":
                io.unp.examples.nonblock.DaytimeTcpCli.main(args);
                return true;
            case "io.unp.examples.nonblock.TcpCli01":
                io.unp.examples.nonblock.TcpCli01.main(args);
                return true;
            case "io.unp.examples.nonblock.TcpCli02":
                io.unp.examples.nonblock.TcpCli02.main(args);
                return true;
            case "io.unp.examples.nonblock.TcpCli03":
                io.unp.examples.nonblock.TcpCli03.main(args);
                return true;
            case "io.unp.examples.nonblock.TcpCli04":
                io.unp.examples.nonblock.TcpCli04.main(args);
                return true;
            case "io.unp.examples.nonblock.TcpServSelect03":
                io.unp.examples.nonblock.TcpServSelect03.main(args);
                return true;
            case "io.unp.examples.nonblock.Web":
                io.unp.examples.nonblock.Web.main(args);
                return true;
            case "io.unp.examples.oob.TcpCli02":
                io.unp.examples.oob.TcpCli02.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv01":
                io.unp.examples.oob.TcpRecv01.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv02":
                io.unp.examples.oob.TcpRecv02.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv03":
                io.unp.examples.oob.TcpRecv03.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv03p":
                io.unp.examples.oob.TcpRecv03p.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv04":
                io.unp.examples.oob.TcpRecv04.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv05":
                io.unp.examples.oob.TcpRecv05.main(args);
                return true;
            case "io.unp.examples.oob.TcpRecv06":
                io.unp.examples.oob.TcpRecv06.main(args);
                return true;
            case "io.unp.examples.oob.TcpSend01":
                io.unp.examples.oob.TcpSend01.main(args);
                return true;
            case "io.unp.examples.oob.TcpSend02":
                io.unp.examples.oob.TcpSend02.main(args);
                return true;
            case "io.unp.examples.oob.TcpSend03":
                io.unp.examples.oob.TcpSend03.main(args);
                return true;
            case "io.unp.examples.oob.TcpSend04":
                io.unp.examples.oob.TcpSend04.main(args);
                return true;
            case "io.unp.examples.oob.TcpSend05":
                io.unp.examples.oob.TcpSend05.main(args);
                return true;
            case "io.unp.examples.oob.TcpSend06":
                io.unp.examples.oob.TcpSend06.main(args);
                return true;
            case "io.unp.examples.oob.TcpServ02":
                io.unp.examples.oob.TcpServ02.main(args);
                return true;
            case "io.unp.examples.ping.Main":
                io.unp.examples.ping.Main.main(args);
                return true;
            case "io.unp.examples.route.CheckUdpSum":
                io.unp.examples.route.CheckUdpSum.main(args);
                return true;
            case "io.unp.examples.route.GetRt":
                io.unp.examples.route.GetRt.main(args);
                return true;
            case "io.unp.examples.route.MyNetstat":
                io.unp.examples.route.MyNetstat.main(args);
                return true;
            case "io.unp.examples.route.PrIfIndex":
                io.unp.examples.route.PrIfIndex.main(args);
                return true;
            case "io.unp.examples.route.PrIfInfo":
                io.unp.examples.route.PrIfInfo.main(args);
                return true;
            case "io.unp.examples.route.PrIfName":
                io.unp.examples.route.PrIfName.main(args);
                return true;
            case "io.unp.examples.route.PrIfNameIndex":
                io.unp.examples.route.PrIfNameIndex.main(args);
                return true;
            case "io.unp.examples.route.RtMonitor":
                io.unp.examples.route.RtMonitor.main(args);
                return true;
            case "io.unp.examples.rtt.UdpCli01":
                io.unp.examples.rtt.UdpCli01.main(args);
                return true;
            case "io.unp.examples.select.TcpCli01":
                io.unp.examples.select.TcpCli01.main(args);
                return true;
            case "io.unp.examples.select.TcpCli02":
                io.unp.examples.select.TcpCli02.main(args);
                return true;
            case "io.unp.examples.select.TcpCli03":
                io.unp.examples.select.TcpCli03.main(args);
                return true;
            case "io.unp.examples.server.Client":
                io.unp.examples.server.Client.main(args);
                return true;
            case "io.unp.examples.server.ClientRst":
                io.unp.examples.server.ClientRst.main(args);
                return true;
            case "io.unp.examples.server.Serv00":
                io.unp.examples.server.Serv00.main(args);
                return true;
            case "io.unp.examples.server.Serv01":
                io.unp.examples.server.Serv01.main(args);
                return true;
            case "io.unp.examples.server.Serv02":
                io.unp.examples.server.Serv02.main(args);
                return true;
            case "io.unp.examples.server.Serv02m":
                io.unp.examples.server.Serv02m.main(args);
                return true;
            case "io.unp.examples.server.Serv03":
                io.unp.examples.server.Serv03.main(args);
                return true;
            case "io.unp.examples.server.Serv03m":
                io.unp.examples.server.Serv03m.main(args);
                return true;
            case "io.unp.examples.server.Serv04":
                io.unp.examples.server.Serv04.main(args);
                return true;
            case "io.unp.examples.server.Serv05":
                io.unp.examples.server.Serv05.main(args);
                return true;
            case "io.unp.examples.server.Serv06":
                io.unp.examples.server.Serv06.main(args);
                return true;
            case "io.unp.examples.server.Serv07":
                io.unp.examples.server.Serv07.main(args);
                return true;
            case "io.unp.examples.server.Serv08":
                io.unp.examples.server.Serv08.main(args);
                return true;
            case "io.unp.examples.server.Serv09":
                io.unp.examples.server.Serv09.main(args);
                return true;
            case "io.unp.examples.sigio.UdpCli01":
                io.unp.examples.sigio.UdpCli01.main(args);
                return true;
            case "io.unp.examples.sigio.UdpServ01":
                io.unp.examples.sigio.UdpServ01.main(args);
                return true;
            case "io.unp.examples.sntp.Main":
                io.unp.examples.sntp.Main.main(args);
                return true;
            case "io.unp.examples.sockopt.Checkopts":
                io.unp.examples.sockopt.Checkopts.main(args);
                return true;
            case "io.unp.examples.sockopt.Prdefaults":
                io.unp.examples.sockopt.Prdefaults.main(args);
                return true;
            case "io.unp.examples.sockopt.Rcvbuf":
                io.unp.examples.sockopt.Rcvbuf.main(args);
                return true;
            case "io.unp.examples.sockopt.Rcvbufset":
                io.unp.examples.sockopt.Rcvbufset.main(args);
                return true;
            case "io.unp.examples.sockopt.Sockopt":
                io.unp.examples.sockopt.Sockopt.main(args);
                return true;
            case "io.unp.examples.ssntp.Main":
                io.unp.examples.ssntp.Main.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TSigPipe":
                io.unp.examples.tcpcliserv.TSigPipe.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli01":
                io.unp.examples.tcpcliserv.TcpCli01.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli04":
                io.unp.examples.tcpcliserv.TcpCli04.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli05":
                io.unp.examples.tcpcliserv.TcpCli05.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli06":
                io.unp.examples.tcpcliserv.TcpCli06.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli07":
                io.unp.examples.tcpcliserv.TcpCli07.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli08":
                io.unp.examples.tcpcliserv.TcpCli08.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli09":
                io.unp.examples.tcpcliserv.TcpCli09.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli10":
                io.unp.examples.tcpcliserv.TcpCli10.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpCli11":
                io.unp.examples.tcpcliserv.TcpCli11.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServ01":
                io.unp.examples.tcpcliserv.TcpServ01.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServ02":
                io.unp.examples.tcpcliserv.TcpServ02.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServ03":
                io.unp.examples.tcpcliserv.TcpServ03.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServ04":
                io.unp.examples.tcpcliserv.TcpServ04.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServ08":
                io.unp.examples.tcpcliserv.TcpServ08.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServ09":
                io.unp.examples.tcpcliserv.TcpServ09.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServPoll01":
                io.unp.examples.tcpcliserv.TcpServPoll01.main(args);
                return true;
            case "io.unp.examples.tcpcliserv.TcpServSelect01":
                io.unp.examples.tcpcliserv.TcpServSelect01.main(args);
                return true;
            case "io.unp.examples.threads.Example01":
                io.unp.examples.threads.Example01.main(args);
                return true;
            case "io.unp.examples.threads.Example02":
                io.unp.examples.threads.Example02.main(args);
                return true;
            case "io.unp.examples.threads.Example03":
                io.unp.examples.threads.Example03.main(args);
                return true;
            case "io.unp.examples.threads.TcpCli01":
                io.unp.examples.threads.TcpCli01.main(args);
                return true;
            case "io.unp.examples.threads.TcpCli02":
                io.unp.examples.threads.TcpCli02.main(args);
                return true;
            case "io.unp.examples.threads.TcpServ01":
                io.unp.examples.threads.TcpServ01.main(args);
                return true;
            case "io.unp.examples.threads.TcpServ02":
                io.unp.examples.threads.TcpServ02.main(args);
                return true;
            case "io.unp.examples.threads.Test01":
                io.unp.examples.threads.Test01.main(args);
                return true;
            case "io.unp.examples.threads.Test02":
                io.unp.examples.threads.Test02.main(args);
                return true;
            case "io.unp.examples.threads.Test03":
                io.unp.examples.threads.Test03.main(args);
                return true;
            case "io.unp.examples.threads.Test04":
                io.unp.examples.threads.Test04.main(args);
                return true;
            case "io.unp.examples.threads.Test05":
                io.unp.examples.threads.Test05.main(args);
                return true;
            case "io.unp.examples.threads.Web01":
                io.unp.examples.threads.Web01.main(args);
                return true;
            case "io.unp.examples.threads.Web02":
                io.unp.examples.threads.Web02.main(args);
                return true;
            case "io.unp.examples.threads.Web03":
                io.unp.examples.threads.Web03.main(args);
                return true;
            case "io.unp.examples.traceroute.Main":
                io.unp.examples.traceroute.Main.main(args);
                return true;
            case "io.unp.examples.udpcksum.Main":
                io.unp.examples.udpcksum.Main.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli01":
                io.unp.examples.udpcliserv.UdpCli01.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli02":
                io.unp.examples.udpcliserv.UdpCli02.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli03":
                io.unp.examples.udpcliserv.UdpCli03.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli04":
                io.unp.examples.udpcliserv.UdpCli04.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli05":
                io.unp.examples.udpcliserv.UdpCli05.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli06":
                io.unp.examples.udpcliserv.UdpCli06.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli08":
                io.unp.examples.udpcliserv.UdpCli08.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli09":
                io.unp.examples.udpcliserv.UdpCli09.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpCli10":
                io.unp.examples.udpcliserv.UdpCli10.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpServ01":
                io.unp.examples.udpcliserv.UdpServ01.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpServ06":
                io.unp.examples.udpcliserv.UdpServ06.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpServ07":
                io.unp.examples.udpcliserv.UdpServ07.main(args);
                return true;
            case "io.unp.examples.udpcliserv.UdpServSelect01":
                io.unp.examples.udpcliserv.UdpServSelect01.main(args);
                return true;
            case "io.unp.examples.unixdomain.DaytimeTcpCli":
                io.unp.examples.unixdomain.DaytimeTcpCli.main(args);
                return true;
            case "io.unp.examples.unixdomain.DaytimeTcpSrv2":
                io.unp.examples.unixdomain.DaytimeTcpSrv2.main(args);
                return true;
            case "io.unp.examples.unixdomain.MyCat":
                io.unp.examples.unixdomain.MyCat.main(args);
                return true;
            case "io.unp.examples.unixdomain.OpenFile":
                io.unp.examples.unixdomain.OpenFile.main(args);
                return true;
            case "io.unp.examples.unixdomain.TestFcred":
                io.unp.examples.unixdomain.TestFcred.main(args);
                return true;
            case "io.unp.examples.unixdomain.Tfcred01":
                io.unp.examples.unixdomain.Tfcred01.main(args);
                return true;
            case "io.unp.examples.unixdomain.UnixBind":
                io.unp.examples.unixdomain.UnixBind.main(args);
                return true;
            case "io.unp.examples.unixdomain.UnixDgCli01":
                io.unp.examples.unixdomain.UnixDgCli01.main(args);
                return true;
            case "io.unp.examples.unixdomain.UnixDgServ01":
                io.unp.examples.unixdomain.UnixDgServ01.main(args);
                return true;
            case "io.unp.examples.unixdomain.UnixStrCli01":
                io.unp.examples.unixdomain.UnixStrCli01.main(args);
                return true;
            case "io.unp.examples.unixdomain.UnixStrServ01":
                io.unp.examples.unixdomain.UnixStrServ01.main(args);
                return true;
            case "io.unp.examples.unixdomain.UnixStrServ02":
                io.unp.examples.unixdomain.UnixStrServ02.main(args);
                return true;
            default:
                return false;
        }
    }
}
