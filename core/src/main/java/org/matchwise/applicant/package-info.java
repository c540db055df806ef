/** The applicant profile: immutable records and enumerations mirroring the profile JSON contract (profile-format.md). */
package org.matchwise.applicant;
