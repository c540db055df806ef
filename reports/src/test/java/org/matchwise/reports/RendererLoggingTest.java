package org.matchwise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.util.XRLog;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RendererLoggingTest {

    @Test
    void the_pdf_library_logs_warnings_but_not_its_info_lines_of_every_render() {
        new ReportRenderer().render(SampleReports.readiness(), Variant.OFFICE, Locale.US);

        // before: about ten lines per PDF ("com.openhtmltopdf.general INFO:: Using fast-mode renderer. Prepare to fly.")
        assertThat(XRLog.listRegisteredLoggers()).isNotEmpty().allSatisfy(name -> {
            assertThat(Logger.getLogger(name).isLoggable(Level.INFO)).as(name + " at INFO").isFalse();
            assertThat(Logger.getLogger(name).isLoggable(Level.WARNING)).as(name + " at WARNING").isTrue();
        });
    }
}
