/** Where user-facing text comes from: one message bundle per feature under {@code i18n/}, merged for Vaadin. */
package org.matchwise.base.i18n;
