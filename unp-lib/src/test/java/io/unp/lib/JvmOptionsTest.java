package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one table of JVM options (resource io/unp/lib/jvm-options), read in Java: by version
 * range, by kind of program, and the quiet options only when asked for. scripts/unp reads the
 * same table (unp-tests' LauncherTest checks that both give the same options).
 */
class JvmOptionsTest {
    @Test
    void versionRanges() {
        assertTrue(JvmOptions.inRange(17, "17-"));
        assertTrue(JvmOptions.inRange(25, "17-"));
        assertTrue(JvmOptions.inRange(24, "17-24"));
        assertFalse(JvmOptions.inRange(25, "17-24"));
        assertTrue(JvmOptions.inRange(25, "25"));
        assertFalse(JvmOptions.inRange(26, "25"));
        assertFalse(JvmOptions.inRange(21, "22-"));
    }

    @Test
    void java17ClientIsC1OnlyWithG1AndNoJava22Flags() {
        List<String> o = JvmOptions.of(17, JvmOptions.Role.CLIENT, true);
        assertTrue(o.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseG1GC",
                "-XX:-UsePerfData", "-Xlog:disable")), o.toString());
        assertFalse(o.contains("--enable-native-access=ALL-UNNAMED"), o.toString());
        assertFalse(o.contains("--sun-misc-unsafe-memory-access=allow"), o.toString());
    }

    @Test
    void java25ServerKeepsTheFullJitAndAllowsNativeAccess() {
        List<String> o = JvmOptions.of(25, JvmOptions.Role.SERVER, false);
        assertTrue(o.containsAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-XX:+UseSerialGC")), o.toString());
        assertFalse(o.stream().anyMatch(x -> x.startsWith("-XX:TieredStopAtLevel")), o.toString());
        assertFalse(o.contains("-Xlog:disable"), "not quiet: " + o);
    }

    @Test
    void aLightChildGetsC1OnlyAndNoneOfTheRowsForEveryone() {
        for (int v : new int[] {17, 25}) {
            assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=2000"), JvmOptions.lightChild(v));
            assertFalse(JvmOptions.of(v, JvmOptions.Role.SERVER, true).contains("-XX:Tier3BackEdgeThreshold=2000"));
        }
    }

    @Fork.LightJit
    static final class Light implements Fork.Child {
        @Override
        public void run(int[] fds) {}
    }

    static final class Plain implements Fork.Child {
        @Override
        public void run(int[] fds) {}
    }

    @Test
    void forkPutsTheLightRowsFirstSoThatTheParentsOwnOptionsWin() {
        List<String> plain = Fork.jvmPrefix(Plain.class);
        assertEquals(Fork.jvmPrefix(), plain, "a child without the mark runs with its parent's options");
        List<String> light = Fork.jvmPrefix(Light.class);
        List<String> rows = JvmOptions.lightChild(Runtime.version().feature());
        assertEquals(plain.get(0), light.get(0));
        assertTrue(light.get(0).endsWith("/bin/java"), light.toString());
        assertEquals(rows, light.subList(1, 1 + rows.size()), light.toString());
        assertEquals(plain.subList(1, plain.size()), light.subList(1 + rows.size(), light.size()), light.toString());
    }

    @Test
    void everyOptionOnceAndNoneWithBlanks() {
        for (int v : new int[] {17, 21, 22, 23, 24, 25, 26}) {
            for (JvmOptions.Role r : JvmOptions.Role.values()) {
                List<String> o = JvmOptions.of(v, r, true);
                assertEquals(o.size(), o.stream().distinct().count(), v + " " + r + ": " + o);
                assertTrue(o.stream().allMatch(x -> x.startsWith("-") && !x.contains(" ")), o.toString());
            }
        }
    }

    @Test
    void roleNames() {
        assertEquals(JvmOptions.Role.CLIENT, JvmOptions.Role.of(""));
        assertEquals(JvmOptions.Role.CLIENT, JvmOptions.Role.of(null));
        assertEquals(JvmOptions.Role.SERVER, JvmOptions.Role.of("server"));
    }
}
