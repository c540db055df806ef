/** The applicant profile interchange JSON of profile-format.md: a reader that reports every problem by path, and a writer. */
package org.matchwise.profile.json;
