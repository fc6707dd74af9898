/**
 * Machine clients' access: short-lived, revocable auditor tokens (MicroProfile JWT) that an admin
 * issues for reading the audit API, and their verification on every call.
 */
package org.securevote.access;
