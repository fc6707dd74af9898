/**
 * The tamper-evident record: every administrative action and every accepted ballot, hash-chained.
 */
package org.securevote.audit;
