package org.matchwise.applicant;

/** An applicant's name; both parts are required. */
public record PersonName(String given, String family) {
    public PersonName {
        Checks.required(given, "name.given");
        Checks.required(family, "name.family");
    }

    public String full() {
        return given + " " + family;
    }
}
