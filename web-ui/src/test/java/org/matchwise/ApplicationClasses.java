package org.matchwise;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's own classes (every module's main code, no tests, no test jars) as ArchUnit imports them, once
 * per test JVM: the import reads and resolves thousands of classes (about 20 s of a loaded build machine), and
 * {@code ArchitectureTest} and {@code LabelSourceTest} read the same set.
 */
public final class ApplicationClasses {

    private static JavaClasses classes;

    private ApplicationClasses() {
    }

    public static synchronized JavaClasses get() {
        if (classes == null) {
            ImportOption noTestJars = location -> !location.contains("-tests.jar") && !location.contains("/test-classes/");
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(noTestJars).importPackages("org.matchwise");
        }
        return classes;
    }
}
