package org.matchwise.reportexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.audit.AccessLog;
import org.matchwise.reportexport.persistence.ExportJobEntity;
import org.matchwise.reportexport.persistence.ExportJobRepository;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.MatchwiseUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cohort exports end to end: start, poll, download the ZIP; the job runs as, and only as, its starter. */
@MatchwiseTest
class ExportJobTest {

    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor APPLICANT = httpBasic("applicant@demo.example", "demo-applicant");
    static final RequestPostProcessor OTHER_ADVISOR = httpBasic("advisor@other.example", "other-advisor-pw-1");
    /** A match year no other test in the shared context uses (ImportApiTest counts the rows of 2031). */
    static final int YEAR = 2037;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicantService applicants;
    @Autowired AccountSetup setup;
    @Autowired AccessLog accessLog;
    @Autowired ExportJobRepository jobs;
    @Autowired CohortExportRunner runner;
    @Autowired ExportRetention retention;
    @Autowired ExportFiles files;
    @Autowired org.matchwise.reportexport.persistence.ExportItemRepository items;
    @Autowired ExportJobService exports;
    final JsonMapper json = JsonMapper.builder().build();

    /** Per test class (the PostgreSQL subclass has its own database). */
    private static final java.util.Map<Class<?>, long[]> OTHER = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Class<?>, List<Long>> COHORTS = new java.util.concurrent.ConcurrentHashMap<>();

    List<Long> cohort;
    long otherSchoolApplicant;

    @BeforeEach
    void data() {
        ReportFixtures.otherSchool(setup);
        if (!COHORTS.containsKey(getClass())) {
            List<Long> ids = new ArrayList<>();
            for (String family : List.of("Adeyemi", "Brandt", "Castillo")) {
                ids.add(ReportFixtures.create(accounts, applicants, "advisor@demo.example",
                        ReportFixtures.profile("Kim", family, YEAR)));
            }
            OTHER.put(getClass(), new long[] {ReportFixtures.create(accounts, applicants, "advisor@other.example",
                    ReportFixtures.profile("Zed", "Foreign", YEAR))});
            COHORTS.put(getClass(), ids);
        }
        cohort = COHORTS.get(getClass());
        otherSchoolApplicant = OTHER.get(getClass())[0];
    }

    private JsonNode waitUntilFinished(long jobId, RequestPostProcessor who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = json.readTree(mvc.perform(get("/api/v1/exports/" + jobId).with(who))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            String s = job.get("status").asString();
            if (s.equals("DONE") || s.equals("FAILED")) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("export " + jobId + " did not finish in time");
    }

    @Test
    void a_cohort_export_runs_in_the_background_and_gives_a_zip_with_both_reports_of_each_applicant_of_the_school_only()
            throws Exception {
        String answer = mvc.perform(post("/api/v1/cohorts/" + YEAR + "/exports").with(ADVISOR))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andReturn().getResponse().getContentAsString();
        long jobId = json.readTree(answer).get("id").asLong();

        mvc.perform(get("/api/v1/exports/" + jobId).with(OTHER_ADVISOR)).andExpect(status().isNotFound());
        JsonNode done = waitUntilFinished(jobId, ADVISOR);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("total").asInt()).isEqualTo(cohort.size());
        assertThat(done.get("done").asInt()).isEqualTo(cohort.size());

        byte[] zip = mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"cohort-" + YEAR)))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        String summary = null;
        try (ZipInputStream in = new ZipInputStream(ReportFixtures.in(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                assertThat(ReportFixtures.isPdf(bytes.toByteArray())).as(e.getName()).isTrue();
                names.add(e.getName());
                if (e.getName().startsWith("cohort-summary")) {
                    summary = ReportFixtures.text(bytes.toByteArray());
                }
            }
        }
        assertThat(names).hasSize(2 * cohort.size() + 1);
        for (long id : cohort) {
            assertThat(names).anyMatch(n -> n.startsWith("progress/") && n.endsWith("-" + id + ".pdf"));
            assertThat(names).anyMatch(n -> n.startsWith("readiness/") && n.endsWith("-" + id + ".pdf"));
        }
        assertThat(names).noneMatch(n -> n.endsWith("-" + otherSchoolApplicant + ".pdf"));
        assertThat(summary).contains("Demo School of Medicine");

        long advisorId = ((MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example")).id();
        for (long id : cohort) {
            var log = AsUser.call(accounts, "admin@demo.example", () -> accessLog.ofApplicant(id));
            assertThat(log).as("the job's reports are logged as its starter")
                    .filteredOn(e -> e.action().equals("EXPORT_REPORT") && e.userId() == advisorId).hasSizeGreaterThanOrEqualTo(2);
        }
        mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(OTHER_ADVISOR)).andExpect(status().isNotFound());
    }

    @Test
    void an_applicant_cannot_start_or_read_exports_and_an_empty_cohort_is_refused() throws Exception {
        mvc.perform(post("/api/v1/cohorts/" + YEAR + "/exports").with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/exports").with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cohorts/2099/exports").with(ADVISOR))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("empty_cohort"));
    }

    @Test
    void a_job_runs_in_the_school_stored_with_it_and_fails_when_its_starter_is_not_of_that_school() {
        long demoSchool = ((MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example")).schoolId();
        long otherAdvisor = ((MatchwiseUser) accounts.loadUserByUsername("advisor@other.example")).id();
        // a forged row: another school's advisor named as the starter of a job of the demo school
        ExportJobEntity forged = jobs.saveAndFlush(new ExportJobEntity(demoSchool, otherAdvisor, YEAR, Instant.now()));

        runner.run(forged.getId());

        ExportJobEntity after = jobs.findById(forged.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(ExportStatus.FAILED);
        assertThat(after.getFileName()).isNull();
    }

    @Test
    void a_job_started_by_the_other_school_exports_only_that_schools_applicants() throws Exception {
        long jobId = json.readTree(mvc.perform(post("/api/v1/cohorts/" + YEAR + "/exports").with(OTHER_ADVISOR))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        JsonNode done = waitUntilFinished(jobId, OTHER_ADVISOR);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("total").asInt()).isEqualTo(1);
        byte[] zip = mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(OTHER_ADVISOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(ReportFixtures.in(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).hasSize(3).anyMatch(n -> n.endsWith("-" + otherSchoolApplicant + ".pdf"));
        for (long id : cohort) {
            assertThat(names).noneMatch(n -> n.endsWith("-" + id + ".pdf"));
        }
    }

    @Test
    void a_finished_export_older_than_the_retention_period_loses_its_zip_and_stays_listed_as_expired() throws Exception {
        long demoSchool = ((MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example")).schoolId();
        long advisorId = ((MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example")).id();
        Instant now = Instant.now();
        ExportJobEntity old = jobs.saveAndFlush(new ExportJobEntity(demoSchool, advisorId, YEAR, now.minus(Duration.ofDays(20))));
        ExportJobEntity recent = jobs.saveAndFlush(new ExportJobEntity(demoSchool, advisorId, YEAR, now.minus(Duration.ofDays(2))));
        String oldZip = ExportFiles.zip(old.getId(), YEAR);
        String recentZip = ExportFiles.zip(recent.getId(), YEAR);
        files.store().write(oldZip, out -> out.write(1));
        files.store().write(recentZip, out -> out.write(2));
        old.start(1, now.minus(Duration.ofDays(20)));
        old.finish(oldZip, 1, now.minus(Duration.ofDays(15)));
        recent.start(1, now.minus(Duration.ofDays(2)));
        recent.finish(recentZip, 1, now.minus(Duration.ofDays(1)));
        jobs.saveAndFlush(old);
        jobs.saveAndFlush(recent);

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        assertThat(files.store().find(oldZip)).as("the bytes are gone from the shared store").isEmpty();
        assertThat(files.store().find(recentZip)).isPresent();
        mvc.perform(get("/api/v1/exports/" + old.getId()).with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPIRED"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("14 days")));
        mvc.perform(get("/api/v1/exports/" + old.getId() + "/file").with(ADVISOR))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.error").value("expired"));
        mvc.perform(get("/api/v1/exports/" + recent.getId() + "/file").with(ADVISOR)).andExpect(status().isOk());
        assertThat(jobs.findById(recent.getId()).orElseThrow().getStatus()).isEqualTo(ExportStatus.DONE);
    }

    private ExportJobEntity queuedJob(String starter) {
        MatchwiseUser user = (MatchwiseUser) accounts.loadUserByUsername(starter);
        return jobs.saveAndFlush(new ExportJobEntity(user.schoolId(), user.id(), YEAR, Instant.now()));
    }

    private List<String> zipEntries(long jobId) throws Exception {
        byte[] zip = mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(ADVISOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(ReportFixtures.in(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                assertThat(ReportFixtures.isPdf(bytes.toByteArray())).as(e.getName()).isTrue();
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void an_export_stopped_after_one_applicant_resumes_from_its_checkpoint_and_exports_nobody_twice() throws Exception {
        ExportJobEntity job = queuedJob("advisor@demo.example");
        long jobId = job.getId();
        int[] asked = {0};

        // the node is told to stop after the first applicant: the job is handed back, not failed
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run(jobId, () -> asked[0]++ >= 1))
                .isInstanceOf(CohortExportRunner.Paused.class);
        ExportJobEntity paused = jobs.findById(jobId).orElseThrow();
        assertThat(paused.getStatus()).isEqualTo(ExportStatus.RUNNING);
        assertThat(paused.getDone()).isEqualTo(1);
        assertThat(items.countByKeyJobIdAndDoneTrue(jobId)).isEqualTo(1);
        long firstApplicant = items.findByKeyJobIdOrderByKeySeq(jobId).get(0).getApplicantId();
        int logged = exportRows(firstApplicant).size();

        // another node (here: the same runner again) goes on from the checkpoint
        runner.run(jobId);

        ExportJobEntity done = jobs.findById(jobId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ExportStatus.DONE);
        assertThat(done.getAttempts()).isEqualTo(2);
        assertThat(done.getDone()).isEqualTo(cohort.size());
        List<String> names = zipEntries(jobId);
        assertThat(names).hasSize(2 * cohort.size() + 1);
        for (long id : cohort) {
            assertThat(names).filteredOn(n -> n.endsWith("-" + id + ".pdf")).hasSize(2);
        }
        assertThat(exportRows(firstApplicant))
                .as("the applicant exported before the stop is not exported (nor logged) again").hasSize(logged);
        assertThat(files.store().find(ExportFiles.part(jobId, 0, ReportKind.PROGRESS)))
                .as("no parts are left behind once the ZIP is assembled").isEmpty();
        assertThat(AsUser.call(accounts, "advisor@demo.example", () -> exports.download(jobId)).orElseThrow()
                .applicantIds()).containsExactlyInAnyOrderElementsOf(cohort);
    }

    /** The access log's rows of exporting this applicant (reading the ZIP in the test logs a download too). */
    private List<AccessLog.Entry> exportRows(long applicantId) {
        return AsUser.call(accounts, "admin@demo.example", () -> accessLog.ofApplicant(applicantId)).stream()
                .filter(e -> !e.action().equals(org.matchwise.audit.AccessAction.DOWNLOAD_EXPORT.name())).toList();
    }

    @Test
    void a_running_export_cancelled_by_a_user_stops_at_its_next_checkpoint_and_deletes_what_it_stored() throws Exception {
        ExportJobEntity job = queuedJob("advisor@demo.example");
        long jobId = job.getId();
        int[] asked = {0};

        // the user cancels while the first applicant is being exported (the runner asks "stop?" between applicants)
        runner.run(jobId, () -> {
            if (asked[0]++ == 1) {
                try {
                    mvc.perform(post("/api/v1/exports/" + jobId + "/cancel").with(ADVISOR))
                            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return false;
        });

        ExportJobEntity after = jobs.findById(jobId).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(ExportStatus.CANCELLED);
        assertThat(after.getMessage()).startsWith("Cancelled by");
        assertThat(after.getDone()).isLessThan(cohort.size());
        assertThat(files.store().find(ExportFiles.part(jobId, 0, ReportKind.PROGRESS))).isEmpty();
        mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(ADVISOR)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/exports/" + jobId + "/cancel").with(OTHER_ADVISOR)).andExpect(status().isNotFound());
    }

    @Test
    void a_queued_export_cancelled_before_any_node_picked_it_never_runs() throws Exception {
        ExportJobEntity job = queuedJob("advisor@demo.example");
        mvc.perform(post("/api/v1/exports/" + job.getId() + "/cancel").with(ADVISOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        runner.run(job.getId());

        ExportJobEntity after = jobs.findById(job.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(ExportStatus.CANCELLED);
        assertThat(items.countByKeyJobId(job.getId())).isZero();
    }

    @Test
    void an_outage_is_retried_with_growing_waits_and_a_bug_is_not() {
        ExportSettings settings = new ExportSettings(Duration.ofDays(14), Duration.ofHours(1), 8, Duration.ofSeconds(5),
                Duration.ofMinutes(5), 1);
        assertThat(ExportTaskConfig.backoff(settings, 1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(ExportTaskConfig.backoff(settings, 3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(ExportTaskConfig.backoff(settings, 9)).isEqualTo(Duration.ofMinutes(5));
        // what a 13 s PostgreSQL restart looked like to the export before
        var rollback = new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection",
                new java.sql.SQLException("This connection has been closed.", "08003")));
        assertThat(org.matchwise.operations.Outages.isOutage(rollback)).isTrue();
        assertThat(org.matchwise.operations.Outages.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(new Labels(java.util.Locale.ENGLISH).get("error.failed", "7"))
                .as("users read a sentence, never an exception's name").doesNotContain("Exception").contains("export 7");
    }
}
