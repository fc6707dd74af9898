// The encrypted ballot (docs/election-crypto.md, "Single-choice ballot", "Approval ballot"), as
// plain JSON-able objects in lowercase hex with the field names of Java's EncryptedBallot, so the
// server checks exactly what the browser made. Bounds {min, max} say how many candidates a ballot
// may choose: 1..1 is the single-choice ballot (sumIsOne), any other the approval ballot
// (countInRange).
import { ORDER, mod, pointFromHex, randomScalar, scalarHex } from './group.js';
import { requireElectionId } from './transcript.js';
import {
  ciphertextFromJson,
  ciphertextToJson,
  constantFromJson,
  constantStatement,
  constantToJson,
  countInRangeFromJson,
  countInRangeStatement,
  countInRangeToJson,
  encrypt,
  hasField,
  proveConstant,
  proveCountInRange,
  proveZeroOrOne,
  sumCiphertexts,
  verifyConstant,
  verifyCountInRange,
  verifyZeroOrOne,
  zeroOrOneFromJson,
  zeroOrOneStatement,
  zeroOrOneToJson,
} from './proofs.js';

/** The checks of a ballot, in the order they run; the names of Java's BallotVerdict.Check. */
export const CHECKS = Object.freeze({
  CANDIDATE_COUNT: 'CANDIDATE_COUNT',
  ZERO_OR_ONE: 'ZERO_OR_ONE',
  SUM_IS_ONE: 'SUM_IS_ONE',
  COUNT_IN_RANGE: 'COUNT_IN_RANGE',
});

/** The single-choice ballot's bounds, the default everywhere. */
export const EXACTLY_ONE = Object.freeze({ min: 1, max: 1 });

/**
 * Encrypts the chosen candidates (0-based, in the election's candidate order): one ciphertext per
 * candidate, each with its 0-or-1 proof, then the proof that they add up to exactly 1 (bounds 1..1)
 * or to a count within min..max. chosen is one index (single choice) or an array of distinct
 * indices. Returns the ballot and the randomness, which only a challenged (spoiled) ballot ever
 * reveals. drawScalar is for tests with seeded values; in the browser it is crypto.getRandomValues
 * through noble.
 */
export function encryptBallot(
  electionId,
  publicKeyHex,
  candidates,
  chosen,
  drawScalar = randomScalar,
  bounds = EXACTLY_ONE,
) {
  requireElectionId(electionId);
  if (!Number.isSafeInteger(candidates) || candidates < 1) {
    throw new RangeError('an election has at least one candidate');
  }
  const { min, max } = requireBounds(bounds, candidates);
  const single = min === 1 && max === 1;
  const choices = chosenSet(chosen, candidates);
  if (choices.size < min || choices.size > max) {
    throw new RangeError(
      single
        ? `the choice is one of the ${candidates} candidates`
        : `choose between ${min} and ${max} of the ${candidates} candidates, not ${choices.size}`,
    );
  }
  const publicKey = pointFromHex(publicKeyHex);
  const draw = () => {
    const s = drawScalar();
    if (typeof s !== 'bigint' || s <= 0n || s >= ORDER) {
      throw new RangeError('random scalars lie in 1..n-1');
    }
    return s;
  };
  const selections = [];
  const proofs = [];
  const randomness = [];
  let total = 0n;
  for (let i = 0; i < candidates; i++) {
    const m = choices.has(i) ? 1 : 0;
    const r = draw();
    const c = encrypt(publicKey, m, r);
    const statement = zeroOrOneStatement(electionId, publicKey, i, candidates, c);
    // nonce, fake challenge, fake response: the order Java draws them in
    proofs.push(proveZeroOrOne(statement, publicKey, c, m, r, draw(), draw(), draw()));
    selections.push(c);
    randomness.push(r);
    total += r;
  }
  const sum = sumCiphertexts(selections);
  const ballot = {
    selections: selections.map(ciphertextToJson),
    zeroOrOne: proofs.map(zeroOrOneToJson),
  };
  if (single) {
    const statement = constantStatement(electionId, publicKey, sum, 1, selections);
    ballot.sumIsOne = constantToJson(proveConstant(statement, publicKey, mod(total), draw()));
  } else {
    // the nonce first, then each other branch's fake challenge and response in ascending order,
    // as Java's CountInRangeProof.proveSum draws them, so seeded ballots agree byte for byte
    const nonce = draw();
    const fakes = [];
    for (let m = min; m <= max; m++) {
      if (m !== choices.size) {
        fakes.push({ challenge: draw(), response: draw() });
      }
    }
    const statement = countInRangeStatement(electionId, publicKey, min, max, selections);
    const proof = proveCountInRange(
      statement,
      publicKey,
      sum,
      min,
      max,
      choices.size,
      mod(total),
      nonce,
      fakes,
    );
    ballot.countInRange = countInRangeToJson(proof);
  }
  return { ballot, randomness: randomness.map(scalarHex) };
}

/**
 * Every check in order, like Java's EncryptedBallot.verify; the verdict names the first that fails
 * (with the 0-based candidate for a per-candidate check, -1 otherwise). The last check is
 * SUM_IS_ONE for bounds 1..1 and COUNT_IN_RANGE otherwise; a ballot that carries the other count
 * proof, or both, fails it. A malformed element fails the check it belongs to. A malformed public
 * key or election id is the caller's error and throws CryptoRefusal; bounds outside 0..candidates
 * throw RangeError.
 */
export function verifyBallot(electionId, publicKeyHex, candidates, ballot, bounds = EXACTLY_ONE) {
  requireElectionId(electionId);
  const publicKey = pointFromHex(publicKeyHex);
  const { min, max } = requireBounds(bounds, candidates);
  const selections = ballot?.selections;
  const zeroOrOne = ballot?.zeroOrOne;
  if (
    !Array.isArray(selections) ||
    !Array.isArray(zeroOrOne) ||
    selections.length !== candidates ||
    zeroOrOne.length !== candidates
  ) {
    return verdict(CHECKS.CANDIDATE_COUNT, -1);
  }
  const ciphertexts = [];
  for (let i = 0; i < candidates; i++) {
    const c = parsed(() => ciphertextFromJson(selections[i]));
    const proof = parsed(() => zeroOrOneFromJson(zeroOrOne[i]));
    if (!c || !proof || !verifyZeroOrOne(electionId, publicKey, i, candidates, c, proof)) {
      return verdict(CHECKS.ZERO_OR_ONE, i);
    }
    ciphertexts.push(c);
  }
  if (min === 1 && max === 1) {
    const sumProof = hasField(ballot, 'countInRange')
      ? null
      : parsed(() => constantFromJson(ballot.sumIsOne));
    const sum = sumCiphertexts(ciphertexts);
    if (!sumProof || !verifyConstant(electionId, publicKey, sum, 1, sumProof, ciphertexts)) {
      return verdict(CHECKS.SUM_IS_ONE, -1);
    }
    return verdict(null, -1);
  }
  const countProof = hasField(ballot, 'sumIsOne')
    ? null
    : parsed(() => countInRangeFromJson(ballot.countInRange));
  if (
    !countProof ||
    !verifyCountInRange(electionId, publicKey, min, max, ciphertexts, countProof)
  ) {
    return verdict(CHECKS.COUNT_IN_RANGE, -1);
  }
  return verdict(null, -1);
}

/** The same words as Java's BallotVerdict.describe. */
export function describeVerdict(failed, candidate) {
  switch (failed) {
    case null:
      return 'valid';
    case CHECKS.CANDIDATE_COUNT:
      return 'the ballot does not hold one ciphertext and proof per candidate';
    case CHECKS.ZERO_OR_ONE:
      return `the proof that the ciphertext for candidate ${candidate + 1} encrypts 0 or 1 fails`;
    case CHECKS.SUM_IS_ONE:
      return 'the proof that exactly one candidate is chosen fails';
    case CHECKS.COUNT_IN_RANGE:
      return "the proof that the number of candidates chosen is within the election's bounds fails";
    default:
      throw new RangeError(`no such check: ${failed}`);
  }
}

function verdict(failed, candidate) {
  return { valid: failed === null, failed, candidate, message: describeVerdict(failed, candidate) };
}

/** The election's bounds: safe integers, 0 <= min <= max <= candidates, or the caller erred. */
function requireBounds(bounds, candidates) {
  const min = bounds?.min;
  const max = bounds?.max;
  if (
    !Number.isSafeInteger(min) ||
    !Number.isSafeInteger(max) ||
    !Number.isSafeInteger(candidates) ||
    min < 0 ||
    max < 1 ||
    min > max ||
    max > candidates
  ) {
    throw new RangeError(`bounds ${min}..${max} do not lie within 0..${candidates} candidates`);
  }
  return { min, max };
}

/** A single index or an array of distinct indices, each a position among the candidates. */
function chosenSet(chosen, candidates) {
  const list = Array.isArray(chosen) ? chosen : [chosen];
  const set = new Set(list);
  if (
    set.size !== list.length ||
    !list.every((i) => Number.isSafeInteger(i) && i >= 0 && i < candidates)
  ) {
    throw new RangeError(
      Array.isArray(chosen)
        ? `the choices are distinct positions among the ${candidates} candidates`
        : `the choice is one of the ${candidates} candidates`,
    );
  }
  return set;
}

function parsed(decode) {
  try {
    return decode();
  } catch {
    return null;
  }
}
