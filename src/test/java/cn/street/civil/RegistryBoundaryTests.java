package cn.street.civil;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Beyond {@link ModularityTests}: no module touches another module's entities or repositories, whatever
 * package they sit in, and the published packages of the registry and the standards hold no entity, repository
 * or service.
 */
class RegistryBoundaryTests {

	static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.street.civil");

	@Test
	void noModuleUsesAnotherModulesEntitiesOrRepositories() {
		ModularityTests.MODULES.forEach(module -> persistenceOf(module).check(PRODUCTION));
	}

	@Test
	void theRegistryApiPackageHoldsOnlyApiTypes() {
		apiOnly("cn.street.civil.household").check(PRODUCTION);
	}

	@Test
	void theStandardsApiPackageHoldsOnlyApiTypes() {
		apiOnly("cn.street.civil.standard").check(PRODUCTION);
	}

	/** A module's base package that is its published API: no entity, repository, service or controller. */
	private static ArchRule apiOnly(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage)
			.should()
			.beAnnotatedWith(Entity.class)
			.orShould()
			.beAssignableTo(Repository.class)
			.orShould()
			.beAnnotatedWith(org.springframework.stereotype.Service.class)
			.orShould()
			.beAnnotatedWith(org.springframework.stereotype.Controller.class);
	}

	@Test
	void aProgrammeHoldingARegistryEntityIsRefused() {
		JavaClasses withViolation = new ClassFileImporter().importPackages("cn.street.civil.household",
				"cn.street.civil.archfixture");
		ApplicationModule registry = ModularityTests.MODULES.getModuleByName("household").orElseThrow();
		assertThatThrownBy(() -> persistenceOf(registry).check(withViolation)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("ReachesIntoTheRegistry")
			.hasMessageContaining("household.internal.Person");
	}

	/** Two rules, since ArchUnit's {@code annotatedWith(…).or(assignableTo(…))} keeps only the second predicate. */
	private static ArchRule persistenceOf(ApplicationModule module) {
		String inside = module.getBasePackage().getName() + "..";
		ArchRule entities = noClasses().that(not(resideInAPackage(inside)))
			.should()
			.dependOnClassesThat(are(resideInAPackage(inside)).and(annotatedWith(Entity.class)))
			.as("no module outside " + module.getDisplayName() + " uses its entities")
			.allowEmptyShould(true);
		ArchRule repositories = noClasses().that(not(resideInAPackage(inside)))
			.should()
			.dependOnClassesThat(are(resideInAPackage(inside)).and(assignableTo(Repository.class)))
			.as("no module outside " + module.getDisplayName() + " uses its repositories")
			.allowEmptyShould(true);
		return CompositeArchRule.of(entities).and(repositories);
	}

}
