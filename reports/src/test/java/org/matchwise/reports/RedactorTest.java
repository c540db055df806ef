package org.matchwise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void theOfficeCopyIsTheModelUnchanged() {
        ProgressSummary model = SampleReports.progress();
        assertThat(Redactor.forVariant(model, Variant.OFFICE)).isSameAs(model);
    }

    @Test
    void theApplicantCopyEmptiesEveryAdvisorPrivateComponentAtAnyDepth() throws Exception {
        for (Record model : List.<Record>of(SampleReports.progress(), SampleReports.readiness())) {
            AtomicInteger privateInOriginal = new AtomicInteger();
            visitPrivate(model, value -> {
                if (!isEmpty(value)) {
                    privateInOriginal.incrementAndGet();
                }
            });
            assertThat(privateInOriginal.get()).as("the sample must hold private content to prove anything").isGreaterThan(2);

            Record applicantCopy = model instanceof ProgressSummary p
                    ? Redactor.forVariant(p, Variant.APPLICANT)
                    : Redactor.forVariant((ReadinessReport) model, Variant.APPLICANT);
            visitPrivate(applicantCopy, value -> assertThat(isEmpty(value)).as("private value left: %s", value).isTrue());
        }
    }

    @Test
    void theApplicantCopyKeepsEverythingThatIsNotPrivate() {
        ProgressSummary original = SampleReports.progress();
        ProgressSummary copy = Redactor.forVariant(original, Variant.APPLICANT);

        assertThat(copy.applicant()).isEqualTo(original.applicant());
        assertThat(copy.exams()).isEqualTo(original.exams());
        assertThat(copy.sharedNotes()).isEqualTo(original.sharedNotes());
        assertThat(copy.openFlags()).extracting(FlagLine::summary).isEqualTo(original.openFlags().stream().map(FlagLine::summary).toList());
        assertThat(copy.openFlags().get(2).evidence().getFirst().description()).isEqualTo("Leave of absence, 11 Jan 2021 to 30 Jun 2021");
        assertThat(copy.letters()).extracting(LetterLine::writer).contains("Dr. Margaret O'Connell");
        assertThat(copy.letters()).extracting(LetterLine::strength).containsOnlyNulls();
        assertThat(copy.privateNotes()).isEmpty();
    }

    record PrimitiveSecret(@AdvisorPrivate int score) {
    }

    @Test
    void aPrivateMarkOnAPrimitiveIsRejectedBecauseItCannotBeEmptied() {
        assertThatThrownBy(() -> Redactor.forVariant(new PrimitiveSecret(3), Variant.APPLICANT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("score");
    }

    private interface ValueCheck {
        void check(Object value);
    }

    private static void visitPrivate(Object value, ValueCheck check) throws Exception {
        if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(record);
                if (c.isAnnotationPresent(AdvisorPrivate.class)) {
                    check.check(v);
                } else {
                    visitPrivate(v, check);
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                visitPrivate(element, check);
            }
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof List<?> l && l.isEmpty();
    }
}
