package org.matchwise.applicant.snapshot;

import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.base.api.Limits;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the profile JSON of a stored cycle snapshot. Snapshots are written in the current
 * {@linkplain SnapshotFormat format version} ({@code {"formatVersion": 2, "profile": {...}}}); a snapshot without
 * {@code formatVersion} is version 1, the API's profile JSON of the time (profile-format.md), read with the API's
 * reader without its list limit. A snapshot that cannot be read is a {@link SnapshotRead.Unreadable} saying why,
 * never an exception.
 */
public final class SnapshotJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a stored document is ours: read what we know
            .build();

    /** Version 1 was written by the API's writer: its reader, without the API's limit on list lengths. */
    private static final ProfileJson VERSION_1 = new ProfileJson(new Limits(DataSize.ofMegabytes(2),
            DataSize.ofMegabytes(10), Integer.MAX_VALUE, Integer.MAX_VALUE));

    private SnapshotJson() {
    }

    /** The outcome of reading a stored snapshot. */
    public sealed interface SnapshotRead {

        record Read(int formatVersion, ApplicantProfile profile) implements SnapshotRead {
        }

        record Unreadable(String reason) implements SnapshotRead {
        }
    }

    /** The profile in the current format version. */
    public static String write(ApplicantProfile profile) {
        return JSON.writeValueAsString(SnapshotFormat.of(profile));
    }

    public static SnapshotRead read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return new SnapshotRead.Unreadable("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new SnapshotRead.Unreadable("not a JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            return switch (VERSION_1.read(root)) {
                case ProfileRead.Valid valid -> new SnapshotRead.Read(1, valid.profile());
                case ProfileRead.Invalid invalid -> new SnapshotRead.Unreadable("format version 1 (the API's profile"
                        + " JSON): " + invalid.problems().stream().map(p -> p.path() + " " + p.reason())
                                .reduce((a, b) -> a + "; " + b).orElse("no profile"));
            };
        }
        if (!version.isInt() || version.intValue() != SnapshotFormat.VERSION) {
            return new SnapshotRead.Unreadable("format version " + version + " is not one this build reads (1 to "
                    + SnapshotFormat.VERSION + ")");
        }
        try {
            SnapshotFormat.Document document = JSON.treeToValue(root, SnapshotFormat.Document.class);
            if (document.profile() == null) {
                return new SnapshotRead.Unreadable("format version 2 without a profile");
            }
            return new SnapshotRead.Read(SnapshotFormat.VERSION, SnapshotFormat.toProfile(document.profile()));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return new SnapshotRead.Unreadable("format version 2: " + (e instanceof JacksonException j
                    ? j.getOriginalMessage() : e.getMessage()));
        }
    }
}
