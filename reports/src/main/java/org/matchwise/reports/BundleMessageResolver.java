package org.matchwise.reports;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves Thymeleaf {@code #{...}} expressions from the shared report bundle ({@link ReportMessages}). */
final class BundleMessageResolver extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return ReportMessages.format(ReportMessages.bundle(context.getLocale()), context.getLocale(), key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        // visible in the PDF, and caught by the test that no report contains "??"
        return "??" + key + "??";
    }
}
