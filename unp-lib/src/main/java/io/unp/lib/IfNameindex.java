package io.unp.lib;

/**
 * {@code struct if_nameindex}: an interface's index and name, an element of what
 * {@link IfIndex#ifNameindex()} returns.
 */
public record IfNameindex(int ifIndex, String ifName) {}
