// A ballot's tracker (the contract of issue 11, docs/election-record.md): SHA-256 of the transcript
// text "securevote/v1/tracker", election id, integer N, then for each candidate point A, point B,
// scalars c0, c1, v0, v1, then the count proof: the sum proof's challenge and response (single
// choice), or the count-in-range proof's integers lo, hi and its challenge and response per branch
// (approval), or for a ballot of several questions the integer number of questions and, per
// question, its integer number of candidates and its count proof as for approval. The same bytes
// as Java's org.securevote.tools.crypto.Tracker, checked against the shared test vectors.
import { sha256 } from '@noble/hashes/sha2.js';
import { CryptoRefusal, bytesToHex } from './group.js';
import { Transcript } from './transcript.js';
import {
  ciphertextFromJson,
  constantFromJson,
  countInRangeFromJson,
  hasField,
  questionCountsFromJson,
  zeroOrOneFromJson,
} from './proofs.js';

export const TRACKER_TAG = 'securevote/v1/tracker';

// Crockford's base32: no I, L, O or U, so a tracker read aloud or retyped stays unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 15; // 75 bits

/**
 * What the digest hashes, for a ballot in its wire form: selections, zeroOrOne and one of sumIsOne,
 * countInRange or questionCounts. Count proofs name their own bounds (and a question's proof its
 * number of candidates), so the tracker needs nothing but the ballot; whether they are the
 * election's is the verifier's business.
 */
export function trackerTranscript(electionId, ballot) {
  const selections = ballot?.selections;
  const proofs = ballot?.zeroOrOne;
  if (!Array.isArray(selections) || !Array.isArray(proofs) || selections.length !== proofs.length) {
    throw new CryptoRefusal('a ballot holds one ciphertext and one proof per candidate');
  }
  const t = new Transcript(TRACKER_TAG, electionId).integer(selections.length);
  selections.forEach((s, i) => {
    const c = ciphertextFromJson(s);
    const p = zeroOrOneFromJson(proofs[i]);
    t.point(c.a).point(c.b).scalar(p.c0).scalar(p.c1).scalar(p.v0).scalar(p.v1);
  });
  const given = ['sumIsOne', 'countInRange', 'questionCounts'].filter((f) => hasField(ballot, f));
  if (given.length > 1) {
    throw new CryptoRefusal(
      'a ballot holds one proof of its count: sumIsOne, countInRange or questionCounts',
    );
  }
  if (given[0] === 'countInRange') {
    return countProof(t, countInRangeFromJson(ballot.countInRange));
  }
  if (given[0] === 'questionCounts') {
    const questions = questionCountsFromJson(ballot.questionCounts);
    t.integer(questions.length);
    questions.forEach((q) => countProof(t.integer(q.candidates), q.proof));
    return t;
  }
  const sum = constantFromJson(ballot.sumIsOne);
  return t.scalar(sum.challenge).scalar(sum.response);
}

/** integer lo, integer hi, then for m = lo..hi: scalar challenge, scalar response. */
function countProof(t, range) {
  const branches = range.hi - range.lo + 1;
  // the transcript runs over m = lo..hi: lists of another length have no tracker
  const { challenges, responses } = range;
  if (branches < 1 || challenges.length !== branches || responses.length !== branches) {
    throw new CryptoRefusal('a count-in-range proof holds one challenge and response per count');
  }
  t.integer(range.lo).integer(range.hi);
  challenges.forEach((c, i) => t.scalar(c).scalar(responses[i]));
  return t;
}

/** The 32-byte digest. */
export function trackerDigest(electionId, ballot) {
  return sha256(trackerTranscript(electionId, ballot).bytes());
}

/** The digest as 64 lowercase hex digits, as the election record holds it. */
export function tracker(electionId, ballot) {
  return bytesToHex(trackerDigest(electionId, ballot));
}

/**
 * What voters see: the first 75 bits of the digest (bytes, or 64 lowercase hex digits) as 15
 * Crockford base32 symbols, most significant bit first, grouped XXXXX-XXXXX-XXXXX.
 */
export function trackerShortForm(digest) {
  let bytes = digest;
  if (typeof digest === 'string') {
    if (!/^[0-9a-f]{64}$/.test(digest)) {
      throw new CryptoRefusal('a tracker is 64 lowercase hex digits');
    }
    bytes = Uint8Array.from(digest.match(/../g), (h) => parseInt(h, 16));
  }
  if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
    throw new CryptoRefusal('a tracker digest is 32 bytes');
  }
  let out = '';
  for (let i = 0; i < SYMBOLS; i++) {
    if (i > 0 && i % 5 === 0) out += '-';
    let value = 0;
    for (let bit = i * 5; bit < i * 5 + 5; bit++) {
      value = (value << 1) | ((bytes[bit >> 3] >> (7 - (bit & 7))) & 1);
    }
    out += ALPHABET[value];
  }
  return out;
}
