package org.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's run command on a machine whose Java is too old: one clear line, not a stack trace. */
class BuildRequirementsTest {

    @Test
    void an_older_jdk_stops_the_build_with_one_line_naming_the_jdk_needed() throws Exception {
        Path oldJdk = olderJdk();
        assumeTrue(oldJdk != null, "no JDK older than 21 on this machine");
        ProcessBuilder maven = new ProcessBuilder("./mvnw", "-o", "-q", "validate").redirectErrorStream(true);
        maven.environment().put("JAVA_HOME", oldJdk.toString());
        Process run = maven.start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isNotZero();
        assertThat(output)
                .contains("Headroom needs a JDK 21 or newer")
                .contains("export JAVA_HOME=")
                .doesNotContain("Caused by")
                .doesNotContain("\tat ");
        assertThat(output.lines().filter(l -> !l.startsWith("WARNING")).count()).isLessThan(15);
    }

    /** A JDK 11 to 20 from the usual place, if the machine has one (Debian's default is 17). */
    private static Path olderJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> d.getFileName().toString().matches("java-(1[1-9]|20)-openjdk.*"))
                    .findFirst()
                    .orElse(null);
        }
    }
}
