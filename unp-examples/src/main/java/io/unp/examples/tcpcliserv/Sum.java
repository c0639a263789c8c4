package io.unp.examples.tcpcliserv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * tcpcliserv/sum.h: the binary {@code struct args {long arg1, arg2;}} and
 * {@code struct result {long sum;}} that tcpcli09 and tcpserv09 exchange, laid out as the C
 * compiler lays them out on the host (x86_64: 8-byte longs in little-endian order), so the
 * Java and C programs talk to each other byte for byte (and, like the C, not to a host with
 * another long size or byte order: that is the lesson of section 5.18).
 */
final class Sum {
    private Sum() {}

    /** {@code struct args}. */
    static final class Args {
        /** {@code sizeof(struct args)}. */
        static final int SIZE = 2 * Long.BYTES;

        /** The structure's bytes as they travel on the wire. */
        final byte[] bytes = new byte[SIZE];

        long arg1() {
            return view().getLong(0);
        }

        long arg2() {
            return view().getLong(Long.BYTES);
        }

        void set(long arg1, long arg2) {
            view().putLong(0, arg1).putLong(Long.BYTES, arg2);
        }

        private ByteBuffer view() {
            return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        }
    }

    /** {@code struct result}. */
    static final class Result {
        /** {@code sizeof(struct result)}. */
        static final int SIZE = Long.BYTES;

        /** The structure's bytes as they travel on the wire. */
        final byte[] bytes = new byte[SIZE];

        long sum() {
            return view().getLong(0);
        }

        void sum(long sum) {
            view().putLong(0, sum);
        }

        private ByteBuffer view() {
            return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        }
    }
}
