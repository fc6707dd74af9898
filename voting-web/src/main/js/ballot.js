// The encrypted ballot (docs/election-crypto.md, "Single-choice ballot", "Approval ballot", "Ballot
// of several questions"), as plain JSON-able objects in lowercase hex with the field names of
// Java's EncryptedBallot, so the server checks exactly what the browser made. Bounds {min, max} say
// how many candidates a ballot may choose: 1..1 is the single-choice ballot (sumIsOne), any other
// the approval ballot (countInRange). In their place a layout, [{candidates, min, max}, ...], gives
// the ballot's questions, each a run of consecutive candidates with its own bounds: one question is
// exactly the ballot of those bounds, two or more make a ballot with questionCounts.
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
  questionCountFromJson,
  questionCountStatement,
  questionCountsToJson,
  sumCiphertexts,
  verifyConstant,
  verifyCountInRange,
  verifyQuestionCount,
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
  QUESTION_COUNT: 'QUESTION_COUNT',
});

/** The single-choice ballot's bounds, the default everywhere. */
export const EXACTLY_ONE = Object.freeze({ min: 1, max: 1 });

/** The count proof fields of the wire form; a ballot has exactly one of them. */
const COUNT_FIELDS = ['sumIsOne', 'countInRange', 'questionCounts'];

/**
 * Encrypts the chosen candidates (0-based, in the election's candidate order): one ciphertext per
 * candidate, each with its 0-or-1 proof, then the proof that they add up to exactly 1 (bounds 1..1)
 * or to a count within min..max. chosen is one index (single choice) or an array of distinct
 * indices. Returns the ballot and the randomness, which only a challenged (spoiled) ballot ever
 * reveals. drawScalar is for tests with seeded values; in the browser it is crypto.getRandomValues
 * through noble.
 *
 * bounds may instead be the ballot's questions, [{candidates, min, max}, ...], whose candidates add
 * up to candidates: with two or more, chosen is an array of 0-based positions over the whole
 * ballot, each question's count must lie within its bounds, and the ballot carries questionCounts (one
 * question count proof per question, in order; a choose-one question has lo = hi = 1). The draws
 * after the candidates' are, per question in order, the count proof's nonce and then each other
 * branch's fake challenge and response in ascending order, as Java's EncryptedBallot draws them.
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
  const questions = requireLayout(bounds, candidates);
  const { min, max } = questions.length === 1 ? questions[0] : { min: 0, max: candidates };
  const single = questions.length === 1 && min === 1 && max === 1;
  const choices = chosenSet(chosen, candidates);
  if (questions.length === 1 && (choices.size < min || choices.size > max)) {
    throw new RangeError(
      single
        ? `the choice is one of the ${candidates} candidates`
        : `choose between ${min} and ${max} of the ${candidates} candidates, not ${choices.size}`,
    );
  }
  if (questions.length > 1) {
    questions.forEach((q, i) => {
      const count = runOf(questions, i).filter((p) => choices.has(p)).length;
      if (count < q.min || count > q.max) {
        throw new RangeError(
          `choose between ${q.min} and ${q.max} of the ${q.candidates} answers to question ` +
            `${i + 1}, not ${count}`,
        );
      }
    });
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
  for (let i = 0; i < candidates; i++) {
    const m = choices.has(i) ? 1 : 0;
    const r = draw();
    const c = encrypt(publicKey, m, r);
    const statement = zeroOrOneStatement(electionId, publicKey, i, candidates, c);
    // nonce, fake challenge, fake response: the order Java draws them in
    proofs.push(proveZeroOrOne(statement, publicKey, c, m, r, draw(), draw(), draw()));
    selections.push(c);
    randomness.push(r);
  }
  const ballot = {
    selections: selections.map(ciphertextToJson),
    zeroOrOne: proofs.map(zeroOrOneToJson),
  };
  const total = (positions) => mod(positions.reduce((s, i) => s + randomness[i], 0n));
  const everyone = [...Array(candidates).keys()];
  if (single) {
    const sum = sumCiphertexts(selections);
    const statement = constantStatement(electionId, publicKey, sum, 1, selections);
    ballot.sumIsOne = constantToJson(proveConstant(statement, publicKey, total(everyone), draw()));
  } else if (questions.length === 1) {
    const statement = countInRangeStatement(electionId, publicKey, min, max, selections);
    const r = total(everyone);
    const proof = proveCount(statement, publicKey, selections, min, max, choices.size, r, draw);
    ballot.countInRange = countInRangeToJson(proof);
  } else {
    const counts = questions.map((q, i) => {
      const run = runOf(questions, i);
      const parts = run.map((p) => selections[p]);
      const count = run.filter((p) => choices.has(p)).length;
      const { min: lo, max: hi } = q;
      const statement = questionCountStatement(electionId, publicKey, i, run[0], lo, hi, parts);
      const proof = proveCount(statement, publicKey, parts, lo, hi, count, total(run), draw);
      return { candidates: q.candidates, proof };
    });
    ballot.questionCounts = questionCountsToJson(counts);
  }
  return { ballot, randomness: randomness.map(scalarHex) };
}

/**
 * The nonce first, then each other branch's fake challenge and response in ascending order, as
 * Java's CountInRangeProof draws them, so seeded ballots agree byte for byte.
 */
function proveCount(statement, publicKey, parts, lo, hi, count, randomness, draw) {
  const nonce = draw();
  const fakes = [];
  for (let m = lo; m <= hi; m++) {
    if (m !== count) {
      fakes.push({ challenge: draw(), response: draw() });
    }
  }
  const sum = sumCiphertexts(parts);
  return proveCountInRange(statement, publicKey, sum, lo, hi, count, randomness, nonce, fakes);
}

/**
 * Every check in order, like Java's EncryptedBallot.verify; the verdict names the first that fails
 * (with the 0-based candidate for a per-candidate check, the 0-based question for a question's
 * count, -1 otherwise). The last check is SUM_IS_ONE for bounds 1..1, COUNT_IN_RANGE for other
 * bounds, and QUESTION_COUNT for a layout of several questions (bounds as [{candidates, min, max},
 * ...], see encryptBallot); a ballot that carries another count proof than the one due, or more
 * than one, fails it. A malformed element fails the check it belongs to. A malformed public key or
 * election id is the caller's error and throws CryptoRefusal; bounds outside 0..candidates, or a
 * layout whose candidates do not add up to candidates, throw RangeError.
 */
export function verifyBallot(electionId, publicKeyHex, candidates, ballot, bounds = EXACTLY_ONE) {
  requireElectionId(electionId);
  const publicKey = pointFromHex(publicKeyHex);
  const questions = requireLayout(bounds, candidates);
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
  // the proof due, and no other: Java's reader refuses a ballot with more than one
  const only = (field) => COUNT_FIELDS.every((f) => f === field || !hasField(ballot, f));
  if (questions.length > 1) {
    return verifyQuestions(electionId, publicKey, questions, ciphertexts, ballot, only);
  }
  const { min, max } = questions[0];
  if (min === 1 && max === 1) {
    const sumProof = only('sumIsOne') ? parsed(() => constantFromJson(ballot.sumIsOne)) : null;
    const sum = sumCiphertexts(ciphertexts);
    if (!sumProof || !verifyConstant(electionId, publicKey, sum, 1, sumProof, ciphertexts)) {
      return verdict(CHECKS.SUM_IS_ONE, -1);
    }
    return verdict(null, -1);
  }
  const countProof = only('countInRange')
    ? parsed(() => countInRangeFromJson(ballot.countInRange))
    : null;
  if (
    !countProof ||
    !verifyCountInRange(electionId, publicKey, min, max, ciphertexts, countProof)
  ) {
    return verdict(CHECKS.COUNT_IN_RANGE, -1);
  }
  return verdict(null, -1);
}

/** Each question's proof in order, over its own run, held to the election's layout. */
function verifyQuestions(electionId, publicKey, questions, ciphertexts, ballot, only) {
  const counts = only('questionCounts') ? ballot.questionCounts : null;
  if (!Array.isArray(counts) || counts.length !== questions.length) {
    return verdict(CHECKS.QUESTION_COUNT, -1);
  }
  for (let q = 0; q < questions.length; q++) {
    const question = questions[q];
    const run = runOf(questions, q);
    const parts = run.map((i) => ciphertexts[i]);
    const proof = parsed(() => questionCountFromJson(counts[q]));
    if (
      !proof ||
      proof.candidates !== question.candidates ||
      !verifyQuestionCount(
        electionId,
        publicKey,
        q,
        run[0],
        question.min,
        question.max,
        parts,
        proof.proof,
      )
    ) {
      return verdict(CHECKS.QUESTION_COUNT, q);
    }
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
    case CHECKS.QUESTION_COUNT:
      return candidate < 0
        ? "the ballot does not prove a count for each of the election's questions"
        : `the proof that the number of answers chosen in question ${candidate + 1} is ` +
            'within its bounds fails';
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

/**
 * The ballot's questions, [{candidates, min, max}, ...] with positions starting at first: bounds
 * {min, max} are the one question over all the candidates; a layout is at least one question, each
 * of at least one candidate within its bounds, adding up to candidates, or the caller erred.
 */
function requireLayout(bounds, candidates) {
  if (!Array.isArray(bounds)) {
    return [{ candidates, first: 0, ...requireBounds(bounds, candidates) }];
  }
  if (bounds.length < 1) {
    throw new RangeError('a ballot has at least one question');
  }
  let first = 0;
  const questions = bounds.map((q, i) => {
    const p = q?.candidates;
    if (!Number.isSafeInteger(p) || p < 1) {
      throw new RangeError(`question ${i + 1} has at least one candidate, not ${p}`);
    }
    const question = { candidates: p, first, ...requireBounds(q, p) };
    first += p;
    return question;
  });
  if (first !== candidates) {
    throw new RangeError(`the questions have ${first} candidates in all, not ${candidates}`);
  }
  return questions;
}

/** The 0-based positions of question q's candidates on the ballot. */
function runOf(questions, q) {
  const { first, candidates } = questions[q];
  return Array.from({ length: candidates }, (_, k) => first + k);
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
