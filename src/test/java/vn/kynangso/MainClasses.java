package vn.kynangso;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The application's own classes, imported once for all the architecture checks of a test run. */
final class MainClasses {

    private MainClasses() {}

    private static final class Holder {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.kynangso");
    }

    static JavaClasses get() {
        return Holder.CLASSES;
    }
}
