package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_LOCAL;

import io.unp.net.SockAddr;
import java.util.List;

/** {@code ga_clone} ({@code libgai/ga_clone.c}): a copy of an answer, for a second socket type. */
final class GaClone {
    private GaClone() {}

    /**
     * {@code ga_clone}: inserts a copy of {@code list.get(i)} right after it, with no flags
     * (so not AI_CLONE) and no canonical name, and returns the copy.
     */
    static AiNode gaClone(List<AiNode> list, int i) {
        AiNode ai = list.get(i);
        AiNode copy = new AiNode();
        copy.aiFlags = 0;
        copy.aiFamily = ai.aiFamily;
        copy.aiSocktype = ai.aiSocktype;
        copy.aiProtocol = ai.aiProtocol;
        copy.aiCanonname = null;
        copy.aiAddr = sameType(ai);
        list.add(i + 1, copy);
        return copy;
    }

    /** A copy of the entry's socket address, of the same class ({@code sockaddr_in} stays one). */
    private static SockAddr sameType(AiNode ai) {
        switch (ai.aiFamily) {
            case AF_INET:
                return ai.aiAddr.asIn();
            case AF_INET6:
                return ai.aiAddr.asIn6();
            case AF_LOCAL:
                return ai.aiAddr.asUn();
            default:
                return ai.aiAddr.copy();
        }
    }
}
