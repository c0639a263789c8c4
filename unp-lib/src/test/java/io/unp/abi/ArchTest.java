package io.unp.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Which platforms count as supported, from the JVM's os.name and os.arch. */
class ArchTest {

    @Test
    void linuxOnX86_64AndAarch64AreSupported() {
        assertEquals(Arch.X86_64, Arch.detect("Linux", "amd64"));
        assertEquals(Arch.X86_64, Arch.detect("Linux", "x86_64"));
        assertEquals(Arch.AARCH64, Arch.detect("Linux", "aarch64"));
        assertEquals(Arch.AARCH64, Arch.detect("Linux", "arm64"));
    }

    @Test
    void everythingElseIsNot() {
        assertEquals(Arch.UNSUPPORTED, Arch.detect("Linux", "riscv64"));
        assertEquals(Arch.UNSUPPORTED, Arch.detect("Linux", "arm"));
        assertEquals(Arch.UNSUPPORTED, Arch.detect("Linux", "x86"));
        assertEquals(Arch.UNSUPPORTED, Arch.detect("Linux", "ppc64le"));
        assertEquals(Arch.UNSUPPORTED, Arch.detect("Mac OS X", "aarch64"));
        assertEquals(Arch.UNSUPPORTED, Arch.detect("FreeBSD", "amd64"));
        assertEquals(Arch.UNSUPPORTED, Arch.detect("Windows 11", "amd64"));
    }

    @Test
    void pickTakesTheValueOfTheArchitecture() {
        assertEquals(1, Arch.X86_64.pick(1, 2));
        assertEquals(2, Arch.AARCH64.pick(1, 2));
        assertEquals(1, Arch.UNSUPPORTED.pick(1, 2), "unsupported platforms never reach native code");
    }

    @Test
    void thisMachineIsSupported() {
        // the project's machines and CI are Linux x86_64 (or aarch64); anything else is a new target
        assertNotEquals(Arch.UNSUPPORTED, Arch.CURRENT, System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        Arch.requireSupported();
    }
}
