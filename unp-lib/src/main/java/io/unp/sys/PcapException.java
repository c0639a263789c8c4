package io.unp.sys;

/**
 * A libpcap call failed: libpcap reports its errors as text (its error buffer or
 * {@code pcap_geterr}), not as errno, and this carries that text and the call's name.
 */
public final class PcapException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;

    /**
     * @param call the libpcap function ("pcap_open_live", ...)
     * @param text libpcap's message
     */
    public PcapException(String call, String text) {
        super(text, null, false, ErrnoException.STACK_TRACES);
        this.call = call;
    }

    /** The failing call. */
    public String call() {
        return call;
    }
}
