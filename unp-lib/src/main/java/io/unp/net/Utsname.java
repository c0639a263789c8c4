package io.unp.net;

/**
 * {@code struct utsname}, the answer of {@code uname(2)}.
 *
 * @param sysname name of the operating system ("Linux")
 * @param nodename the node's name on the network ({@code gethostname} gives the same)
 * @param release the operating system release
 * @param version the operating system version
 * @param machine the hardware type ("x86_64")
 */
public record Utsname(String sysname, String nodename, String release, String version, String machine) {}
