package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * unp-examples' ProgramIndex calls each program's {@code main} directly, so starting a program
 * needs no reflection (on Java 18+ reflection spins method handles: about 10 ms at every start).
 * It must name every class of the programs.tsv tables: this test builds the file those tables
 * imply and compares. {@code UNP_WRITE_PROGRAM_INDEX=1} writes it instead (after adding programs).
 */
class ProgramIndexTest {
    private static final Path EXAMPLES = Programs.root().resolve("unp-examples/src/main");
    private static final Path INDEX = EXAMPLES.resolve("java/io/unp/examples/ProgramIndex.java");

    static List<String> classesInTables() throws IOException {
        TreeSet<String> classes = new TreeSet<>();
        List<Path> tables;
        try (Stream<Path> s = Files.walk(EXAMPLES.resolve("resources/io/unp/examples"))) {
            tables = s.filter(p -> p.getFileName().toString().equals("programs.tsv")).sorted().collect(Collectors.toList());
        }
        for (Path t : tables) {
            for (String line : Files.readAllLines(t, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length >= 3 && cols[2].startsWith("io.unp.examples.")) {
                    classes.add(cols[2]);
                }
            }
        }
        return new ArrayList<>(classes);
    }

    static String expectedSource(List<String> classes) {
        StringBuilder sb = new StringBuilder();
        sb.append("package io.unp.examples;\n\n");
        sb.append("/**\n");
        sb.append(" * Every program's {@code main}, called directly: starting a program needs no reflection, which\n");
        sb.append(" * on Java 18 and later spins method handles at every start. Generated from the programs.tsv\n");
        sb.append(" * tables by unp-tests' ProgramIndexTest ({@code UNP_WRITE_PROGRAM_INDEX=1}); do not edit.\n");
        sb.append(" */\n");
        sb.append("final class ProgramIndex {\n");
        sb.append("    private ProgramIndex() {}\n\n");
        sb.append("    /** Runs {@code className}'s main with {@code args}; false if the class is not a program here. */\n");
        sb.append("    static boolean run(String className, String[] args) throws Exception {\n");
        sb.append("        switch (className) {\n");
        for (String c : classes) {
            sb.append("            case \"").append(c).append("\":\n");
            sb.append("                ").append(c).append(".main(args);\n");
            sb.append("                return true;\n");
        }
        sb.append("            default:\n");
        sb.append("                return false;\n");
        sb.append("        }\n");
        sb.append("    }\n");
        sb.append("}\n");
        return sb.toString();
    }

    @Test
    void theIndexNamesEveryProgramOfTheTables() throws IOException {
        List<String> classes = classesInTables();
        assertTrue(classes.size() > 100, "found only " + classes.size() + " programs");
        String expected = expectedSource(classes);
        if ("1".equals(System.getenv("UNP_WRITE_PROGRAM_INDEX"))) {
            Files.writeString(INDEX, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(INDEX, StandardCharsets.UTF_8),
                "ProgramIndex.java is out of date: run this test with UNP_WRITE_PROGRAM_INDEX=1");
    }
}
