package io.unp.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What this machine's /etc/hosts says about a name, so tests can check the resolver against it. */
record EtcHosts(String address, List<String> names) {
    /** The first IPv4 line of /etc/hosts naming {@code name}, or null. */
    static EtcHosts firstIpv4Line(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/hosts"))) {
                int hash = line.indexOf('#');
                String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                if (f.length >= 2 && f[0].contains(".") && !f[0].contains(":")
                        && Arrays.asList(f).subList(1, f.length).contains(name)) {
                    return new EtcHosts(f[0], List.of(Arrays.copyOfRange(f, 1, f.length)));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The canonical name: the first name on the line. */
    String canonical() {
        return names.get(0);
    }
}
