// The election cryptography for the voter's browser (issue 11): the same protocol, bytes and
// checks as Java's org.securevote.tools.crypto, on @noble/curves (P-256) and @noble/hashes.
// The Maven build bundles this file with esbuild into the WAR as /resources/js/election-crypto.js.
export { encryptBallot, verifyBallot, describeVerdict, CHECKS, EXACTLY_ONE } from './ballot.js';
export {
  CryptoRefusal,
  G,
  ORDER,
  Point,
  baseAndPoint,
  bytesToHex,
  decodePoint,
  decodeScalar,
  encodePoint,
  encodeScalar,
  fromHex,
  mod,
  pointFromHex,
  pointHex,
  randomScalar,
  scalarFromHex,
  scalarHex,
  times,
  twoPoints,
} from './group.js';
export { TAGS, Transcript, requireElectionId } from './transcript.js';
export {
  ciphertextFromJson,
  ciphertextToJson,
  constantFromJson,
  constantHashInput,
  constantStatement,
  constantToJson,
  countInRangeFromJson,
  countInRangeHashInput,
  countInRangeStatement,
  countInRangeToJson,
  encrypt,
  proveConstant,
  proveCountInRange,
  proveZeroOrOne,
  sumCiphertexts,
  verifyConstant,
  verifyCountInRange,
  verifyZeroOrOne,
  zeroOrOneFromJson,
  zeroOrOneHashInput,
  zeroOrOneStatement,
  zeroOrOneToJson,
} from './proofs.js';
export { TRACKER_TAG, tracker, trackerDigest, trackerShortForm, trackerTranscript } from './tracker.js';
