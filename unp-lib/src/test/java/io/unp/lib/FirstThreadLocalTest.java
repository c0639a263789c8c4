package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** FirstThreadLocal behaves as a ThreadLocal for every thread, the first one included. */
@Timeout(30)
class FirstThreadLocalTest {
    private final AtomicInteger made = new AtomicInteger();
    private final ThreadLocal<int[]> local = new FirstThreadLocal<>() {
        @Override
        protected int[] initialValue() {
            made.incrementAndGet();
            return new int[1];
        }
    };

    private int[] onAnotherThread() throws InterruptedException {
        AtomicReference<int[]> seen = new AtomicReference<>();
        Thread t = new Thread(() -> {
            int[] v = local.get();
            assertSame(v, local.get());
            local.set(new int[] {7});
            seen.set(local.get());
        });
        t.start();
        t.join();
        return seen.get();
    }

    @Test
    void eachThreadHasItsOwnValueMadeOnce() throws InterruptedException {
        int[] mine = local.get();
        assertSame(mine, local.get());
        int[] theirs = onAnotherThread();
        assertNotSame(mine, theirs);
        assertEquals(7, theirs[0], "the other thread's set");
        assertSame(mine, local.get(), "the first thread's value, untouched by the other's set");
        assertEquals(2, made.get());
    }

    @Test
    void setAndRemoveByTheFirstThreadAreSeenByItsNextGet() throws InterruptedException {
        int[] first = local.get();
        int[] replaced = {42};
        local.set(replaced);
        assertSame(replaced, local.get());
        onAnotherThread();
        assertSame(replaced, local.get());
        local.remove();
        int[] fresh = local.get();
        assertNotSame(first, fresh);
        assertNotSame(replaced, fresh);
        assertEquals(0, fresh[0]);
    }

    @Test
    void aThreadOtherThanTheFirstAfterARemoveStillGetsItsOwn() throws InterruptedException {
        local.get();
        local.remove(); // the first thread gives up its place
        int[] theirs = onAnotherThread(); // may become the first now
        int[] mine = local.get();
        assertNotSame(theirs, mine);
        assertEquals(0, mine[0]);
    }
}
