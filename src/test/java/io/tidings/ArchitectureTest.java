package io.tidings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.ConstructorCallTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The boundaries of docs/ARCHITECTURE.md, held by the build. A feature is a top-level package under
 * {@code io.tidings} (audience, segment, template, delivery, channel, ...); its {@code ui} packages are its
 * screens; {@code io.tidings.ui} holds the screen pieces several features share; {@code wiring} is the composition
 * root; {@code app} starts the desktop app and {@code cli} the command line.
 */
@AnalyzeClasses(packages = "io.tidings", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.tidings.";

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.tidings.shell..", "io.tidings.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("services, the engine and the store must run unchanged under the CLI and in tests");

    @ArchTest
    static final ArchRule theCommandLineUsesNoScreens = noClasses()
            .that().resideInAPackage("io.tidings.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "io.tidings.shell..", "io.tidings.app..")
            .because("the command line runs headless");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoScreens = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.tidings.shell..", "io.tidings.app..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "io.tidings.shell..");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().assignedFrom(new FeatureSlices())
            .should().beFreeOfCycles()
            .because("a feature that needs another's records publishes a port the other implements");

    @ArchTest
    static final ArchRule screensDoNotUseAnotherFeaturesScreens = classes()
            .that().resideInAPackage("..ui..")
            .should(new ArchCondition<JavaClass>("use no other feature's screens (the shared io.tidings.ui excepted)") {
                @Override
                public void check(JavaClass screen, ConditionEvents events) {
                    for (Dependency dependency : screen.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (isScreen(target) && !feature(target).equals("ui")
                                && !feature(target).equals(feature(screen))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes()
            .that().haveSimpleNameEndingWith("Repository").and().resideInAPackage("io.tidings..")
            .should(new ArchCondition<JavaClass>("be used only inside their own feature (and built by the root)") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                        JavaClass user = dependency.getOriginClass();
                        if (!feature(user).equals(feature(repository)) && !feature(user).equals("wiring")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule servicesAreBuiltOnlyByTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("io.tidings.wiring..")
            .should().callConstructorWhere(new DescribedPredicate<JavaAccess<ConstructorCallTarget>>(
                    "the constructed class is a service or an engine") {
                @Override
                public boolean test(JavaAccess<ConstructorCallTarget> call) {
                    JavaClass built = call.getTargetOwner();
                    String name = built.getSimpleName();
                    return !call.getOriginOwner().equals(built) && built.getPackageName().startsWith(ROOT) && !built.getPackageName().startsWith(ROOT + "shell")
                            && (name.endsWith("Service") || name.endsWith("Engine") || name.equals("SendJobs"));
                }
            })
            .because("services receive their collaborators; only io.tidings.wiring builds them");

    @ArchTest
    static final ArchRule onlyTheEntryPointsHoldTheOpenedWorkspace = noClasses()
            .that().resideOutsideOfPackages("io.tidings.wiring..", "io.tidings.app..", "io.tidings.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.tidings.wiring..")
            .because("view models and services receive the services they use, not the whole workspace");

    private static boolean isScreen(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith(ROOT) && (name.endsWith(".ui") || name.contains(".ui."));
    }

    /** The top-level package under io.tidings: the feature (or the shell, the store, the root, ...). */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** One slice for each feature's model and services, and one for its screens, so screens may sit above both. */
    private static final class FeatureSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            if (!type.getPackageName().startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            String feature = feature(type);
            return SliceIdentifier.of(isScreen(type) ? feature + " screens" : feature);
        }

        @Override
        public String getDescription() {
            return "features (each feature's screens apart from its model and services)";
        }
    }
}
