package io.unp.net;

/**
 * The two strings {@code getnameinfo} fills in: the host (name or numeric address) and the
 * service (name or numeric port). A part that was not asked for (length 0, C's NULL buffer)
 * is null.
 *
 * @param host the host buffer's text
 * @param serv the service buffer's text
 */
public record NameInfo(String host, String serv) {}
