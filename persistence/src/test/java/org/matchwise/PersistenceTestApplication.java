package org.matchwise;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application that boots the persistence module for its own tests. */
@SpringBootApplication
class PersistenceTestApplication {
}
