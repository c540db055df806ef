/** Single sign-on settings of each school and the external identities linked to accounts: tables and repositories. */
package org.matchwise.sso.persistence;
