package org.matchwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Log4jApiLogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Spring's lazy log messages are built only when their level is on (commons-logging.properties): Commons Logging's
 * SLF4J bridge formatted every one of them, on every call, whatever the level.
 */
class LoggingConfigurationTest {

    @Test
    void springLogsThroughTheBridgeThatChecksTheLevelFirst() {
        assertThat(LogFactory.getFactory()).isInstanceOf(Log4jApiLogFactory.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverBuilt() {
        String name = "org.springframework.security.authorization.method.Probe";
        ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.INFO);
        Log log = LogFactory.getLog(name);
        AtomicInteger built = new AtomicInteger();
        log.debug(LogMessage.of(() -> "built " + built.incrementAndGet()));
        log.trace(LogMessage.of(() -> "built " + built.incrementAndGet()));
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(built).hasValue(0);
    }
}
