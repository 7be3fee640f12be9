/**
 * {@code isnad serve}: the HTTP API under {@code /api/v1} (JSON, RFC 9457 problems, an OpenAPI
 * 3.1 document) and the right-to-left web app, served by one Javalin process over a
 * {@link org.isnad.store.CaseView}. Binds loopback by default; any other address needs a bearer
 * token.
 */
package org.isnad.serve;
