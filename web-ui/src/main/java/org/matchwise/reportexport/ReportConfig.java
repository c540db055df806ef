package org.matchwise.reportexport;

import org.matchwise.reports.ReportRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared renderer: it is thread-safe and keeps its templates and font metrics cached. */
@Configuration(proxyBeanMethods = false)
class ReportConfig {

    @Bean
    ReportRenderer reportRenderer() {
        return new ReportRenderer();
    }
}
