package org.matchwise.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.BulkCreate;

/**
 * What imports and exports need from the applicant records, always within the caller's school; the adapter
 * delegates to the applicant feature's service, so its checks, history and audit apply to imported rows too.
 */
interface ApplicantStore {

    /** A stored applicant: its id and version (for optimistic locking), its record and its advisors' emails. */
    record Stored(long id, long version, ApplicantProfile profile, List<String> advisorEmails) {
        public Stored {
            advisorEmails = List.copyOf(advisorEmails);
        }
    }

    /**
     * The identity fields (what a roster row holds) of the caller's school's applicants among {@code externalIds},
     * by externalId, as profiles whose lists are empty: one cheap query, for deciding what a file changes.
     */
    Map<String, Stored> identities(Collection<String> externalIds);

    /** The stored applicants of the caller's school among {@code externalIds}, by externalId, complete. */
    Map<String, Stored> findByExternalIds(Collection<String> externalIds);

    /**
     * Stores new applicants, all or none, through the applicant feature's bulk path; empty when stored, else why
     * each refused one was refused, by its position in {@code batch} (nothing is stored then).
     */
    Map<Integer, String> createAll(List<BulkCreate.NewApplicant> batch);

    /** Replaces the stored record if still at its version; empty when stored, else why it was refused. */
    Optional<String> replace(Stored existing, ApplicantProfile profile);

    /** The caller's school's cohort of {@code matchYear}, ordered by family and given name. */
    List<Stored> cohort(int matchYear);
}
