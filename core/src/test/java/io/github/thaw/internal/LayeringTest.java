package io.github.thaw.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of core, as CONTRIBUTING.md states it: a package never imports one above it.
 * From the bottom: the foundation {@code internal}; {@code model}; {@code internal.io}, the strict
 * reader and problem lists that the file readers and the problem-reporting packages share; {@code
 * internal.index}, the index engine, which takes a method as numbers and names no API type; {@code
 * index}; {@code scenario}; {@code forecast}; then {@code sensitivity} and {@code io} side by side;
 * and {@code report} on top while it still lives in core.
 */
class LayeringTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.thaw");
  }

  @Test
  void theMainCodeIsImported() {
    // Guards the rules below against passing on an empty import.
    org.assertj.core.api.Assertions.assertThat(core.contain(SharedSecrets.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(core.contain(LayeringTest.class)).isFalse();
  }

  @Test
  void noPackagesFormACycle() {
    slices().matching("io.github.thaw.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void noPackageUsesOneAboveIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("io.github.thaw..")
        .withOptionalLayers(true)
        .layer("Foundation")
        .definedBy("io.github.thaw.internal")
        .layer("Model")
        .definedBy("io.github.thaw.model")
        .layer("Reading")
        .definedBy("io.github.thaw.internal.io")
        .layer("Engine")
        .definedBy("io.github.thaw.internal.index")
        .layer("Index")
        .definedBy("io.github.thaw.index")
        .layer("Scenario")
        .definedBy("io.github.thaw.scenario")
        .layer("Forecast")
        .definedBy("io.github.thaw.forecast")
        .layer("Sensitivity")
        .definedBy("io.github.thaw.sensitivity")
        .layer("Files")
        .definedBy("io.github.thaw.io")
        .layer("Report")
        .definedBy("io.github.thaw.report")
        .whereLayer("Foundation")
        .mayNotAccessAnyLayer()
        .whereLayer("Model")
        .mayOnlyAccessLayers("Foundation")
        .whereLayer("Reading")
        .mayOnlyAccessLayers("Foundation", "Model")
        .whereLayer("Engine")
        .mayOnlyAccessLayers("Foundation", "Model", "Reading")
        .whereLayer("Index")
        .mayOnlyAccessLayers("Foundation", "Model", "Reading", "Engine")
        .whereLayer("Scenario")
        .mayOnlyAccessLayers("Foundation", "Model", "Reading", "Engine", "Index")
        .whereLayer("Forecast")
        .mayOnlyAccessLayers("Foundation", "Model", "Reading", "Engine", "Index", "Scenario")
        .whereLayer("Sensitivity")
        .mayOnlyAccessLayers(
            "Foundation", "Model", "Reading", "Engine", "Index", "Scenario", "Forecast")
        .whereLayer("Files")
        .mayOnlyAccessLayers(
            "Foundation", "Model", "Reading", "Engine", "Index", "Scenario", "Forecast")
        .check(core);
  }

  @Test
  void onlyTheHatchHandsOnInternals() {
    // The foundation names no API type, so the only way an API class's private views reach an
    // engine is the access it installs in SharedSecrets: ProcessModel (its graph, timeline and
    // arrays) and IndexMethod (its translation into the engine's spec), nobody else.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("io.github.thaw.model.ProcessModel")
        .and()
        .doNotHaveFullyQualifiedName("io.github.thaw.model.ProcessModel$1")
        .should()
        .callMethod(SharedSecrets.class, "setModelAccess", SharedSecrets.ModelAccess.class)
        .check(core);
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("io.github.thaw.index.IndexMethod")
        .should()
        .callMethod(SharedSecrets.class, "setIndexAccess", SharedSecrets.IndexAccess.class)
        .check(core);
  }

  @Test
  void noPackageReachesAnotherByReflection() {
    // report's run-time check for the optional chart libraries leaves core with the report module.
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.thaw.report..")
        .should()
        .callMethod(Class.class, "forName", String.class)
        .orShould()
        .callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
        .orShould()
        .callMethod(Class.class, "forName", Module.class, String.class)
        .check(core);
  }
}
