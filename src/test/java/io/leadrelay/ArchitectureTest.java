package io.leadrelay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the conventions of style.md that a compiler cannot. */
@AnalyzeClasses(packages = "io.leadrelay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The engine's API stays in the process sub-packages; the domain, the web layer and intake do not know Camunda. */
    @ArchTest
    static final ArchRule engineApiOnlyInProcessPackages = noClasses()
            .that().resideOutsideOfPackage("..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    /** Dependencies come through constructors. */
    @ArchTest
    static final ArchRule noFieldInjection = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection is the convention");
}
