package com.nabaa;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md ("A layout that shows the architecture" and the house rules) as tests,
 * over main code only. Packages of the target layout that do not exist yet (question, push, admin,
 * conversation, bot) are optional, so the rules hold before they arrive and guard them once they do.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.nabaa");

    @Test
    void telegramTypesStayInTheBotPackage() {
        noClasses().that().resideOutsideOfPackage("com.nabaa.bot..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .because("Telegram stays in bot: the core is tested without it (STYLE.md house rule 7)")
                .check(MAIN);
    }

    @Test
    void commandLineParsingStaysInTheApp() {
        noClasses().that().resideOutsideOfPackage("com.nabaa.app..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("main and the CLI are the composition root's job; the core is driven by plain calls"
                        + " (STYLE.md: app = main, CLI, runtime)")
                .check(MAIN);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("com.nabaa.app..")
                .should().dependOnClassesThat().resideInAPackage("com.nabaa.app..")
                .because("app owns and closes every resource; nothing depends on app (STYLE.md layout)")
                .check(MAIN);
    }

    @Test
    void onlyTheCompositionRootDependsOnTheBot() {
        noClasses().that().resideOutsideOfPackages("com.nabaa.bot..", "com.nabaa.app..")
                .should().dependOnClassesThat().resideInAPackage("com.nabaa.bot..")
                .because("the core does not know it is served over Telegram; nothing but app depends on bot"
                        + " (STYLE.md layout, house rule 7)")
                .check(MAIN);
    }

    @Test
    void packagesDependOnlyOnThePackagesTheLayoutAllows() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("com.nabaa..")
                .layer("config").definedBy("com.nabaa.config..")
                .layer("news").definedBy("com.nabaa.news..")
                .layer("text").definedBy("com.nabaa.text..")
                .optionalLayer("question").definedBy("com.nabaa.question..")
                .layer("extract").definedBy("com.nabaa.extract..")
                .layer("store").definedBy("com.nabaa.store..")
                .layer("index").definedBy("com.nabaa.index..")
                .layer("ingest").definedBy("com.nabaa.ingest..")
                .layer("answer").definedBy("com.nabaa.answer..")
                .optionalLayer("push").definedBy("com.nabaa.push..")
                .optionalLayer("admin").definedBy("com.nabaa.admin..")
                .layer("eval").definedBy("com.nabaa.eval..")
                .optionalLayer("conversation").definedBy("com.nabaa.conversation..")
                .optionalLayer("bot").definedBy("com.nabaa.bot..")
                .layer("app").definedBy("com.nabaa.app..")
                .ensureAllClassesAreContainedInArchitecture()

                .whereLayer("config").mayNotAccessAnyLayer()
                .whereLayer("news").mayNotAccessAnyLayer()
                .whereLayer("text").mayOnlyAccessLayers("news")
                .whereLayer("question").mayOnlyAccessLayers("text", "news")
                .whereLayer("extract").mayOnlyAccessLayers("news", "text")
                .whereLayer("store").mayOnlyAccessLayers("news")
                .whereLayer("index").mayOnlyAccessLayers("news", "text")
                .whereLayer("ingest").mayOnlyAccessLayers("news", "text", "extract", "store", "index")
                .whereLayer("answer").mayOnlyAccessLayers("question", "index", "text", "news")
                .whereLayer("push").mayOnlyAccessLayers("news", "text", "question", "store", "answer")
                .whereLayer("admin").mayOnlyAccessLayers("store", "push", "news")
                .whereLayer("eval").mayOnlyAccessLayers("answer", "question", "index", "text", "news")
                .whereLayer("conversation")
                .mayOnlyAccessLayers("news", "question", "answer", "push", "admin", "store")
                .whereLayer("bot").mayOnlyAccessLayers("config", "news", "text", "question", "extract", "store",
                        "index", "ingest", "answer", "push", "admin", "eval", "conversation")
                // app may use all of them.

                .because("package by feature, arrows are 'may depend on' (STYLE.md 'A layout that shows the"
                        + " architecture'); a new package belongs in that table and in this rule")
                .check(MAIN);
    }

    @Test
    void pushReachesTheIndexOnlyThroughTheAnsweringAndAlertApis() {
        DescribedPredicate<JavaClass> indexInternals =
                resideInAnyPackage("com.nabaa.index..", "org.apache.lucene.index..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(org.apache.lucene.index.Term.class)));
        noClasses().that().resideInAPackage("com.nabaa.push..")
                .should().dependOnClassesThat(indexInternals.as("are in com.nabaa.index or Lucene's index package"
                        + " (a query's Term excepted)"))
                .allowEmptyShould(true)
                .because("push matches topic alerts with Lucene's Monitor, whose topic queries are built from"
                        + " org.apache.lucene.search (TermQuery, BooleanQuery and their Term), but never touches the"
                        + " news index itself, com.nabaa.index, nor an index reader or writer (STYLE.md: push may use"
                        + " news, text, question, store, answer)")
                .check(MAIN);
    }

    @Test
    void mainCodeKeepsNoStateInStaticFields() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("com.nabaa..").and().areStatic()
                .should().beFinal()
                .allowEmptyShould(true)
                .because("several bot instances will run in one process, so state lives in objects that app"
                        + " owns and closes (STYLE.md: avoid static constants and singletons; house rule 6)")
                .check(MAIN);
    }

    @Test
    void staticConstantsAreNotMutableCollections() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("com.nabaa..").and().areStatic()
                .should().notHaveRawType(assignableTo(HashMap.class)
                        .or(assignableTo(HashSet.class))
                        .or(assignableTo(ArrayList.class))
                        .or(assignableTo(LinkedList.class))
                        .or(assignableTo(ArrayDeque.class))
                        .or(assignableTo(TreeMap.class))
                        .or(assignableTo(TreeSet.class))
                        .or(assignableTo(ConcurrentHashMap.class))
                        .as("a mutable java.util collection (HashMap, HashSet, ArrayList, ConcurrentHashMap, ...)"))
                .allowEmptyShould(true)
                .because("a static mutable collection is shared state between bot instances; constants are"
                        + " Map.of/List.copyOf (STYLE.md: avoid mutable static maps; house rule 4)")
                .check(MAIN);
    }

    @Test
    void sqlStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("com.nabaa.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("every SQL statement lives in store, so moving to PostgreSQL touches one package"
                        + " (STYLE.md: store = every SQL statement)")
                .check(MAIN);
    }
    @Test
    void thePublicApiOfAnswerAndQuestionShowsNoLuceneOrIndexFilterType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String pkg : List.of("answer", "question")) {
            for (Class<?> c : publicClasses(pkg)) {
                List<String> types = new ArrayList<>();
                for (Method m : c.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers())) types.add(m.toGenericString());
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
        assertThat(leaks).as("front ends never see Lucene types").isEmpty();
    }

    /** Public top-level and nested classes of a main package. */
    private static List<Class<?>> publicClasses(String pkg) {
        List<Class<?>> out = MAIN.stream().filter(c -> c.getPackageName().equals("com.nabaa." + pkg))
                .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .filter(c -> !c.isAnonymousClass())
                .<Class<?>>map(JavaClass::reflect).toList();
        assertThat(out).isNotEmpty();
        return out;
    }
}
