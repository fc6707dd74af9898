/**
 * Monitoring: counts for the metrics endpoint (ballots, open elections, suspicious events, chain
 * length, tally time), read from the database so every instance reports the same figures.
 */
package org.securevote.monitoring;
