// The one canonical encoding of what a Fiat-Shamir challenge hashes: fields in a fixed order, each
// as a 4-byte big-endian length and then its bytes, starting with a domain tag and the election id
// (docs/election-crypto.md, "Fiat-Shamir transcripts"). The same bytes as Java's Transcript.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { CryptoRefusal, encodePoint, encodeScalar, mod } from './group.js';

export const TAGS = Object.freeze({
  TRUSTEE_KEY: 'securevote/v1/trustee-key',
  COEFFICIENT: 'securevote/v1/coefficient',
  ZERO_OR_ONE: 'securevote/v1/zero-or-one',
  CONSTANT: 'securevote/v1/constant',
  COUNT_IN_RANGE: 'securevote/v1/count-in-range',
  QUESTION_COUNT: 'securevote/v1/question-count',
  PARTIAL_DECRYPTION: 'securevote/v1/partial-decryption',
  SHARE_TRANSPORT: 'securevote/v1/share-transport',
});

const ELECTION_ID = /^[0-9a-f]{32}$/;

/**
 * Refuses anything but the server's election id, 32 lowercase hex characters, before a proof is made
 * or checked: free text could encode differently here and in Java (a lone surrogate).
 */
export function requireElectionId(electionId) {
  if (typeof electionId !== 'string' || !ELECTION_ID.test(electionId)) {
    throw new CryptoRefusal('an election id is exactly 32 lowercase hex characters');
  }
  return electionId;
}

export class Transcript {
  #fields = [];

  constructor(tag, electionId) {
    if (tag !== undefined) {
      this.text(tag).text(requireElectionId(electionId));
    }
  }

  copy() {
    const t = new Transcript();
    t.#fields = [...this.#fields];
    return t;
  }

  text(value) {
    if (typeof value !== 'string') {
      throw new CryptoRefusal('a text field is a string');
    }
    return this.#field(utf8ToBytes(value));
  }

  /** A point, SEC1 compressed; the point at infinity is refused. */
  point(value) {
    return this.#field(encodePoint(value));
  }

  scalar(value) {
    return this.#field(encodeScalar(value));
  }

  /** A small non-negative number (an index, a constant) as 4 bytes big-endian. */
  integer(value) {
    if (!Number.isSafeInteger(value) || value < 0 || value > 0x7fffffff) {
      throw new CryptoRefusal('integers in a transcript lie in 0..2^31-1');
    }
    return this.#field(uint32(value));
  }

  bytes() {
    return concatBytes(...this.#fields);
  }

  /** SHA-256 of the bytes, read big-endian, reduced mod n. */
  challenge() {
    return mod(bytesToNumberBE(sha256(this.bytes())));
  }

  #field(value) {
    this.#fields.push(uint32(value.length), value);
    return this;
  }
}

function uint32(value) {
  return Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}
