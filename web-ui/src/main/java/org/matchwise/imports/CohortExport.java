package org.matchwise.imports;

import org.matchwise.base.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Specialty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a cohort of the caller's school as a roster CSV with the import's columns (so an export re-imports
 * unchanged), every cell guarded against formula injection ({@link CsvCells}). Each exported applicant is
 * written to the access log as an export (through the applicant service), hence a read-write transaction.
 */
@Service
public class CohortExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final ApplicantStore store;

    CohortExport(ApplicantStore store) {
        this.store = store;
    }

    /** The cohort of {@code matchYear} as CSV text (UTF-8 when encoded; the header row first). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public String csv(int matchYear) {
        return write(store.cohort(matchYear));
    }

    static String write(List<ApplicantStore.Stored> applicants) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(RosterColumns.ALL);
            for (ApplicantStore.Stored a : applicants) {
                printer.printRecord(row(a).stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(ApplicantStore.Stored a) {
        ApplicantProfile p = a.profile();
        return java.util.Arrays.asList(
                p.externalId(),
                p.name().given(),
                p.name().family(),
                p.email(),
                p.applicantType().name(),
                p.visa().name(),
                p.medicalSchool() == null ? null : p.medicalSchool().name(),
                p.medicalSchool() == null ? null : p.medicalSchool().country(),
                p.matriculationDate().toString(),
                p.graduationDate().toString(),
                p.targetSpecialties().stream().map(Specialty::name)
                        .collect(Collectors.joining(RosterColumns.SPECIALTY_SEPARATOR)),
                p.matchYear() == null ? null : p.matchYear().toString(),
                a.advisorEmails().isEmpty() ? null : a.advisorEmails().get(0));
    }
}
