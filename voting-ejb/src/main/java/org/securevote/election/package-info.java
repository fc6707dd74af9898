/**
 * Elections from draft to published result: window, candidates, status, and the tally's outcome.
 */
package org.securevote.election;
