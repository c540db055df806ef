package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.demo.BenchmarkData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The history lists a cycle's program counts as they were at each revision (read for all revisions at once). */
@MatchwiseTest
class ApplicantHistoryTest {

    private static final String ADMIN = "admin@demo.example";

    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;

    private <T> T as(String email, Supplier<T> work) {
        var user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Cycle cycle(int year, int programs, SpecialtyApplication... more) {
        List<SpecialtyApplication> specialties = new java.util.ArrayList<>();
        specialties.add(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, programs, 2));
        specialties.addAll(List.of(more));
        return new Cycle(year, CycleOutcome.UNMATCHED, specialties);
    }

    @Test
    void a_change_of_a_cycles_program_counts_shows_the_counts_before_and_after_and_a_removed_specialty_disappears() {
        ApplicantProfile base = BenchmarkData.applicants(21, 1, 0, 1).findFirst().orElseThrow();
        SpecialtyApplication peds = new SpecialtyApplication(Specialty.PEDIATRICS, 12, 0);
        ApplicantProfile first = base.toBuilder().externalId("HISTCYC-" + UUID.randomUUID())
                .cycles(List.of(cycle(2026, 40, peds), base.cycles().getLast())).build();
        long id = ((SaveResult.Saved) as(ADMIN, () -> applicants.create(first, "advisor@demo.example"))).id();
        long version = as(ADMIN, () -> applicants.get(id)).version();
        ApplicantProfile second = first.toBuilder().cycles(List.of(cycle(2026, 55), base.cycles().getLast())).build();
        assertThat(as(ADMIN, () -> applicants.replace(id, second, version))).isInstanceOf(SaveResult.Saved.class);

        List<ApplicantViews.ChangeView> cycleChanges = as(ADMIN, () -> applicants.history(id)).changes().stream()
                .filter(c -> c.item().equals("cycles[0]")).toList();

        assertThat(cycleChanges).extracting(ApplicantViews.ChangeView::kind).containsExactly("ADDED", "CHANGED");
        assertThat(cycleChanges.getFirst().changes()).anyMatch(c -> c.startsWith("specialties: ")
                && c.contains("programsApplied=40") && c.contains("PEDIATRICS"));
        String changed = cycleChanges.getLast().changes().stream().filter(c -> c.startsWith("specialties: "))
                .findFirst().orElseThrow();
        String[] beforeAfter = changed.split(" -> ");
        assertThat(beforeAfter[0]).contains("programsApplied=40").contains("PEDIATRICS");
        assertThat(beforeAfter[1]).contains("programsApplied=55").doesNotContain("PEDIATRICS");
    }
}
