package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on a fresh in-memory H2 with the demo school's accounts. The application class
 * is named explicitly: persistence's test classes (on this module's test class path for their PostgreSQL
 * support) hold a second {@code @SpringBootConfiguration} that the automatic search would also find.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MatchwiseApplication.class)
@ActiveProfiles("test")
public @interface MatchwiseTest {
}
