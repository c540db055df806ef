package org.matchwise.applicant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.assessment.api.AssessmentDocument;
import org.matchwise.assessment.persistence.AssessmentRecordEntity;
import org.matchwise.assessment.persistence.AssessmentRecordRepository;
import org.matchwise.explanation.persistence.ExplanationDraftRepository;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.ManualFlag;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.persistence.FlagEntity;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.flags.FlagStatus;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flag lifecycle: after every change to an applicant's data the assessment is recomputed with the
 * school's rule set for the applicant's match year; rules that now fire open a flag (or refresh the open
 * one), flags whose rule no longer fires close with today's date, and manual flags pass through. Nothing is
 * deleted. Each recomputation is stored with the rule-set version that produced it.
 */
@Component
class Assessments {

    /** An assessment and the rule set that produced it. */
    record Assessed(Assessment assessment, RuleSet ruleSet) {
    }

    private final RuleSetStore ruleSets;
    private final FlagRepository flags;
    private final AssessmentRecordRepository records;
    private final ExplanationDraftRepository explanations;
    private final Clock clock;

    Assessments(RuleSetStore ruleSets, FlagRepository flags, AssessmentRecordRepository records,
            ExplanationDraftRepository explanations, Clock clock) {
        this.ruleSets = ruleSets;
        this.flags = flags;
        this.records = records;
        this.explanations = explanations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Recomputes, brings the stored flags in line and stores the assessment (unless identical to the latest). */
    @Transactional(propagation = Propagation.MANDATORY)
    Assessed reassess(ApplicantEntity applicant, Long actorId) {
        LocalDate today = today();
        RuleSet ruleSet = ruleSets.current(applicant.getSchoolId(), applicant.getMatchYear(), actorId);
        List<FlagEntity> active = flags.findByApplicantIdAndStatusNot(applicant.getId(), FlagStatus.CLOSED);
        List<ManualFlag> manual = active.stream().filter(f -> f.getRule() == RuleId.R18)
                .map(f -> new ManualFlag(f.getSeverity(), f.getMessage(), null, f.getOpenedOn())).toList();
        Assessment assessment = org.matchwise.operations.Measure.assessment("stored", () -> Assessor.assess(
                applicant.toProfile(), ruleSet, today, manual, explanations.explanationStatusOf(applicant.getId()),
                Locale.ENGLISH, submitted(applicant)));

        Map<RuleId, FlagEntity> open = new EnumMap<>(RuleId.class);
        active.stream().filter(f -> f.getRule() != RuleId.R18).forEach(f -> open.put(f.getRule(), f));
        int version = ruleSet.identity().version();
        for (Flag flag : assessment.flags()) {
            if (flag.rule() == RuleId.R18) {
                continue;
            }
            FlagEntity existing = open.remove(flag.rule());
            if (existing == null) {
                flags.save(FlagEntity.detected(applicant.getId(), flag, today, version));
            } else {
                existing.refresh(flag, version);
            }
        }
        open.values().forEach(f -> f.close(today));

        String document = AssessmentDocument.json(assessment);
        boolean same = records.findFirstByApplicantIdOrderByAssessedAtDescIdDesc(applicant.getId())
                .map(r -> r.getDocument().equals(document)).orElse(false);
        if (!same) {
            records.save(new AssessmentRecordEntity(applicant.getId(), clock.instant(), today, assessment.matchYear(),
                    version, assessment.readiness().verdict().name(), document));
        }
        return new Assessed(assessment, ruleSet);
    }

    /** Whether the applicant's cycle of their current match year has been submitted (or closed). */
    private static boolean submitted(ApplicantEntity applicant) {
        return applicant.getCycles().stream().anyMatch(c -> c.getMatchYear() == applicant.getMatchYear()
                && c.getStatus() != CycleStatus.OPEN);
    }

    /**
     * {@link #reassess} for an applicant created in this transaction, with the rule set already resolved: such an
     * applicant has no stored flag, explanation draft or assessment yet, so the three look-ups of
     * {@code reassess} are known to find nothing and are skipped, and what is stored is the same (every fired
     * rule but R18 opens a flag today; the assessment is recorded). Lets a bulk create assess without a query per
     * applicant, so nothing forces a flush of the batch in between.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Assessed assessNew(ApplicantEntity applicant, RuleSet ruleSet) {
        LocalDate today = today();
        Assessment assessment = org.matchwise.operations.Measure.assessment("new", () -> Assessor.assess(
                applicant.toProfile(), ruleSet, today, List.of(), new EnumMap<>(FlagCategory.class), Locale.ENGLISH));
        int version = ruleSet.identity().version();
        for (Flag flag : assessment.flags()) {
            if (flag.rule() != RuleId.R18) {
                flags.save(FlagEntity.detected(applicant.getId(), flag, today, version));
            }
        }
        records.save(new AssessmentRecordEntity(applicant.getId(), clock.instant(), today, assessment.matchYear(),
                version, assessment.readiness().verdict().name(), AssessmentDocument.json(assessment)));
        return new Assessed(assessment, ruleSet);
    }

}
