package com.nabaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of the README's architecture table, read from the sources and the compiled API. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/com/nabaa");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.\\w+;", Pattern.MULTILINE);

    /** The packages (com.nabaa.x as "x", others whole) that the sources of {@code pkg} import. */
    private static Set<String> imports(String pkg) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imported = m.group(1);
                    out.add(imported.startsWith("com.nabaa.") ? imported.substring("com.nabaa.".length()).split("\\.")[0]
                            : imported);
                }
            }
        }
        out.remove(pkg);
        return out;
    }

    @Test
    void questionUsesOnlyTextNewsAndJsoup() throws IOException {
        assertThat(imports("question")).allMatch(p -> p.equals("text") || p.equals("news") || p.startsWith("java.")
                || p.startsWith("org.jsoup"), "text, news, java, jsoup");
    }

    @Test
    void neitherTextNorExtractKnowsQuestions() throws IOException {
        assertThat(imports("text")).doesNotContain("question", "answer");
        assertThat(imports("extract")).doesNotContain("question", "answer");
    }

    @Test
    void answerUsesQuestionIndexTextAndNewsOnly() throws IOException {
        assertThat(imports("answer")).filteredOn(p -> !p.contains("."))
                .isSubsetOf("question", "index", "text", "news");
    }

    @Test
    void thePublicApiOfAnswerAndQuestionShowsNoLuceneOrIndexFilterType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String pkg : List.of("answer", "question")) {
            for (Class<?> c : publicClasses(pkg)) {
                List<String> types = new ArrayList<>();
                for (Method m : c.getDeclaredMethods()) {
                    if (!Modifier.isPublic(m.getModifiers())) continue;
                    types.add(m.toGenericString());
                }
                for (Constructor<?> k : c.getDeclaredConstructors()) {
                    if (Modifier.isPublic(k.getModifiers())) types.add(k.toGenericString());
                }
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isPublic(f.getModifiers())) types.add(f.toGenericString());
                }
                if (c.isRecord()) {
                    for (RecordComponent r : c.getRecordComponents()) types.add(r.getGenericType().getTypeName());
                }
                types.stream().filter(t -> t.contains("org.apache.lucene") || t.contains("com.nabaa.index.SearchFilter"))
                        .forEach(t -> leaks.add(c.getName() + ": " + t));
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Public top-level and nested classes of a main package. */
    private static List<Class<?>> publicClasses(String pkg) throws Exception {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("target/classes/com/nabaa").resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                if (name.equals("package-info") || name.matches(".*\\$\\d+.*")) continue;
                Class<?> c = Class.forName("com.nabaa." + pkg + "." + name);
                if (Modifier.isPublic(c.getModifiers())) out.add(c);
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}
