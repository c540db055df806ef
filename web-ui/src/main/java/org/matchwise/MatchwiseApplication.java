package org.matchwise;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * The one clock every service reads; tests replace it to pin "today". Its zone is the office's time zone
     * ({@code matchwise.time-zone}, e.g. America/New_York; the server's when unset): days ("due today", "overdue") are
     * counted and times (the history, the access log) are shown in it.
     */
    @Bean
    Clock clock(@Value("${matchwise.time-zone:}") String zone) {
        return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
    }
}
