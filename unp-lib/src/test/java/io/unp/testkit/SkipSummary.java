package io.unp.testkit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends each test run (a module's, or one test class's where surefire forks) with the tests
 * that were skipped and why, grouped by reason, on standard output: a run that passed with
 * tests skipped says so on the console, not only in
 * {@code target/surefire-reports}. Prints nothing when nothing was skipped. Registered for the
 * JUnit Platform (Jupiter and jqwik alike) in {@code META-INF/services}.
 *
 * <p>unp-tests gets it, and its registration, from unp-lib's test kit jar (the {@code testkit}
 * test-jar). There surefire's two JVMs (forkCount) run each test class as a test plan of its
 * own, so the list comes after each class that skipped something, with that class's tests only.
 */
public final class SkipSummary implements TestExecutionListener {
    private static final String ASSUMPTION = "Assumption failed: ";

    /** reason -> class -> the tests of that class skipped for it. */
    private final Map<String, Map<String, List<String>>> skipped = new TreeMap<>();
    private TestPlan plan;
    private int count;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record(id, "disabled: " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse(null);
            if (reason == null || reason.isBlank()) {
                reason = "skipped without a reason";
            } else if (reason.startsWith(ASSUMPTION)) {
                reason = reason.substring(ASSUMPTION.length());
            }
            record(id, reason);
        }
    }

    private synchronized void record(TestIdentifier id, String reason) {
        Optional<TestSource> source = id.getSource();
        String cls;
        String test;
        if (source.isPresent() && source.get() instanceof MethodSource m) {
            cls = m.getClassName();
            test = m.getMethodName();
            Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(id);
            if (parent.isPresent() && parent.get().getSource().equals(source)) {
                test += " " + id.getDisplayName(); // one invocation of a parameterized test or property
            }
        } else if (source.isPresent() && source.get() instanceof ClassSource c) {
            cls = c.getClassName();
            test = "(every test)";
        } else {
            cls = "";
            test = id.getDisplayName();
        }
        int tests = id.isTest() || plan == null ? 1
                : (int) Math.max(1, plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
        count += tests;
        skipped.computeIfAbsent(reason, r -> new TreeMap<>()).computeIfAbsent(cls, c -> new ArrayList<>()).add(test);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (count == 0) {
            return;
        }
        PrintStream out = System.out;
        Path dir = Path.of("").toAbsolutePath().getFileName();
        out.println();
        out.println("Skipped in " + (dir == null ? "this module" : dir) + ": " + count + (count == 1 ? " test" : " tests")
                + " (README.md, \"Running every test\", says what they need)");
        skipped.forEach((reason, classes) -> {
            out.println("  " + reason + ":");
            classes.forEach((cls, tests) -> out.println("    " + cls + (cls.isEmpty() ? "" : ": ") + String.join(", ", tests)));
        });
        out.println();
        out.flush();
        skipped.clear(); // a plan prints only its own: surefire's forks run one plan per class
        count = 0;
    }
}
