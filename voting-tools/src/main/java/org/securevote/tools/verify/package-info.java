/**
 * Checks anyone can run: the whole election record (docs/election-record.md) and a challenged
 * ballot, each check a verdict naming what failed and where.
 */
package org.securevote.tools.verify;
