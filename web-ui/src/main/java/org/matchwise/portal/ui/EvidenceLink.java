package org.matchwise.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.matchwise.portal.PortalPlanService;
import org.matchwise.portal.PortalViews.EvidenceView;

/**
 * A download link for one evidence file, served through the signed-in Vaadin session: each click asks
 * {@link PortalPlanService#download} again, which hands the file only to its applicant, an advisor assigned
 * to them or their school's admin. Always an attachment with its checked type and {@code nosniff}. Advisors'
 * screens may use it too.
 */
public class EvidenceLink extends Anchor {

    public EvidenceLink(PortalPlanService plans, EvidenceView file) {
        super(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            return plans.download(file.publicId())
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.name(), f.mediaType(),
                            f.content().length))
                    .orElseGet(() -> DownloadResponse.error(404));
        }), AttachmentType.DOWNLOAD, file.name());
    }
}
