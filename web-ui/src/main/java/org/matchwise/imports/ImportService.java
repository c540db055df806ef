package org.matchwise.imports;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.BulkCreate;
import org.matchwise.imports.ImportReport.Action;
import org.matchwise.imports.ImportReport.Outcome;
import org.matchwise.imports.ImportReport.RowPreview;
import org.matchwise.base.api.Limits;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports a roster CSV or a JSON array of profiles into the caller's school, all or nothing: every row is
 * validated first, and one problem anywhere rejects the file with every problem listed and nothing written.
 * Valid files are written in one transaction, so a failure half-way leaves no partial rows. Importing the
 * same file twice changes nothing: an applicant (matched on school + externalId) whose data is identical is
 * not touched at all, so it gets no new history revision.
 *
 * <p>A roster row carries identity fields only: over an existing applicant it replaces those and keeps the
 * exams, experiences, letters and cycles. A JSON profile is the whole record and replaces it.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** Applicants per chunk between two clears of the persistence context. */
    private static final int CHUNK = 5;

    private final ApplicantStore store;
    private final CurrentUser currentUser;
    private final UserRepository users;
    private final ProfileJson profiles;
    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final Limits limits;

    ImportService(ApplicantStore store, CurrentUser currentUser, UserRepository users, ProfileJson profiles,
            ObjectMapper mapper, EntityManager entityManager, Limits limits) {
        this.limits = limits;
        this.store = store;
        this.currentUser = currentUser;
        this.users = users;
        this.profiles = profiles;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    /** The roster template (header and one example row) an office fills in; see {@link RosterTemplate}. */
    @PreAuthorize("hasRole('ADMIN')")
    public String rosterTemplate() {
        return RosterTemplate.csv();
    }

    /**
     * Validates {@code content} and, unless {@code dryRun}, writes it.
     *
     * @param jsonAdvisorEmail for JSON files: the advisor of newly created applicants (a profile names none);
     *                         ignored for CSV, whose rows name their advisor
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportReport importFile(ImportFormat format, byte[] content, boolean dryRun, String jsonAdvisorEmail) {
        MatchwiseUser admin = currentUser.require();
        long started = System.nanoTime();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return ImportReport.rejected(format, dryRun, true, List.of(ImportProblem.file(
                    "The file is not UTF-8 text; save it as \"CSV UTF-8\" (or JSON in UTF-8) and try again.")));
        }
        Set<String> advisors = advisorsOf(admin.schoolId());
        List<Planned> planned = new ArrayList<>();
        switch (format) {
            case CSV -> {
                RosterCsv.Parsed parsed = RosterCsv.parse(text, advisors, limits.importRows());
                if (!parsed.problems().isEmpty()) {
                    return ImportReport.rejected(format, dryRun, parsed.unreadable(), parsed.problems());
                }
                // compare on identity fields first; load complete records only for rows that change something
                Map<String, ApplicantStore.Stored> identities = store.identities(
                        parsed.rows().stream().map(RosterRow::externalId).toList());
                List<String> changed = parsed.rows().stream().filter(r -> identities.containsKey(r.externalId()))
                        .filter(r -> !sameIdentity(r, identities.get(r.externalId()))).map(RosterRow::externalId).toList();
                Map<String, ApplicantStore.Stored> complete = lookUp(changed);
                for (RosterRow row : parsed.rows()) {
                    ApplicantStore.Stored identity = identities.get(row.externalId());
                    ApplicantStore.Stored stored = complete.getOrDefault(row.externalId(), identity);
                    planned.add(new Planned(row.row(), stored,
                            row.applyTo(stored == null ? null : stored.profile()), row.advisorEmail()));
                }
            }
            case JSON -> {
                JsonBatch.Parsed parsed = JsonBatch.parse(text, mapper, profiles, limits.importRows());
                if (!parsed.problems().isEmpty()) {
                    return ImportReport.rejected(format, dryRun, parsed.unreadable(), parsed.problems());
                }
                Map<String, ApplicantStore.Stored> existing = lookUp(List.copyOf(store.identities(
                        parsed.items().stream().map(i -> i.profile().externalId()).toList()).keySet()));
                List<ImportProblem> problems = new ArrayList<>();
                for (JsonBatch.Item item : parsed.items()) {
                    ApplicantStore.Stored stored = existing.get(item.profile().externalId());
                    if (stored == null && (jsonAdvisorEmail == null || jsonAdvisorEmail.isBlank())) {
                        problems.add(new ImportProblem(item.index(), "externalId", "is a new applicant: name their "
                                + "advisor with the advisorEmail request parameter", "[" + item.index() + "].externalId"));
                    }
                    planned.add(new Planned(item.index(), stored, item.profile(), jsonAdvisorEmail));
                }
                if (jsonAdvisorEmail != null && !jsonAdvisorEmail.isBlank()
                        && !advisors.contains(jsonAdvisorEmail.trim().toLowerCase(Locale.ROOT))) {
                    problems.add(new ImportProblem(null, "advisorEmail", "'" + jsonAdvisorEmail
                            + "' is not an advisor of your school."));
                }
                if (!problems.isEmpty()) {
                    return ImportReport.rejected(format, dryRun, false, problems);
                }
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<RowPreview> rows = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            Action action = p.action();
            switch (action) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
            }
            ApplicantProfile profile = p.profile;
            rows.add(new RowPreview(p.row, profile.externalId(), profile.name().given(), profile.name().family(),
                    profile.email(), profile.applicantType(), profile.visa(),
                    profile.medicalSchool() == null ? null : profile.medicalSchool().name(),
                    profile.medicalSchool() == null ? null : profile.medicalSchool().country(),
                    profile.matriculationDate(), profile.graduationDate(), profile.targetSpecialties(),
                    profile.matchYear(), action == Action.CREATE ? p.advisorEmail : null, action));
        }
        if (!dryRun) {
            List<ImportProblem> refused = new ArrayList<>();
            int written = 0;
            List<Planned> creates = new ArrayList<>();
            for (Planned p : planned) {
                switch (p.action()) {
                    case CREATE -> creates.add(p);
                    case UPDATE -> {
                        if (++written % CHUNK == 0) {
                            detachWritten();
                        }
                        store.replace(p.stored, p.profile).ifPresent(message -> refused.add(problem(format, p, message)));
                    }
                    case UNCHANGED -> { }
                }
            }
            if (refused.isEmpty() && !creates.isEmpty()) {
                // new applicants in one bulk create: advisors, cohorts and rule sets resolved once for the file
                detachWritten();
                Map<Integer, String> problems = store.createAll(creates.stream()
                        .map(p -> new BulkCreate.NewApplicant(p.profile, p.advisorEmail.trim())).toList());
                problems.forEach((index, message) -> refused.add(problem(format, creates.get(index), message)));
                refused.sort(Comparator.comparingInt(ImportProblem::row));
                if (log.isDebugEnabled()) {
                    log.debug("{} applicants created, {} updated, {} ms", creates.size(), written,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
            if (!refused.isEmpty()) {
                // the applicant service refused a row (a business rule, not a crash): undo the rows written so far
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return ImportReport.rejected(format, false, false, refused);
            }
        }
        log.info("{} import{} of {} applicants for school {}: {} created, {} updated, {} unchanged in {} ms", format,
                dryRun ? " preview" : "", planned.size(), admin.schoolId(), created, updated, unchanged,
                (System.nanoTime() - started) / 1_000_000);
        org.matchwise.operations.Measure.imported(format, dryRun ? Outcome.PREVIEW : Outcome.IMPORTED, planned.size());
        return new ImportReport(dryRun ? Outcome.PREVIEW : Outcome.IMPORTED, format, dryRun, created, updated,
                unchanged, rows, List.of());
    }

    private static ImportProblem problem(ImportFormat format, Planned p, String message) {
        return format == ImportFormat.CSV ? new ImportProblem(p.row, null, message)
                : new ImportProblem(p.row, null, message, "[" + p.row + "]");
    }

    /** True when the row leaves the stored identity fields as they are (so the record needs no loading). */
    private static boolean sameIdentity(RosterRow row, ApplicantStore.Stored identity) {
        return row.applyTo(identity.profile()).equals(identity.profile());
    }

    /** The complete stored records among {@code externalIds}, looked up in chunks that leave nothing attached. */
    private Map<String, ApplicantStore.Stored> lookUp(List<String> externalIds) {
        Map<String, ApplicantStore.Stored> found = new java.util.HashMap<>();
        for (int from = 0; from < externalIds.size(); from += CHUNK) {
            found.putAll(store.findByExternalIds(externalIds.subList(from, Math.min(externalIds.size(), from + CHUNK))));
            detachWritten();
        }
        return found;
    }

    /**
     * Writes what is pending and empties the persistence context. One transaction holds the whole file, and
     * without this every flush would dirty-check every applicant written so far (quadratic time); the values
     * the import keeps are immutable records, never entities, so nothing it holds goes stale.
     */
    private void detachWritten() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Who may be named as advisor: the school's enabled advisors and admins (as ApplicantService accepts). */
    private Set<String> advisorsOf(long schoolId) {
        return users.findBySchoolIdOrderByDisplayName(schoolId).stream()
                .filter(u -> (u.getRole() == Role.ADVISOR || u.getRole() == Role.ADMIN) && u.isEnabled())
                .map(u -> u.getEmail().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** One applicant of the file with what will happen to it. */
    private record Planned(int row, ApplicantStore.Stored stored, ApplicantProfile profile, String advisorEmail) {
        Action action() {
            if (stored == null) {
                return Action.CREATE;
            }
            return stored.profile().equals(profile) ? Action.UNCHANGED : Action.UPDATE;
        }
    }
}
