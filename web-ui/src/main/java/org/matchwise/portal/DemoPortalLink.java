package org.matchwise.portal;

import java.time.Clock;
import java.time.LocalDate;
import org.matchwise.MatchwiseProperties;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.flags.FlagStatus;
import org.matchwise.plan.persistence.RemediationPlanEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.remediation.CycleDates;
import org.matchwise.remediation.RemediationCatalogue;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.account.Role;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the embedded demo, makes sure the demo applicant account (applicant@demo.example, Dana Reyes) is linked
 * to her record DEMO-001 once the demo cohort is loaded (the loader links it too), so signing in as her opens
 * her own progress, and gives her a starting plan from the remediation catalogue. Does nothing when the
 * demo is off, the record is missing, or either side is already linked. Off in tests, whose contexts link
 * accounts of their own.
 */
@Component
@Order(40)
@Profile("!test")
class DemoPortalLink implements ApplicationRunner {

    static final String SCHOOL = "Demo School of Medicine";
    static final String EMAIL = "applicant@demo.example";
    static final String RECORD = "DEMO-001";
    private static final Logger log = LoggerFactory.getLogger(DemoPortalLink.class);

    private final MatchwiseProperties properties;
    private final SchoolRepository schools;
    private final UserRepository users;
    private final ApplicantRepository applicants;
    private final RemediationPlanRepository plans;
    private final FlagRepository flags;
    private final Clock clock;

    DemoPortalLink(MatchwiseProperties properties, SchoolRepository schools, UserRepository users,
            ApplicantRepository applicants, RemediationPlanRepository plans, FlagRepository flags, Clock clock) {
        this.properties = properties;
        this.schools = schools;
        this.users = users;
        this.applicants = applicants;
        this.plans = plans;
        this.flags = flags;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        var school = schools.findByName(SCHOOL);
        var account = users.findByEmail(UserEntity.normalizeEmail(EMAIL))
                .filter(u -> u.getRole() == Role.APPLICANT && school.isPresent() && u.getSchoolId().equals(school.get().getId()));
        if (account.isEmpty()) {
            return;
        }
        long userId = account.get().getId();
        applicants.findBySchoolIdAndExternalId(school.get().getId(), RECORD).ifPresent(a -> {
            if (a.getUserId() == null && applicants.findByUserId(userId).isEmpty()) {
                a.linkUser(userId);
                log.info("Demo: linked {} to record {}", EMAIL, RECORD);
            }
            if (a.getUserId() != null && a.getUserId() == userId
                    && plans.findByApplicantIdAndMatchYear(a.getId(), a.getMatchYear()).isEmpty()) {
                plans.save(demoPlan(a.getId(), a.getMatchYear()));
                log.info("Demo: a starting remediation plan for {}", RECORD);
            }
        });
    }

    /** A plan from the remediation catalogue's suggestions for her open flags, so "My plan" has something to show. */
    private RemediationPlanEntity demoPlan(long applicantId, int matchYear) {
        MatchCalendar calendar = MatchCalendar.defaults(matchYear);
        CycleDates dates = new CycleDates(calendar.erasOpens(), calendar.applicantsMaySubmit(), calendar.programsOpen(),
                LocalDate.now(clock));
        RemediationPlanEntity plan = new RemediationPlanEntity(applicantId, matchYear, clock.instant(), null);
        RemediationCatalogue catalogue = RemediationCatalogue.defaults();
        flags.findByApplicantIdAndStatusNot(applicantId, FlagStatus.CLOSED).stream()
                .map(f -> f.getCategory()).filter(c -> c != FlagCategory.PROFESSIONALISM).distinct()
                .flatMap(c -> catalogue.suggest(c, dates).stream().limit(2))
                .forEach(s -> plan.addAction(s.category(), s.title(), s.owner(), s.due()));
        return plan;
    }
}
