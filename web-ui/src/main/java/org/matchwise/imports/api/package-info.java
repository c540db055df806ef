/** REST endpoints of imports and exports: {@code POST /api/v1/imports} and {@code GET /api/v1/cohorts/{matchYear}/export.csv}. */
package org.matchwise.imports.api;
