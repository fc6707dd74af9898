/**
 * Casting and counting: who has voted (participation) and the encrypted, receipted, unlinkable
 * ballots (checked against the trustees' election key before they are stored), the shuffle that
 * erases their write order, and the tally.
 */
package org.securevote.ballot;
