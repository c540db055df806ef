package org.matchwise.portal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Which evidence files are accepted: PDF, PNG and JPEG, recognised by their content (magic bytes) with
 * Apache Tika's core detector, which reads only the bytes given and needs no network. The file name's
 * extension must agree with the content, so a renamed file is refused rather than served under a false type.
 */
@Component
class EvidenceTypes {

    static final Map<String, String> EXTENSIONS = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private final Tika tika = new Tika();

    /** The media type the content really has (by its bytes alone, never its name). */
    String detect(byte[] content) {
        return tika.detect(content);
    }

    boolean accepted(String mediaType) {
        return EXTENSIONS.containsValue(mediaType);
    }

    /** The media type the name claims, if its extension is one of the accepted ones. */
    Optional<String> claimedBy(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
