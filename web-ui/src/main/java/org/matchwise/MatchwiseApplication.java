package org.matchwise;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Matchwise: case management for residency advising offices. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MatchwiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(MatchwiseApplication.class, args);
    }

    /** The one clock every service reads; tests replace it to pin "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
