package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's library example is docs/example, character for character: the pom and the program
 * a reader copies are the ones {@link OutsideProjectTest} builds and runs.
 */
class ReadmeExampleTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```[a-z]*\\n(.*?)^```$");

    @Test
    void readmeShowsDocsExamplePomAndProgramAsTheyAre() throws IOException {
        Path root = Programs.root();
        List<String> blocks = codeBlocks(Files.readString(root.resolve("README.md")));
        for (String file : List.of("docs/example/pom.xml", "docs/example/src/main/java/example/FirstLine.java")) {
            assertTrue(blocks.contains(Files.readString(root.resolve(file))),
                    "README.md shows " + file + " in a code block, exactly as the file is");
        }
    }

    private static List<String> codeBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
