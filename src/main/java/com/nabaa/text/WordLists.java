package com.nabaa.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The project's word lists, read from the classpath beside the class that uses them: UTF-8 lines, a
 * '#' starting a comment. A list missing from the classpath is a build error, reported as such.
 */
public final class WordLists {
    private WordLists() {
    }

    /** Every line of {@code resource}, found beside {@code owner}, as written. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The lines of {@code resource} that say something: comments removed, stripped, blank ones left out. */
    public static List<String> content(Class<?> owner, String resource) {
        return lines(owner, resource).stream().map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty()).toList();
    }
}
