package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.AI_PASSIVE;
import static io.unp.abi.Constants.EAI_SERVICE;

import io.unp.net.AddrInfo;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrUn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** {@code ga_aistruct} ({@code libgai/ga_aistruct.c}): one new answer at the end of the list. */
final class GaAistruct {
    private GaAistruct() {}

    /**
     * {@code ga_aistruct} for AF_INET and AF_INET6: appends an entry with the hints' socket type
     * and protocol and a socket address holding {@code addr} (4 or 16 bytes, network order) and
     * port 0. With no socket type in the hints the entry is marked {@link AiNode#AI_CLONE}, for
     * {@code ga_port} to fill in.
     *
     * @return 0 (C's only other answer is EAI_MEMORY)
     */
    static int gaAistruct(List<AiNode> list, AddrInfo hintsp, byte[] addr, int family) {
        AiNode ai = newEntry(list, hintsp);
        ai.aiFamily = family;
        ai.aiAddr = family == AF_INET ? SockaddrIn.of(addr, 0) : SockaddrIn6.of(addr, 0);
        return 0;
    }

    /**
     * {@code ga_aistruct} for AF_LOCAL, the book's extension: the socket address is
     * {@code path}, with {@code ai_addrlen} the whole {@code sizeof(struct sockaddr_un)} as in C.
     * For a passive socket the path is removed first, so that {@code bind} can create it
     * (failure to remove it is ignored).
     *
     * @return 0, or EAI_SERVICE when the path does not fit in {@code sun_path}
     */
    static int gaAistruct(List<AiNode> list, AddrInfo hintsp, String path) {
        if (path.getBytes(StandardCharsets.UTF_8).length >= SockaddrUn.PATH_MAX) {
            return EAI_SERVICE;
        }
        AiNode ai = newEntry(list, hintsp);
        ai.aiFamily = AF_LOCAL;
        SockaddrUn unp = SockaddrUn.of(path);
        unp.setLen(SockaddrUn.SIZE);
        ai.aiAddr = unp;
        if ((hintsp.aiFlags() & AI_PASSIVE) != 0) {
            unlink(path);
        }
        return 0;
    }

    private static AiNode newEntry(List<AiNode> list, AddrInfo hintsp) {
        AiNode ai = new AiNode();
        list.add(ai);
        if ((ai.aiSocktype = hintsp.aiSocktype()) == 0) {
            ai.aiFlags |= AiNode.AI_CLONE;
        }
        ai.aiProtocol = hintsp.aiProtocol();
        return ai;
    }

    /** {@code unlink(2)} of a file, ignoring failure; never removes a directory. */
    private static void unlink(String path) {
        try {
            Path p = Path.of(path);
            if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | InvalidPathException | SecurityException e) {
            // the book ignores this failure too: bind will report the path if it matters
        }
    }
}
