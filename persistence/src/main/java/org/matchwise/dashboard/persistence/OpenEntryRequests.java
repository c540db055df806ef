package org.matchwise.dashboard.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open correction requests and removal notices of a scope's applicants ({@code entry_request}), newest first:
 * the verification queue's other kind of item beside {@link UnverifiedEntries}. One statement for the page, one for
 * the count; the requests themselves are worded by the applicant feature.
 */
@Repository
@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
public class OpenEntryRequests {

    /** One open request: which, whose, and when it was made. */
    public record Open(long requestId, long applicantId, Instant requestedAt) {
    }

    /** The requests found and how many there are in all. */
    public record Found(List<Open> items, long total) {
    }

    @PersistenceContext
    private EntityManager em;

    /** At most {@code limit} open requests of the scope's applicants, the most recent first. */
    public Found of(CaseloadScope scope, int limit) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.applicant_id, r.requested_at FROM entry_request r"
                + " JOIN applicant a ON a.id = r.applicant_id WHERE r.status = 'OPEN' AND r.school_id = :school AND ");
        Map<String, Object> params = new HashMap<>();
        ScopeSql.appendConditions(sql, params, scope);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (" + sql + ") c");
        sql.append(" ORDER BY r.requested_at DESC, r.id DESC");
        Query rows = em.createNativeQuery(sql.toString());
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setMaxResults(Math.max(1, limit));
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<Open> out = new ArrayList<>(found.size());
        for (Object[] r : found) {
            out.add(new Open(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), instant(r[2])));
        }
        return new Found(List.copyOf(out), ((Number) count.getSingleResult()).longValue());
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            default -> throw new IllegalStateException("not a time: " + value);
        };
    }
}
