package org.borealis.fabric.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/architecture.md} true: every {@code org.borealis...Class} and
 * {@code Class#method} it names must exist (fabric's test class path holds every module).
 */
class ArchitectureDocTest {

    private static final Pattern NAME = Pattern.compile("`(org\\.borealis\\.[A-Za-z0-9_.]+?)(?:#([A-Za-z0-9_]+))?`");

    @Test
    void everyNamedClassAndMethodExists() throws Exception {
        Path doc = Path.of("..", "docs", "architecture.md");
        assertThat(doc).exists();
        String text = Files.readString(doc);
        Matcher m = NAME.matcher(text);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        while (m.find()) {
            checked++;
            String className = m.group(1);
            String method = m.group(2);
            Class<?> c;
            try {
                c = Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(className);
                continue;
            }
            if (method != null && !hasMethod(c, method)) {
                missing.add(className + "#" + method);
            }
        }
        assertThat(checked).as("names found in architecture.md").isGreaterThan(20);
        assertThat(missing).as("names in docs/architecture.md that do not exist").isEmpty();
    }

    @Test
    void bothFlowsAreWrittenDown() throws Exception {
        String text = Files.readString(Path.of("..", "docs", "architecture.md"));
        assertThat(text).contains("## The write path").contains("## The read path");
    }

    private static boolean hasMethod(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (Arrays.stream(k.getDeclaredMethods()).map(Method::getName).anyMatch(name::equals)) {
                return true;
            }
        }
        return Arrays.stream(c.getMethods()).map(Method::getName).anyMatch(name::equals);
    }
}
