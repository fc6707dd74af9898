/**
 * Trustees and the key ceremony: who holds shares of each election's key, their public files and
 * the sealed shares they pass each other through the server, and the key they produced.
 */
package org.securevote.trustee;
