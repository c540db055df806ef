package org.matchwise.reports;

/** Kind of clinical experience (mirrors the domain); hands-on kinds count toward US hands-on months. */
public enum ExperienceKind {
    HANDS_ON,
    SUB_INTERNSHIP,
    CLINICAL_JOB,
    OBSERVERSHIP,
    RESEARCH
}
