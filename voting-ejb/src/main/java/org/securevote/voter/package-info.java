/** Voters (a sign-in account with a voter ID) and the voter rolls that make them eligible. */
package org.securevote.voter;
