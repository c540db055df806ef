/**
 * Single sign-on: each school's OpenID Connect provider (client registrations from the database), linking an
 * external identity to an existing account, the refusals, and the switch that turns local passwords off for staff.
 */
package org.matchwise.sso;
