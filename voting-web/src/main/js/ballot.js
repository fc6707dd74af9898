// The single-choice ballot (docs/election-crypto.md, "Single-choice ballot"), as plain JSON-able
// objects in lowercase hex with the field names of Java's SingleChoiceBallot, so the server checks
// exactly what the browser made.
import { ORDER, mod, pointFromHex, randomScalar, scalarHex } from './group.js';
import { requireElectionId } from './transcript.js';
import {
  ciphertextFromJson,
  ciphertextToJson,
  constantFromJson,
  constantStatement,
  constantToJson,
  encrypt,
  proveConstant,
  proveZeroOrOne,
  sumCiphertexts,
  verifyConstant,
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
});

/**
 * Encrypts the choice (0-based, in the election's candidate order): one ciphertext per candidate,
 * each with its 0-or-1 proof, and the proof that they add up to exactly 1. Returns the ballot and
 * the randomness, which only a challenged (spoiled) ballot ever reveals. drawScalar is for tests
 * with seeded values; in the browser it is crypto.getRandomValues through noble.
 */
export function encryptBallot(electionId, publicKeyHex, candidates, choice, drawScalar = randomScalar) {
  requireElectionId(electionId);
  if (!Number.isSafeInteger(candidates) || candidates < 1) {
    throw new RangeError('an election has at least one candidate');
  }
  if (!Number.isSafeInteger(choice) || choice < 0 || choice >= candidates) {
    throw new RangeError(`the choice is one of the ${candidates} candidates`);
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
    const m = i === choice ? 1 : 0;
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
  const sumIsOne = proveConstant(
    constantStatement(electionId, publicKey, sum, 1, selections),
    publicKey,
    mod(total),
    draw(),
  );
  return {
    ballot: {
      selections: selections.map(ciphertextToJson),
      zeroOrOne: proofs.map(zeroOrOneToJson),
      sumIsOne: constantToJson(sumIsOne),
    },
    randomness: randomness.map(scalarHex),
  };
}

/**
 * Every check in order, like Java's SingleChoiceBallot.verify; the verdict names the first that
 * fails (with the 0-based candidate for a per-candidate check, -1 otherwise). A malformed element
 * fails the check it belongs to. A malformed public key or election id is the caller's error and
 * throws.
 */
export function verifyBallot(electionId, publicKeyHex, candidates, ballot) {
  requireElectionId(electionId);
  const publicKey = pointFromHex(publicKeyHex);
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
  const sumProof = parsed(() => constantFromJson(ballot.sumIsOne));
  const sum = sumCiphertexts(ciphertexts);
  if (!sumProof || !verifyConstant(electionId, publicKey, sum, 1, sumProof, ciphertexts)) {
    return verdict(CHECKS.SUM_IS_ONE, -1);
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
    default:
      throw new RangeError(`no such check: ${failed}`);
  }
}

function verdict(failed, candidate) {
  return { valid: failed === null, failed, candidate, message: describeVerdict(failed, candidate) };
}

function parsed(decode) {
  try {
    return decode();
  } catch {
    return null;
  }
}
