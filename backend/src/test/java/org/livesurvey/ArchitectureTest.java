package org.livesurvey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The package-by-feature rules of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "org.livesurvey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURE_CORES = {"org.livesurvey.paper", "org.livesurvey.taxonomy",
            "org.livesurvey.database", "org.livesurvey.search", "org.livesurvey.export", "org.livesurvey.changes",
            "org.livesurvey.ingestion"};

    private static final DescribedPredicate<JavaClass> PERSISTENCE_MAPPINGS =
            DescribedPredicate.describe("JPA entities and embeddables",
                    c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class));

    @ArchTest
    static final ArchRule controllersDoNotReachRepositories = noClasses()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("controllers call their feature's service; only services use repositories");

    @ArchTest
    static final ArchRule entitiesStayInTheirFeaturePackage = classes()
            .that(PERSISTENCE_MAPPINGS)
            .should(beUsedOnlyFromTheirOwnPackage())
            .andShould().notBePublic()
            .because("pages and JSON get records, never entities");

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeaturePackage = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should(beUsedOnlyFromTheirOwnPackage())
            .because("a feature's storage is its own business");

    @ArchTest
    static final ArchRule publicMethodsDoNotHandOutEntities = noMethods()
            .that().arePublic()
            .should().haveRawReturnType(PERSISTENCE_MAPPINGS)
            .because("entities never leave their feature");

    @ArchTest
    static final ArchRule onlyTheTaxonomyAndIngestionFeaturesUseTheIngestLibrary = noClasses()
            .that().resideOutsideOfPackages("org.livesurvey.taxonomy..", "org.livesurvey.ingestion..",
                    "org.livesurvey.ingest..")
            .should().dependOnClassesThat().resideInAPackage("org.livesurvey.ingest..")
            .because("the taxonomy feature (reading and syncing the files) and the ingestion feature (harvesting "
                    + "records into proposals, and writing accepted ones as files) are the doors between the "
                    + "application and the ingest library");

    @ArchTest
    static final ArchRule onlyTheSearchFeatureTalksToTheSearchEngine = noClasses()
            .that().resideOutsideOfPackages("org.livesurvey.search..", "org.livesurvey.embedded..")
            .should().dependOnClassesThat().resideInAnyPackage("co.elastic..", "org.elasticsearch..")
            .because("one feature owns the engine's client, so an engine change touches one package (DESIGN.md §6)");

    @ArchTest
    static final ArchRule featureCoresKnowNothingOfTheWeb = noClasses()
            .that().resideInAnyPackage(FEATURE_CORES)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..",
                    "org.springframework.http..", "jakarta.servlet..")
            .because("HTTP types stay out of domain code (STYLE.md)");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .because("nothing calls a controller but Spring MVC");

    @ArchTest
    static void theRulesSeeTheApplication(JavaClasses classes) {
        // guards against a rule passing only because the import found nothing to check
        classes().that().haveSimpleName("PaperEntity").should().beAnnotatedWith(Entity.class)
                .allowEmptyShould(false).check(classes);
        classes().that().haveSimpleName("PaperApiController").should().beAnnotatedWith(RestController.class)
                .allowEmptyShould(false).check(classes);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                target.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName()
                                .equals(target.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }
}
