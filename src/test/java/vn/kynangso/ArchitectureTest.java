package vn.kynangso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** UI stays in ui packages; views call services, never repositories or transactions. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = MainClasses.get();

    @Test
    void domain_and_services_import_no_ui() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                // the app shell's entry points are Vaadin's by nature
                .and()
                .doNotHaveFullyQualifiedName("vn.kynangso.Application")
                .and()
                .doNotHaveFullyQualifiedName("vn.kynangso.base.i18n.TranslationProvider")
                .and()
                .doNotHaveFullyQualifiedName("vn.kynangso.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void views_use_no_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(CLASSES);
    }

    @Test
    void views_open_no_transactions() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .beAnnotatedWith(Transactional.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.support.TransactionTemplate")
                .check(CLASSES);
    }

    /**
     * Screens carry JSR-250 annotations (read by Vaadin before a screen opens); services use
     * {@code @PreAuthorize}, one way of saying who may call them.
     */
    @Test
    void only_screens_carry_jsr250_access_annotations() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(RolesAllowed.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(PermitAll.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void services_do_not_reach_into_ui() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }
}
