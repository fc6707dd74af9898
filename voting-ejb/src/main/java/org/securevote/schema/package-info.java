/** Brings the database schema to the version in {@code sql/} before anything else touches it. */
package org.securevote.schema;
