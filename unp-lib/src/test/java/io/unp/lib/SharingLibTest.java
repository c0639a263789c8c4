package io.unp.lib;

import static io.unp.abi.Constants.F_GETLK;
import static io.unp.abi.Constants.F_SETLKW;
import static io.unp.abi.Constants.F_UNLCK;
import static io.unp.abi.Constants.F_WRLCK;
import static io.unp.abi.Constants.MAP_SHARED;
import static io.unp.abi.Constants.O_CREAT;
import static io.unp.abi.Constants.O_RDWR;
import static io.unp.abi.Constants.PROT_READ;
import static io.unp.abi.Constants.PROT_WRITE;
import static io.unp.abi.Constants.RUSAGE_CHILDREN;
import static io.unp.abi.Constants.RUSAGE_SELF;
import static io.unp.abi.Constants.SEEK_SET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.abi.Flock;
import io.unp.abi.Rusage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Mapping;
import io.unp.sys.Sys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 27's shared memory, record locks and CPU accounting across processes: each test starts
 * {@link SharingChild} as a separate JVM with posix_spawn, so it inherits the test's descriptors
 * exactly as a forked child of a book server does.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SharingLibTest {

    /** Starts SharingChild with {@code args} (inheriting every descriptor) and waits for it; its exit status. */
    private static int child(String... args) {
        List<String> env = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            env.add(e.getKey() + "=" + e.getValue());
        }
        int pid = Sys.posixSpawnp(ChildJvm.javaCommand(SharingChild.class, args), env, new int[0]);
        int[] status = new int[1];
        assertEquals(pid, Sys.waitpid(pid, status, 0));
        return status[0];
    }

    @Test
    void aChildJvmMapsTheSameMemoryThroughTheInheritedDescriptor() {
        SharedMemory shm = SharedMemory.create(64);
        try {
            assertEquals(64, Sys.fstatSize(shm.fd()));
            assertEquals(0, shm.getLong(0), "new memory reads as zeros");
            shm.putLong(0, 5);
            shm.putLong(1, 77);
            assertEquals(0, child("counter", Integer.toString(shm.fd())));
            assertEquals(1005, shm.getLong(0), "the child's store is seen by the parent");
            assertEquals(77, shm.getLong(2), "and the parent's by the child");
        } finally {
            Sys.munmap(shm.mapping());
            Sys.close(shm.fd());
        }
    }

    @Test
    void devZeroMappedBeforeTheForkIsNotSharedWithAChildJvm() {
        // the C idiom (mmap of /dev/zero, MAP_SHARED, then fork) cannot work across exec: the
        // child's mmap of /dev/zero is new memory, and the parent's store never reaches it
        int z = Sys.open("/dev/zero", O_RDWR, 0);
        Mapping mine = Sys.mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, z, 0);
        Sys.close(z);
        SharedMemory report = SharedMemory.create(8);
        try {
            mine.putLong(0, 42);
            report.putLong(0, -1);
            assertEquals(0, child("devzero", Integer.toString(report.fd())));
            assertEquals(0, report.getLong(0), "the child saw zeros, not the parent's 42");
            assertEquals(42, mine.getLong(0), "and its store of 99 did not reach the parent");
        } finally {
            Sys.munmap(mine);
            Sys.munmap(report.mapping());
            Sys.close(report.fd());
        }
    }

    @Test
    void aProcessSharedMutexExcludesAnotherJvmUntilUnlocked() throws Exception {
        SharedMemory shm = SharedMemory.create(128);
        try {
            PthreadMutexattr attr = new PthreadMutexattr();
            Pthread.pthreadMutexattrSetpshared(attr, Pthread.PTHREAD_PROCESS_SHARED);
            SharedMutex mx = SharedMutex.init(shm.mapping(), 0, attr);
            mx.lock();
            Thread t = new Thread(() -> child("mutex", Integer.toString(shm.fd())));
            t.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (shm.getLong(8) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2, shm.getLong(8), "the child's trylock found it held (EBUSY)");
            Thread.sleep(300);
            assertEquals(0, shm.getLong(9), "the child still waits in pthread_mutex_lock");
            long unlocked = System.nanoTime();
            mx.unlock();
            t.join(30_000);
            assertTrue(shm.getLong(9) >= unlocked, "the child got the lock after the parent let it go");
            assertTrue(mx.tryLock(), "and released it again");
            mx.unlock();
            mx.destroy();
        } finally {
            Sys.munmap(shm.mapping());
            Sys.close(shm.fd());
        }
    }

    @Test
    void mutexErrorsComeBackAsTheReturnedNumberAndAMutexMustLieInsideTheMapping() {
        SharedMemory shm = SharedMemory.create(64);
        try {
            Sys.setErrno(0);
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.pthreadMutexInit(shm.mapping(), 0, 7));
            assertEquals(Errno.EINVAL.code(), e.code(), "pthread_mutexattr_setpshared(7)");
            assertEquals(0, Sys.errno(), "the pthread calls leave errno alone");
            assertThrows(IndexOutOfBoundsException.class, () -> WrapLib.Pthread_mutex_init(shm.mapping(), 60, null));

            SharedMutex mx = WrapLib.Pthread_mutex_init(shm.mapping(), 0, null);
            WrapLib.Pthread_mutex_lock(mx);
            assertTrue(!mx.tryLock(), "held");
            WrapLib.Pthread_mutex_unlock(mx);
            assertTrue(mx.tryLock(), "free again");
            mx.unlock();
        } finally {
            Sys.munmap(shm.mapping());
            Sys.close(shm.fd());
        }
    }

    @Test
    void fcntlRecordLockBelongsToTheProcessAndFGetlkNamesTheOwner() throws Exception {
        String name = Sys.mktemp("/tmp/unp-lock.XXXXXX");
        int fd = Sys.open(name, O_CREAT | io.unp.abi.Constants.O_WRONLY, Unp.FILE_MODE);
        Sys.unlink(name);
        SharedMemory shm = SharedMemory.create(32);
        try {
            Sys.fcntl(fd, F_SETLKW, new Flock(F_WRLCK, SEEK_SET, 0, 0));
            Flock mine = new Flock(F_WRLCK, SEEK_SET, 0, 0);
            Sys.fcntl(fd, F_GETLK, mine);
            assertEquals(F_UNLCK, mine.lType(), "our own lock never conflicts with us");

            assertEquals(0, child("fcntl", Integer.toString(fd), Integer.toString(shm.fd())));
            assertEquals(Errno.EAGAIN.code(), shm.getLong(0), "another process (same open file) is refused");
            assertEquals(Sys.getpid(), shm.getLong(1), "F_GETLK names the holder");
            assertEquals(F_WRLCK, shm.getLong(2));

            Sys.fcntl(fd, F_SETLKW, new Flock(F_UNLCK, SEEK_SET, 0, 0));
            assertEquals(0, child("fcntl", Integer.toString(fd), Integer.toString(shm.fd())));
            assertEquals(0, shm.getLong(0), "once released, the child gets it");
        } finally {
            Sys.close(fd);
            Sys.munmap(shm.mapping());
            Sys.close(shm.fd());
        }
    }

    @Test
    void mktempReplacesTheXsAndRefusesABadTemplate() {
        String name = Sys.mktemp("/tmp/lock.XXXXXX");
        assertTrue(name.matches("/tmp/lock\\.[A-Za-z0-9]{6}"), name);
        assertNotEquals("/tmp/lock.XXXXXX", name);
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.mktemp("/tmp/lock.XXX"));
        assertEquals(Errno.EINVAL.code(), e.code());
        assertEquals(Errno.EINVAL.code(), Sys.errno());
    }

    @Test
    void mktempWrapperEndsTheProgramWithTheBooksMessage() throws Exception {
        ChildJvm.Result r = ChildJvm.run(ChildJvm.javaCommand(ExitChild.class, "mktemp-bad"));
        assertEquals("mktemp error\n", r.err());
        assertEquals("mktemp-bad: exit 1\n", r.out());
    }

    @Test
    void getrusageCountsThisProcessAndOnlyTheChildrenWaitedFor() throws Exception {
        // this process: the same CPU time the kernel shows in /proc/self/stat (clock ticks)
        Rusage self = Sys.getrusage(RUSAGE_SELF);
        double procStat = procStatCpu("self");
        Rusage after = Sys.getrusage(RUSAGE_SELF);
        assertTrue(procStat >= SharingChild.cpu(self) - 0.02 && procStat <= SharingChild.cpu(after) + 0.02,
                self + " <= " + procStat + " <= " + after);
        assertTrue(self.ruMaxrss() > 1000, "max RSS in kilobytes: " + self.ruMaxrss());

        // a child: counted once it has been waited for, not while it is a zombie
        SharedMemory shm = SharedMemory.create(16);
        try {
            double before = SharingChild.cpu(Sys.getrusage(RUSAGE_CHILDREN));
            List<String> env = new ArrayList<>();
            System.getenv().forEach((k, v) -> env.add(k + "=" + v));
            int pid = Sys.posixSpawnp(ChildJvm.javaCommand(SharingChild.class, "burn", Integer.toString(shm.fd())),
                    env, new int[0]);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
            while (state(pid) != 'Z' && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals('Z', state(pid), "the child ended");
            double childCpu = shm.getLong(0) / 1e6;
            assertTrue(childCpu >= 0.2, "the child's own count: " + childCpu);
            assertEquals(before, SharingChild.cpu(Sys.getrusage(RUSAGE_CHILDREN)), 1e-9, "a zombie is not counted yet");
            assertEquals(pid, Sys.waitpid(pid, null, 0));
            double grew = SharingChild.cpu(Sys.getrusage(RUSAGE_CHILDREN)) - before;
            assertTrue(grew >= childCpu - 0.01, "once waited for, all its CPU is: " + grew + " >= " + childCpu);
        } finally {
            Sys.munmap(shm.mapping());
            Sys.close(shm.fd());
        }
    }

    /** utime + stime of /proc/PID/stat, in seconds (USER_HZ 100). */
    private static double procStatCpu(String pid) throws java.io.IOException {
        String[] f = statFields(pid);
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /** The fields of /proc/PID/stat after the command name: [0] is the state. */
    private static String[] statFields(String pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static char state(int pid) throws java.io.IOException {
        return statFields(Integer.toString(pid))[0].charAt(0);
    }

    @Test
    void anUnmappedMappingRefusesAccessInsteadOfCrashing() {
        SharedMemory shm = SharedMemory.create(16);
        Sys.munmap(shm.mapping());
        Sys.close(shm.fd());
        assertThrows(IllegalStateException.class, () -> shm.getLong(0));
        assertThrows(ErrnoException.class, () -> Sys.munmap(shm.mapping()));
        SharedMemory other = SharedMemory.create(16);
        try {
            assertThrows(IndexOutOfBoundsException.class, () -> other.getLong(2));
        } finally {
            Sys.munmap(other.mapping());
            Sys.close(other.fd());
        }
    }
}
