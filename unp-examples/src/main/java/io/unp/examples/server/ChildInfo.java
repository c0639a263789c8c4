package io.unp.examples.server;

/**
 * server/child.h: what serv05's parent keeps about each preforked child ({@code Child} in C;
 * renamed because {@link io.unp.lib.Fork.Child} is the child's code).
 */
final class ChildInfo {
    /** Process ID. */
    int childPid;
    /** Parent's stream pipe to/from child. */
    int childPipefd;
    /** 0 = ready. */
    int childStatus;
    /** Number of connections handled. */
    long childCount;
}
