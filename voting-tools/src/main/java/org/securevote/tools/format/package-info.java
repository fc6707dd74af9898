/**
 * The protocol's JSON files (ceremony, public files, sealed shares, ballots, partial decryptions),
 * read and written the same way by the trustees' tool, the verifier and the server.
 */
package org.securevote.tools.format;
