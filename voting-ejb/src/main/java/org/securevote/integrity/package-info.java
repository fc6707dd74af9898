/**
 * Small, pure cryptographic parts: random ids, authenticated encryption of ballots and keys, server
 * signatures, trackers and hashes. No state, no container.
 */
package org.securevote.integrity;
