/**
 * Casting and counting: who has voted (participation) and the sealed, signed, unlinkable ballots,
 * the shuffle that erases their write order, and the tally.
 */
package org.securevote.ballot;
