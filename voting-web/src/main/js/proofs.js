// Exponential ElGamal and the ballot proofs (docs/election-crypto.md, "Exponential ElGamal",
// "Zero or one", "Constant", "Count in range", "Question count"), step for step as Java's ElGamal,
// ZeroOneProof, ConstantProof and CountInRangeProof.
// Points are noble points and scalars bigints here; ballot.js speaks hex.
import {
  CryptoRefusal,
  G,
  ORDER,
  Point,
  baseAndPoint,
  mod,
  pointFromHex,
  pointHex,
  scalarFromHex,
  scalarHex,
  times,
  twoPoints,
} from './group.js';
import { TAGS, Transcript, requireElectionId } from './transcript.js';

/** (r*G, m*G + r*K): exponential ElGamal of the small count m under the public key K. */
export function encrypt(publicKey, message, randomness) {
  if (!Number.isSafeInteger(message) || message < 0) {
    throw new RangeError('a message is a small non-negative count');
  }
  if (typeof randomness !== 'bigint' || randomness <= 0n || randomness >= ORDER) {
    throw new RangeError('encryption randomness lies in 1..n-1');
  }
  return { a: times(G, randomness), b: times(G, BigInt(message)).add(times(publicKey, randomness)) };
}

/** Component-wise sum: adds the messages. The sum of none is (O, O), which has no encoding. */
export function sumCiphertexts(ciphertexts) {
  return ciphertexts.reduce((s, c) => ({ a: s.a.add(c.a), b: s.b.add(c.b) }), {
    a: Point.ZERO,
    b: Point.ZERO,
  });
}

/**
 * tag, election id, K, candidate, candidates, A, B: the candidate's 0-based position and the number of
 * candidates bind the proof to its place on the ballot, so reordered pairs do not verify.
 */
export function zeroOrOneStatement(electionId, publicKey, candidate, candidates, ciphertext) {
  requirePosition(candidate, candidates);
  return new Transcript(TAGS.ZERO_OR_ONE, electionId)
    .point(publicKey)
    .integer(candidate)
    .integer(candidates)
    .point(ciphertext.a)
    .point(ciphertext.b);
}

/**
 * Disjunctive Chaum-Pedersen for the true message (0 or 1): the nonce answers the true branch, the
 * other is simulated from (fakeChallenge, fakeResponse). Like Java, the claim is not checked here,
 * so a test can show that a lie does not verify.
 */
export function proveZeroOrOne(
  statement,
  publicKey,
  ciphertext,
  claimed,
  randomness,
  nonce,
  fakeChallenge,
  fakeResponse,
) {
  const simulated = branchCommitments(publicKey, ciphertext, 1 - claimed, fakeChallenge, fakeResponse);
  const honest = [times(G, nonce), times(publicKey, nonce)];
  const [zero, one] = claimed === 0 ? [honest, simulated] : [simulated, honest];
  const c = statement.copy().point(zero[0]).point(zero[1]).point(one[0]).point(one[1]).challenge();
  const realChallenge = mod(c - fakeChallenge);
  const realResponse = mod(nonce + realChallenge * randomness);
  return claimed === 0
    ? { c0: realChallenge, c1: fakeChallenge, v0: realResponse, v1: fakeResponse }
    : { c0: fakeChallenge, c1: realChallenge, v0: fakeResponse, v1: realResponse };
}

/** What the challenge hashes: the statement, then a0, b0, a1, b1 recomputed from the proof. */
export function zeroOrOneHashInput(statement, publicKey, ciphertext, proof) {
  const zero = branchCommitments(publicKey, ciphertext, 0, proof.c0, proof.v0);
  const one = branchCommitments(publicKey, ciphertext, 1, proof.c1, proof.v1);
  return statement.copy().point(zero[0]).point(zero[1]).point(one[0]).point(one[1]);
}

/** A malformed election id or a position outside 0..candidates-1 is the caller's error and throws. */
export function verifyZeroOrOne(electionId, publicKey, candidate, candidates, ciphertext, proof) {
  requireElectionId(electionId);
  requirePosition(candidate, candidates);
  if (!validScalars(proof.c0, proof.c1, proof.v0, proof.v1)) {
    return false;
  }
  return refusedIsFalse(() => {
    const statement = zeroOrOneStatement(electionId, publicKey, candidate, candidates, ciphertext);
    const c = zeroOrOneHashInput(statement, publicKey, ciphertext, proof).challenge();
    return c === mod(proof.c0 + proof.c1);
  });
}

function requirePosition(candidate, candidates) {
  if (
    !Number.isSafeInteger(candidates) ||
    !Number.isSafeInteger(candidate) ||
    candidates < 1 ||
    candidate < 0 ||
    candidate >= candidates
  ) {
    throw new CryptoRefusal(`candidate ${candidate} is not a position among ${candidates} candidates`);
  }
}

/** (v*G - c*A, v*K - c*(B - m*G)) for branch m; for m = 0 that is B itself (0*G is no point). */
function branchCommitments(publicKey, ciphertext, m, c, v) {
  const shifted = m === 0 ? ciphertext.b : ciphertext.b.subtract(times(G, BigInt(m)));
  return [baseAndPoint(v, ciphertext.a, -c), twoPoints(publicKey, v, shifted, -c)];
}

/**
 * tag, election id, K, m, number of parts, A_1, B_1, ..., A_n, B_n, then A, B. A ballot's sum proof
 * lists every ciphertext of the sum in order (the parts); a ciphertext on its own lists none.
 */
export function constantStatement(electionId, publicKey, ciphertext, constant, parts = []) {
  const t = new Transcript(TAGS.CONSTANT, electionId)
    .point(publicKey)
    .integer(constant)
    .integer(parts.length);
  for (const part of parts) {
    t.point(part.a).point(part.b);
  }
  return t.point(ciphertext.a).point(ciphertext.b);
}

/** Chaum-Pedersen: (A, B) encrypts exactly the constant of the statement, with randomness r. */
export function proveConstant(statement, publicKey, randomness, nonce) {
  const c = statement.copy().point(times(G, nonce)).point(times(publicKey, nonce)).challenge();
  return { challenge: c, response: mod(nonce + c * randomness) };
}

/** What the challenge hashes: the statement, a = v*G - c*A, b = v*K - c*(B - m*G). */
export function constantHashInput(statement, publicKey, ciphertext, constant, proof) {
  const shifted = ciphertext.b.subtract(times(G, BigInt(constant)));
  const a = baseAndPoint(proof.response, ciphertext.a, -proof.challenge);
  const b = twoPoints(publicKey, proof.response, shifted, -proof.challenge);
  return statement.copy().point(a).point(b);
}

/** A malformed election id is the caller's error and throws. */
export function verifyConstant(electionId, publicKey, ciphertext, constant, proof, parts = []) {
  requireElectionId(electionId);
  if (!validScalars(proof.challenge, proof.response)) {
    return false;
  }
  return refusedIsFalse(() => {
    const statement = constantStatement(electionId, publicKey, ciphertext, constant, parts);
    const c = constantHashInput(statement, publicKey, ciphertext, constant, proof).challenge();
    return c === proof.challenge;
  });
}

/** The question count proof's domain tag (docs/election-crypto.md, "Domain tags"). */
export const QUESTION_COUNT_TAG = TAGS.QUESTION_COUNT;

/**
 * tag, election id, K, lo, hi, number of parts, A_1, B_1, ..., A_p, B_p, then their sum A, B. The
 * parts in order tie the proof to the one ballot it was made for, lo and hi to the election's
 * bounds. Bounds outside 0 <= lo <= hi <= p (or no parts) are the caller's error and throw.
 */
export function countInRangeStatement(electionId, publicKey, lo, hi, parts) {
  requireCountBounds(lo, hi, parts);
  const head = new Transcript(TAGS.COUNT_IN_RANGE, electionId).point(publicKey);
  return countStatement(head, lo, hi, parts);
}

/**
 * The question count statement (docs/election-crypto.md, "Question count"): tag question-count,
 * election id, K, the question q (0-based) and its first position on the ballot, then as
 * countInRangeStatement: lo, hi, the question's own parts and their sum. A question or first
 * position that is not a non-negative integer, or bad bounds, are the caller's error and throw.
 */
export function questionCountStatement(electionId, publicKey, question, first, lo, hi, parts) {
  requireQuestion(question, first);
  requireCountBounds(lo, hi, parts);
  const head = new Transcript(TAGS.QUESTION_COUNT, electionId)
    .point(publicKey)
    .integer(question)
    .integer(first);
  return countStatement(head, lo, hi, parts);
}

/** The shared tail of both count statements: lo, hi, p, the parts in order, then their sum. */
function countStatement(head, lo, hi, parts) {
  const t = head.integer(lo).integer(hi).integer(parts.length);
  for (const part of parts) {
    t.point(part.a).point(part.b);
  }
  const sum = sumCiphertexts(parts);
  return t.point(sum.a).point(sum.b);
}

/**
 * Disjunctive Chaum-Pedersen over lo..hi: the nonce answers the claimed branch, every other branch
 * is simulated from fakes, one {challenge, response} per other branch in ascending order (the
 * order the prover draws them in). Like Java, the claim is not checked against the sum, so a test
 * can show that a lie does not verify; it must only be one of the branches. sum is the sum of the
 * statement's parts, randomness the sum of theirs. The proof names its bounds, as the wire form and
 * the tracker do.
 */
export function proveCountInRange(
  statement,
  publicKey,
  sum,
  lo,
  hi,
  claimed,
  randomness,
  nonce,
  fakes,
) {
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo < 0 || lo > hi) {
    throw new RangeError(`bounds ${lo}..${hi} are not 0 <= lo <= hi`);
  }
  if (!Number.isSafeInteger(claimed) || claimed < lo || claimed > hi) {
    throw new RangeError(`the claimed count ${claimed} is not one of the branches ${lo}..${hi}`);
  }
  if (!Array.isArray(fakes) || fakes.length !== hi - lo) {
    throw new RangeError('one fake challenge and response for each branch but the claimed one');
  }
  const hashed = statement.copy();
  const challenges = new Array(hi - lo + 1);
  const responses = new Array(hi - lo + 1);
  let fakeTotal = 0n;
  let next = 0;
  for (let m = lo; m <= hi; m++) {
    if (m === claimed) {
      hashed.point(times(G, nonce)).point(times(publicKey, nonce));
      continue;
    }
    const fake = fakes[next++];
    const [a, b] = branchCommitments(publicKey, sum, m, fake.challenge, fake.response);
    hashed.point(a).point(b);
    challenges[m - lo] = fake.challenge;
    responses[m - lo] = fake.response;
    fakeTotal += fake.challenge;
  }
  const real = mod(hashed.challenge() - fakeTotal);
  challenges[claimed - lo] = real;
  responses[claimed - lo] = mod(nonce + real * randomness);
  return { lo, hi, challenges, responses };
}

/** What the challenge hashes: the statement, then a_m, b_m for m = lo..hi (the proof's bounds). */
export function countInRangeHashInput(statement, publicKey, sum, proof) {
  const t = statement.copy();
  for (let m = proof.lo; m <= proof.hi; m++) {
    const i = m - proof.lo;
    const [a, b] = branchCommitments(publicKey, sum, m, proof.challenges[i], proof.responses[i]);
    t.point(a).point(b);
  }
  return t;
}

/**
 * Whether the sum of the parts encrypts a count in lo..hi (the election's bounds) and the proof was
 * made for exactly those bounds, like Java's CountInRangeProof.verifySum. Lists of another length
 * fail. A malformed election id or bounds outside 0..parts are the caller's error and throw.
 */
export function verifyCountInRange(electionId, publicKey, lo, hi, parts, proof) {
  requireElectionId(electionId);
  requireCountBounds(lo, hi, parts);
  return verifyCount(lo, hi, parts, proof, publicKey, () =>
    countInRangeStatement(electionId, publicKey, lo, hi, parts),
  );
}

/**
 * Whether question q's parts (its own run, starting at the ballot's position first) add up to a
 * count in lo..hi (the question's bounds) and the proof was made for exactly those bounds, like
 * Java's CountInRangeProof.verifyQuestion. Throws as verifyCountInRange and questionCountStatement.
 */
export function verifyQuestionCount(electionId, publicKey, question, first, lo, hi, parts, proof) {
  requireElectionId(electionId);
  requireQuestion(question, first);
  requireCountBounds(lo, hi, parts);
  return verifyCount(lo, hi, parts, proof, publicKey, () =>
    questionCountStatement(electionId, publicKey, question, first, lo, hi, parts),
  );
}

function verifyCount(lo, hi, parts, proof, publicKey, statement) {
  const branches = hi - lo + 1;
  if (
    proof?.lo !== lo ||
    proof?.hi !== hi ||
    !Array.isArray(proof.challenges) ||
    !Array.isArray(proof.responses) ||
    proof.challenges.length !== branches ||
    proof.responses.length !== branches ||
    !validScalars(...proof.challenges, ...proof.responses)
  ) {
    return false;
  }
  return refusedIsFalse(() => {
    const sum = sumCiphertexts(parts);
    const c = countInRangeHashInput(statement(), publicKey, sum, proof).challenge();
    return c === mod(proof.challenges.reduce((s, x) => s + x, 0n));
  });
}

function requireQuestion(question, first) {
  const index = (x) => Number.isSafeInteger(x) && x >= 0 && x <= 0x7fffffff;
  if (!index(question) || !index(first)) {
    throw new CryptoRefusal(`question ${question} at ${first} is not a question of a ballot`);
  }
}

function requireCountBounds(lo, hi, parts) {
  const p = Array.isArray(parts) ? parts.length : 0;
  const integers = Number.isSafeInteger(lo) && Number.isSafeInteger(hi);
  if (!integers || p < 1 || lo < 0 || lo > hi || hi > p) {
    throw new CryptoRefusal(`bounds ${lo}..${hi} do not lie within 0..${p} parts`);
  }
}

// The wire forms: lowercase hex, with the field names of the Java records.

/** Whether a wire-form object has the field at all, whatever its value (sumIsOne, ...). */
export const hasField = (object, field) => Object.prototype.hasOwnProperty.call(object, field);

export const ciphertextToJson = (c) => ({ a: pointHex(c.a), b: pointHex(c.b) });
export const ciphertextFromJson = (j) => ({ a: pointFromHex(j?.a), b: pointFromHex(j?.b) });

export const zeroOrOneToJson = (p) => ({
  c0: scalarHex(p.c0),
  c1: scalarHex(p.c1),
  v0: scalarHex(p.v0),
  v1: scalarHex(p.v1),
});
export const zeroOrOneFromJson = (j) => ({
  c0: scalarFromHex(j?.c0),
  c1: scalarFromHex(j?.c1),
  v0: scalarFromHex(j?.v0),
  v1: scalarFromHex(j?.v1),
});

export const constantToJson = (p) => ({
  challenge: scalarHex(p.challenge),
  response: scalarHex(p.response),
});
export const constantFromJson = (j) => ({
  challenge: scalarFromHex(j?.challenge),
  response: scalarFromHex(j?.response),
});

/** {lo, hi, challenges: [c_lo, ...], responses: [v_lo, ...]}: the proof names its bounds. */
export const countInRangeToJson = (p) => ({
  lo: p.lo,
  hi: p.hi,
  challenges: p.challenges.map(scalarHex),
  responses: p.responses.map(scalarHex),
});
/** Whether the lists fit the bounds is the verifier's business; this only reads them. */
export function countInRangeFromJson(j) {
  const bound = (x) => Number.isSafeInteger(x) && x >= 0 && x <= 0x7fffffff;
  const lists = Array.isArray(j?.challenges) && Array.isArray(j?.responses);
  if (!bound(j?.lo) || !bound(j?.hi) || !lists) {
    throw new CryptoRefusal('a count-in-range proof holds integers lo and hi and lists of scalars');
  }
  return {
    lo: j.lo,
    hi: j.hi,
    challenges: j.challenges.map(scalarFromHex),
    responses: j.responses.map(scalarFromHex),
  };
}

/**
 * A ballot of several questions: [{candidates, lo, hi, challenges, responses}, ...], one entry per
 * question in order (the field order of Java's BallotJson), from [{candidates, proof}, ...].
 */
export const questionCountsToJson = (questions) =>
  questions.map((q) => ({ candidates: q.candidates, ...countInRangeToJson(q.proof) }));

/**
 * [{candidates, proof}, ...] from the wire form: at least two questions, each naming at least one
 * candidate, as Java's QuestionCounts. Whether they fit the election is the verifier's business.
 */
export function questionCountsFromJson(j) {
  if (!Array.isArray(j) || j.length < 2) {
    throw new CryptoRefusal('a ballot with question counts has two questions or more');
  }
  return j.map(questionCountFromJson);
}

/** One question's entry: {candidates, proof}, its number of candidates at least one. */
export function questionCountFromJson(q) {
  const candidates = q?.candidates;
  if (!Number.isSafeInteger(candidates) || candidates < 1 || candidates > 0x7fffffff) {
    throw new CryptoRefusal("a question's count proof covers at least one candidate");
  }
  return { candidates, proof: countInRangeFromJson(q) };
}

/** A proof's scalars come from outside and must lie in 0..n-1. */
function validScalars(...scalars) {
  return scalars.every((s) => typeof s === 'bigint' && s >= 0n && s < ORDER);
}

/** An element with no encoding (the point at infinity where a point belongs) fails the proof. */
function refusedIsFalse(check) {
  try {
    return check();
  } catch (e) {
    if (e instanceof CryptoRefusal) {
      return false;
    }
    throw e;
  }
}
