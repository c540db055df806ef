package org.matchwise.ruleset;

import java.time.Clock;
import java.util.Optional;
import org.matchwise.ruleset.json.RuleSetJson;
import org.matchwise.ruleset.persistence.RuleSetEntity;
import org.matchwise.ruleset.persistence.RuleSetRepository;
import org.matchwise.school.persistence.SchoolRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule sets each school stores per match year. Services call it after their own tenant checks; it takes
 * the school id from them, never from a request.
 */
@Component
public class RuleSetStore {

    private final RuleSetRepository ruleSets;
    private final SchoolRepository schools;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    RuleSetStore(RuleSetRepository ruleSets, SchoolRepository schools, Clock clock, PlatformTransactionManager transactions) {
        this.ruleSets = ruleSets;
        this.schools = schools;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The school's latest rule set for the year, if it stored one. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<RuleSet> latest(long schoolId, int matchYear) {
        return ruleSets.findFirstBySchoolIdAndMatchYearOrderByVersionNumberDesc(schoolId, matchYear)
                .map(e -> RuleSetJson.read(e.getDocument()));
    }

    /**
     * The rule set that assesses the school's applicants for the year: the latest stored one; else a copy of
     * the school's nearest earlier year ("a new match year starts as a copy of the last"), else the defaults,
     * stored then as version 1 so every assessment names a version that can be re-read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RuleSet current(long schoolId, int matchYear, Long actorId) {
        Optional<RuleSet> stored = latest(schoolId, matchYear);
        if (stored.isPresent()) {
            return stored.get();
        }
        String school = schoolName(schoolId);
        RuleSet first = ruleSets.findBySchoolIdOrderByMatchYearAscVersionNumberAsc(schoolId).stream()
                .filter(e -> e.getMatchYear() < matchYear)
                .reduce((a, b) -> b)
                .map(e -> RuleSetJson.read(e.getDocument()).copyForMatchYear(matchYear))
                .orElseGet(() -> RuleSet.defaults(matchYear))
                .withIdentity(new RuleSetIdentity(school, matchYear, 1));
        RuleSetEntity entity = new RuleSetEntity(schoolId, matchYear, 1, RuleSetJson.write(first), clock.instant(), actorId);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a read-only caller (the worklist of a school's year that has no rule set yet): PostgreSQL refuses an
            // INSERT in a read-only transaction (H2 let it pass), so the first version is stored in its own
            ownTransaction.executeWithoutResult(status -> ruleSets.saveAndFlush(entity));
        } else {
            ruleSets.saveAndFlush(entity);
        }
        return first;
    }

    /** Stores an edited rule set as the next version of the school's year and returns it with its identity. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RuleSet storeNextVersion(long schoolId, int matchYear, RuleSet edited, Long actorId) {
        int next = ruleSets.findFirstBySchoolIdAndMatchYearOrderByVersionNumberDesc(schoolId, matchYear)
                .map(e -> e.getVersionNumber() + 1).orElse(1);
        RuleSet versioned = edited.withIdentity(new RuleSetIdentity(schoolName(schoolId), matchYear, next));
        ruleSets.saveAndFlush(new RuleSetEntity(schoolId, matchYear, next, RuleSetJson.write(versioned), clock.instant(), actorId));
        return versioned;
    }

    /** A stored version, to re-read an old assessment. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<RuleSet> version(long schoolId, int matchYear, int version) {
        return ruleSets.findBySchoolIdAndMatchYearAndVersionNumber(schoolId, matchYear, version)
                .map(e -> RuleSetJson.read(e.getDocument()));
    }

    private String schoolName(long schoolId) {
        return schools.findById(schoolId).map(s -> s.getName()).orElseThrow();
    }
}
