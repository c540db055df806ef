package org.matchwise.readiness;

/**
 * What a checklist item asks for. The first six belong to the submission checklist (before certifying ERAS:
 * ERAS locks the application at certification); the others to the interview season and to the time after
 * Match Day ({@link #phase()}).
 */
public enum ChecklistKind {
    EXPLANATION_MISSING, EXPLANATION_NOT_REVIEWED, LETTER_NOT_RECEIVED, LETTERS_SHORT, STEP2_SCORE_NOT_AVAILABLE,
    PROGRAM_LIST_SHORT,
    /** Programs' opening day has passed and the cycle is not submitted yet. */
    APPLICATION_NOT_SUBMITTED,
    /** Interview preparation in general (mock interviews, questions for programs). */
    INTERVIEW_PREPARATION,
    /** A 60 to 90 second interview answer about one flag that programs will ask about. */
    INTERVIEW_ANSWER,
    /** Certify the rank order list by its deadline. */
    RANK_LIST,
    /** Be ready for SOAP in Match Week. */
    SOAP_READINESS,
    /** After Match Day: record how the cycle ended. */
    RECORD_OUTCOME,
    /** After a cycle without a match: ask programs and advisors for feedback. */
    REAPPLICATION_FEEDBACK,
    /** After a cycle without a match: plan what will be new by the next ERAS opening. */
    REAPPLICATION_CHANGES,
    /** After a cycle without a match: widen the program list, consider a dual application. */
    REAPPLICATION_PROGRAM_LIST,
    /** After a cycle without a match: decide with the advisor whether to apply next season or later. */
    REAPPLICATION_DECISION;

    /** The phase of the season whose checklist holds this kind. */
    public SeasonPhase phase() {
        return switch (this) {
            case EXPLANATION_MISSING, EXPLANATION_NOT_REVIEWED, LETTER_NOT_RECEIVED, LETTERS_SHORT,
                    STEP2_SCORE_NOT_AVAILABLE, PROGRAM_LIST_SHORT -> SeasonPhase.PREPARING;
            case APPLICATION_NOT_SUBMITTED, INTERVIEW_PREPARATION, INTERVIEW_ANSWER, RANK_LIST, SOAP_READINESS ->
                    SeasonPhase.INTERVIEW_SEASON;
            case RECORD_OUTCOME, REAPPLICATION_FEEDBACK, REAPPLICATION_CHANGES, REAPPLICATION_PROGRAM_LIST,
                    REAPPLICATION_DECISION -> SeasonPhase.AFTER_MATCH;
        };
    }
}
