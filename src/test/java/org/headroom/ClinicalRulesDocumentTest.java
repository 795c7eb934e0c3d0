package org.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clinical rules are written down in the repository, and every section the code cites exists
 * there: a reader can follow each rule from the code to its threshold and source.
 */
class ClinicalRulesDocumentTest {

    private static final Path RULES = Path.of("docs/clinical-rules.md");

    @Test
    void every_section_the_code_cites_is_in_docs_clinical_rules() throws IOException {
        String rules = Files.readString(RULES);
        List<String> sections = new ArrayList<>();
        Matcher heading = Pattern.compile("(?m)^## (.+)$").matcher(rules);
        while (heading.find()) {
            sections.add(heading.group(1).strip());
        }
        List<String> missing = new ArrayList<>();
        Pattern citation = Pattern.compile("clinical-rules\\.md,\\s*((?:\"[^\"]+\"(?:,\\s*)?)+)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file).replaceAll("\\s*\\*\\s*", " ");
                assertThat(text).doesNotContain("clinical-reference.md");
                Matcher cited = citation.matcher(text);
                while (cited.find()) {
                    Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(cited.group(1));
                    while (name.find()) {
                        if (!sections.contains(name.group(1))) {
                            missing.add(file.getFileName() + ": " + name.group(1));
                        }
                    }
                }
            }
        }
        assertThat(sections).contains("Medication-overuse headache", "Chronic migraine", "MIDAS", "HIT-6", "MCID");
        assertThat(missing).isEmpty();
    }
}
