package org.matchwise.audit;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.matchwise.audit.persistence.AccessLogEntity;
import org.matchwise.audit.persistence.AccessLogRepository;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.base.CsvCells;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log (FERPA): every read of an applicant record, on every surface, with who, which applicant, what, when
 * and from where (client address and user agent). Services record a read after their own tenant check, in the same
 * transaction (or, inside a read-only one, in a transaction of its own, so the row is written all the same). Rows are
 * only ever added: the entity is immutable and the database refuses UPDATE and DELETE (db/vendor/*). Admins read the
 * log of their school, page by page or as CSV.
 */
@Service
public class AccessLog {

    /** One access as an admin sees it. */
    public record Entry(long userId, long applicantId, String action, Instant at) {
    }

    /**
     * Which rows to read; every condition optional (null: any).
     *
     * @param from first day, inclusive (in the application's time zone)
     * @param to   last day, inclusive
     */
    public record Query(Long applicantId, Long userId, LocalDate from, LocalDate to) {

        public static Query all() {
            return new Query(null, null, null, null);
        }
    }

    /** One row of the log with names instead of bare ids. {@code userAgent}, {@code clientIp} are null for a job. */
    public record Row(long id, Instant at, long userId, String userName, String userEmail, long applicantId,
            String applicantName, String action, String actionText, String detail, String clientIp, String userAgent) {
    }

    /** One page of rows, newest first, and how many match in all. */
    public record Page(List<Row> rows, int page, int size, long total) {
    }

    /** The CSV export: its text, or a refusal when more rows match than {@code matchwise.access-log.export-max-rows}. */
    public sealed interface Export {
        record Csv(String text, long rows) implements Export {
        }

        record TooMany(long rows, int max, String message) implements Export {
        }
    }

    static final int MAX_PAGE_SIZE = 200;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    static final List<String> CSV_COLUMNS = List.of("accessedAt", "userId", "userName", "userEmail", "applicantId",
            "applicantName", "action", "what", "detail", "clientIp", "userAgent");

    private final AccessLogRepository log;
    private final UserRepository users;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final FeatureBundlesI18NProvider text;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int exportMaxRows;

    AccessLog(AccessLogRepository log, UserRepository users, EntityManager entityManager, JdbcTemplate jdbc,
            CurrentUser currentUser, FeatureBundlesI18NProvider text, PlatformTransactionManager transactions, Clock clock,
            @Value("${matchwise.access-log.export-max-rows:100000}") int exportMaxRows) {
        this.log = log;
        this.users = users;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.text = text;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.exportMaxRows = exportMaxRows;
    }

    /**
     * Records that the caller read an applicant the caller's service has already checked: in the caller's transaction
     * when there is one, else as one INSERT committed on its own (a transaction around one statement would add only
     * its BEGIN and COMMIT).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(long applicantId, AccessAction action) {
        record(applicantId, action, null);
    }

    /** The same, saying which part where the action alone does not (an export job, an evidence file). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(long applicantId, AccessAction action, String detail) {
        MatchwiseUser user = currentUser.require();
        AccessOrigin origin = AccessOrigin.current();
        Timestamp at = Timestamp.from(clock.instant());
        // one plain INSERT in the caller's transaction (committed with the read it records, never lost on a normal
        // shutdown or lost at all once the read's answer is sent): no entity, no generated id fetched back, no flush
        // ordering, so the row costs one statement (issue 12.1's API benchmark reads through here)
        write(() -> jdbc.update(INSERT, ps -> bind(ps, user, applicantId, action, at, origin, detail)), false);
    }

    private static final String INSERT = "INSERT INTO access_log (school_id, user_id, applicant_id, action, accessed_at,"
            + " client_ip, user_agent, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Records one read of each of {@code applicantIds} (already checked by the caller's service) by the caller, in one
     * batch: a cohort export's download writes a row per applicant in the ZIP.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(Collection<Long> applicantIds, AccessAction action, String detail) {
        if (applicantIds.isEmpty()) {
            return;
        }
        MatchwiseUser user = currentUser.require();
        AccessOrigin origin = AccessOrigin.current();
        Timestamp at = Timestamp.from(clock.instant());
        write(() -> jdbc.batchUpdate(INSERT, new LinkedHashSet<>(applicantIds), 500,
                (ps, applicantId) -> bind(ps, user, applicantId, action, at, origin, detail)), true);
    }

    /** Binds one row of {@link #INSERT}. */
    private static void bind(PreparedStatement ps, MatchwiseUser user, long applicantId, AccessAction action,
            Timestamp at, AccessOrigin origin, String detail) throws SQLException {
        ps.setLong(1, user.schoolId());
        ps.setLong(2, user.id());
        ps.setLong(3, applicantId);
        ps.setString(4, action.name());
        ps.setTimestamp(5, at);
        ps.setString(6, origin.clientIp());
        ps.setString(7, origin.userAgent());
        ps.setString(8, detail);
    }

    /**
     * Runs an insert of rows: in the caller's transaction when it may write (after the rows still pending in its
     * persistence context when {@code afterPending}, so the order of ids follows time), else in a transaction of its
     * own (a read-only transaction, READ ONLY on PostgreSQL, cannot insert).
     */
    private void write(Runnable insert, boolean afterPending) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(s -> insert.run());
            return;
        }
        if (afterPending) {
            entityManager.flush();
        }
        insert.run();
    }

    /** Who accessed an applicant of the admin's school, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Entry> ofApplicant(long applicantId) {
        MatchwiseUser admin = currentUser.require();
        return log.findBySchoolIdAndApplicantIdOrderByAccessedAtAscIdAsc(admin.schoolId(), applicantId).stream()
                .map(e -> new Entry(e.getUserId(), e.getApplicantId(), e.getAction(), e.getAccessedAt()))
                .toList();
    }

    /** A page of the admin's school's log, newest first; {@code size} is kept to 1 to {@value #MAX_PAGE_SIZE}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page search(Query query, int page, int size, Locale locale) {
        MatchwiseUser admin = currentUser.require();
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        var found = log.findAll(specification(admin, query),
                PageRequest.of(Math.max(0, page), pageSize, Sort.by(Sort.Order.desc("accessedAt"), Sort.Order.desc("id"))));
        return new Page(rows(admin, found.getContent(), locale), found.getNumber(), pageSize, found.getTotalElements());
    }

    /**
     * The matching rows of the admin's school as CSV (newest first, a header row, every cell guarded against formula
     * injection like the cohort export), or a refusal when more rows match than the export allows.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Export csv(Query query, Locale locale) {
        MatchwiseUser admin = currentUser.require();
        var spec = specification(admin, query);
        long total = log.count(spec);
        if (total > exportMaxRows) {
            return new Export.TooMany(total, exportMaxRows, text.getTranslation("accesslog.export.tooMany", locale,
                    String.valueOf(total), String.valueOf(exportMaxRows)));
        }
        StringBuilder out = new StringBuilder(256 + (int) Math.min(total, 10_000) * 160);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(CSV_COLUMNS);
            int chunk = 1000;
            for (int page = 0; (long) page * chunk < total; page++) {
                var rows = log.findAll(spec, PageRequest.of(page, chunk,
                        Sort.by(Sort.Order.desc("accessedAt"), Sort.Order.desc("id")))).getContent();
                for (Row r : rows(admin, rows, locale)) {
                    printer.printRecord(java.util.stream.Stream.of(r.at().toString(), String.valueOf(r.userId()),
                            r.userName(), r.userEmail(), String.valueOf(r.applicantId()), r.applicantName(), r.action(),
                            r.actionText(), r.detail(), r.clientIp(), r.userAgent()).map(CsvCells::safe).toList());
                }
                entityManager.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export.Csv(out.toString(), total);
    }

    /** An action in words, e.g. "Viewed the profile"; an action no longer known shows as stored. */
    @PreAuthorize("isAuthenticated()")
    public String describe(String action, Locale locale) {
        try {
            AccessAction.valueOf(action);
            return text.getTranslation("accesslog.action." + action, locale);
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }

    private org.springframework.data.jpa.domain.Specification<AccessLogEntity> specification(MatchwiseUser admin, Query q) {
        Query query = q == null ? Query.all() : q;
        Instant from = query.from() == null ? null : query.from().atStartOfDay(clock.getZone()).toInstant();
        Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return AccessLogRepository.matching(admin.schoolId(), query.applicantId(), query.userId(), from, to);
    }

    private List<Row> rows(MatchwiseUser admin, List<AccessLogEntity> found, Locale locale) {
        Map<Long, UserEntity> people = new HashMap<>();
        for (UserEntity u : users.findBySchoolIdOrderByDisplayName(admin.schoolId())) {
            people.put(u.getId(), u);
        }
        Set<Long> applicantIds = new LinkedHashSet<>();
        found.forEach(e -> applicantIds.add(e.getApplicantId()));
        Map<Long, String> names = new HashMap<>();
        if (!applicantIds.isEmpty()) {
            for (Object[] r : entityManager.createQuery("select a.id, a.givenName, a.familyName from ApplicantEntity a"
                            + " where a.schoolId = :school and a.id in :ids", Object[].class)
                    .setParameter("school", admin.schoolId()).setParameter("ids", applicantIds).getResultList()) {
                names.put((Long) r[0], r[1] + " " + r[2]);
            }
        }
        return found.stream().map(e -> {
            UserEntity who = people.get(e.getUserId());
            return new Row(e.getId(), e.getAccessedAt(), e.getUserId(), who == null ? null : who.getDisplayName(),
                    who == null ? null : who.getEmail(), e.getApplicantId(), names.get(e.getApplicantId()), e.getAction(),
                    describe(e.getAction(), locale), e.getDetail(), e.getClientIp(), e.getUserAgent());
        }).toList();
    }
}
