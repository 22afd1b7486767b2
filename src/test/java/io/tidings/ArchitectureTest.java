package io.tidings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one dependency rule: nothing below the UI knows JavaFX; the CLI knows no UI. */
@AnalyzeClasses(packages = "io.tidings", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.tidings.shell..", "io.tidings.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("services, the engine and the store must run unchanged under the CLI, the server and tests");

    @ArchTest
    static final ArchRule theCommandLineUsesNoScreens = noClasses()
            .that().resideInAPackage("io.tidings.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "io.tidings.shell..")
            .because("the command line runs headless");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoScreens = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.tidings.shell..", "io.tidings.app..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "io.tidings.shell..");
}
