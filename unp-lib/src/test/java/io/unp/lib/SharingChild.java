package io.unp.lib;

import static io.unp.abi.Constants.F_SETLK;
import static io.unp.abi.Constants.F_WRLCK;
import static io.unp.abi.Constants.MAP_SHARED;
import static io.unp.abi.Constants.O_RDWR;
import static io.unp.abi.Constants.PROT_READ;
import static io.unp.abi.Constants.PROT_WRITE;
import static io.unp.abi.Constants.SEEK_SET;

import io.unp.abi.Flock;
import io.unp.sys.ErrnoException;
import io.unp.sys.Mapping;
import io.unp.sys.Sys;

/**
 * The child side of {@link SharingLibTest}: a separate JVM started with posix_spawn, which
 * inherits the test's descriptors, as a forked child does. {@code <case> <fd>...}; results go
 * into the shared memory (slot numbers in the cases), where the parent reads them.
 */
public final class SharingChild {
    private SharingChild() {}

    public static void main(String[] args) {
        int fd = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "counter" -> { // add 1000 to slot 0, then report the value seen in slot 1
                SharedMemory shm = SharedMemory.attach(fd);
                shm.putLong(0, shm.getLong(0) + 1000);
                shm.putLong(2, shm.getLong(1));
            }
            case "devzero" -> { // what a C child would do after fork, but in a new program
                int z = Sys.open("/dev/zero", O_RDWR, 0);
                Mapping m = Sys.mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, z, 0);
                Sys.close(z);
                SharedMemory shm = SharedMemory.attach(fd);
                shm.putLong(0, m.getLong(0)); // the parent stored 42 in its own /dev/zero mapping
                m.putLong(0, 99);
            }
            case "mutex" -> { // slot 8: trylock result; then block in lock; slot 9: got it
                SharedMemory shm = SharedMemory.attach(fd);
                SharedMutex mx = SharedMutex.at(shm.mapping(), 0);
                shm.putLong(8, mx.tryLock() ? 1 : 2);
                mx.lock();
                shm.putLong(9, System.nanoTime());
                mx.unlock();
            }
            case "fcntl" -> { // args: lockfile fd; slot 0: errno of F_SETLK, slot 1: F_GETLK's pid
                SharedMemory shm = SharedMemory.attach(Integer.parseInt(args[2]));
                try {
                    Sys.fcntl(fd, F_SETLK, new Flock(F_WRLCK, SEEK_SET, 0, 0));
                    shm.putLong(0, 0);
                } catch (ErrnoException e) {
                    shm.putLong(0, e.code());
                }
                Flock probe = new Flock(F_WRLCK, SEEK_SET, 0, 0);
                Sys.fcntl(fd, io.unp.abi.Constants.F_GETLK, probe);
                shm.putLong(1, probe.lPid());
                shm.putLong(2, probe.lType());
            }
            case "burn" -> { // spend 0.2 s more CPU, report its whole CPU (us) in slot 0, then wait to be reaped
                SharedMemory shm = SharedMemory.attach(fd);
                double start = cpu(Sys.getrusage(io.unp.abi.Constants.RUSAGE_SELF));
                long x = 0;
                while (cpu(Sys.getrusage(io.unp.abi.Constants.RUSAGE_SELF)) - start < 0.2) {
                    for (int i = 0; i < 100_000; i++) {
                        x += x * 31 + 7;
                    }
                }
                shm.putLong(1, x);
                shm.putLong(0, (long) (cpu(Sys.getrusage(io.unp.abi.Constants.RUSAGE_SELF)) * 1e6));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        Sys.exitImmediately(0);
    }

    static double cpu(io.unp.abi.Rusage r) {
        return r.userSeconds() + r.sysSeconds();
    }
}
