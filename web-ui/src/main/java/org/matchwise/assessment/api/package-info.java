/** The assessment REST endpoints and the assessment JSON of profile-format.md. */
package org.matchwise.assessment.api;
