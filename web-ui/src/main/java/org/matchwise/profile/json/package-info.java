/**
 * The applicant profile interchange JSON of profile-format.md: wire records read by Jackson data binding and Bean
 * Validation with every problem reported by path, mapped to core's profile, and written back.
 */
package org.matchwise.profile.json;
