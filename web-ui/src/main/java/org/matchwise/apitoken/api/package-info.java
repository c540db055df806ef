/** REST endpoints for personal API tokens ({@code /api/v1/me/tokens}, {@code /api/v1/tokens}, token settings). */
package org.matchwise.apitoken.api;
