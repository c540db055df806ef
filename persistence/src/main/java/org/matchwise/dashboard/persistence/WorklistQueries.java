package org.matchwise.dashboard.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RuleId;
import org.matchwise.remediation.Owner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The set-based reads behind the advisor's worklist (issue 14): one statement per kind of item over every
 * applicant of a {@link CaseloadScope}, earliest first and limited, so the cost does not grow with a query per
 * applicant. SQL text blocks mapped by {@link JdbcClient} to records; every value is bound; the scope's
 * conditions come from {@link ScopeSql} like every other dashboard query.
 */
@Repository
@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
public class WorklistQueries {

    /** An open remediation action due on or before the horizon (overdue ones included). */
    public record DueAction(long actionId, long applicantId, String givenName, String familyName,
            FlagCategory category, String title, Owner owner, LocalDate dueDate) {
    }

    /** A letter past its due date and not yet received. */
    public record LateLetter(long letterId, long applicantId, String givenName, String familyName, String writer,
            String status, LocalDate dueDate) {
    }

    /** An explanation draft the applicant submitted for review. */
    public record DraftToReview(long draftId, long applicantId, String givenName, String familyName,
            FlagCategory flagCategory, String placement, Instant updatedAt) {
    }

    /** An OPEN flag of severity HIGH. */
    public record HighFlag(long flagId, long applicantId, String givenName, String familyName, RuleId ruleId,
            FlagCategory category, LocalDate openedOn) {
    }

    private final JdbcClient jdbc;

    WorklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open (PLANNED, IN_PROGRESS) actions due on or before {@code horizon}, earliest first, at most {@code limit}. */
    public List<DueAction> dueActions(CaseloadScope scope, LocalDate horizon, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT ra.id AS action_id, a.id AS applicant_id, a.given_name, a.family_name, ra.category, ra.title,
                       ra.owner, ra.due_date
                FROM remediation_action ra
                JOIN remediation_plan p ON p.id = ra.plan_id
                JOIN applicant a ON a.id = p.applicant_id
                WHERE ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.due_date IS NOT NULL AND ra.due_date <= :horizon
                  AND %s
                ORDER BY ra.due_date, ra.id
                LIMIT :lim""".formatted(scope(scope, params));
        params.put("horizon", horizon);
        params.put("lim", limit);
        return jdbc.sql(sql).params(params).query(DueAction.class).list();
    }

    /** Letters due before {@code today} and not yet received or uploaded, earliest first. */
    public List<LateLetter> lateLetters(CaseloadScope scope, LocalDate today, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT l.id AS letter_id, a.id AS applicant_id, a.given_name, a.family_name, l.writer, l.status,
                       l.due_date
                FROM recommendation_letter l
                JOIN applicant a ON a.id = l.applicant_id
                WHERE l.due_date < :today AND l.status IN ('IDENTIFIED', 'REQUESTED', 'PROMISED')
                  AND %s
                ORDER BY l.due_date, l.id
                LIMIT :lim""".formatted(scope(scope, params));
        params.put("today", today);
        params.put("lim", limit);
        return jdbc.sql(sql).params(params).query(LateLetter.class).list();
    }

    /** Explanation drafts submitted for review, longest waiting first. */
    public List<DraftToReview> draftsToReview(CaseloadScope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT d.id AS draft_id, a.id AS applicant_id, a.given_name, a.family_name, d.flag_category,
                       d.placement, d.updated_at
                FROM explanation_draft d
                JOIN applicant a ON a.id = d.applicant_id
                WHERE d.status = 'SUBMITTED'
                  AND %s
                ORDER BY d.updated_at, d.id
                LIMIT :lim""".formatted(scope(scope, params));
        params.put("lim", limit);
        return jdbc.sql(sql).params(params).query(DraftToReview.class).list();
    }

    /**
     * OPEN HIGH flags new to someone who last looked when the largest flag id was {@code afterFlagId}, or, for
     * someone who never looked (null), opened on or after {@code openedSince}; newest first.
     */
    public List<HighFlag> newHighFlags(CaseloadScope scope, Long afterFlagId, LocalDate openedSince, int limit) {
        Map<String, Object> params = new HashMap<>();
        String since = afterFlagId != null ? "f.id > :mark" : "f.opened_on >= :since";
        String sql = """
                SELECT f.id AS flag_id, a.id AS applicant_id, a.given_name, a.family_name, f.rule_id, f.category,
                       f.opened_on
                FROM applicant_flag f
                JOIN applicant a ON a.id = f.applicant_id
                WHERE f.status = 'OPEN' AND f.severity = 'HIGH' AND %s
                  AND %s
                ORDER BY f.id DESC
                LIMIT :lim""".formatted(since, scope(scope, params));
        if (afterFlagId != null) {
            params.put("mark", afterFlagId);
        } else {
            params.put("since", openedSince);
        }
        params.put("lim", limit);
        return jdbc.sql(sql).params(params).query(HighFlag.class).list();
    }

    /** The largest flag id of the school (0 without flags): what "looked now" remembers. */
    public long latestFlagId(long schoolId) {
        return jdbc.sql("""
                SELECT COALESCE(MAX(f.id), 0) FROM applicant_flag f JOIN applicant a ON a.id = f.applicant_id
                WHERE a.school_id = :school""").param("school", schoolId).query(Long.class).single();
    }

    private static String scope(CaseloadScope scope, Map<String, Object> params) {
        StringBuilder text = new StringBuilder();
        ScopeSql.appendConditions(text, params, scope);
        return text.toString();
    }
}
