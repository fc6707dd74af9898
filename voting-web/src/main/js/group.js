// The group and its encodings (docs/election-crypto.md, "Group and encodings"): NIST P-256,
// points as 33-byte SEC1 compressed, scalars as 32 bytes big-endian, both as lowercase hex.
// Decoding refuses anything that is not a canonical group element, like Java's Group.
import { p256 } from '@noble/curves/nist.js';
import { bytesToHex, bytesToNumberBE, hexToBytes, numberToBytesBE } from '@noble/curves/utils.js';

export const Point = p256.Point;
export const G = Point.BASE;
export const ORDER = Point.Fn.ORDER;
export const POINT_BYTES = 33;
export const SCALAR_BYTES = 32;

/** Input the protocol refuses: a malformed encoding, like Java's CryptoRefusal. */
export class CryptoRefusal extends Error {
  constructor(message) {
    super(message);
    this.name = 'CryptoRefusal';
  }
}

export function mod(a) {
  const r = a % ORDER;
  return r < 0n ? r + ORDER : r;
}

/** k*P for a secret k (constant time); noble refuses 0, which is the point at infinity. */
export function times(point, k) {
  const s = mod(k);
  return s === 0n || point.is0() ? Point.ZERO : point.multiply(s);
}

/** a*G + b*Q for public scalars only (verification): faster, not constant time. */
export function baseAndPoint(a, q, b) {
  return twoPoints(G, a, q, b);
}

/** a*P + b*Q for public scalars only. */
export function twoPoints(p, a, q, b) {
  return p.multiplyUnsafe(mod(a)).add(q.multiplyUnsafe(mod(b)));
}

/** A uniform scalar in 1..n-1 from crypto.getRandomValues, through noble's key generator. */
export function randomScalar() {
  return bytesToNumberBE(p256.utils.randomSecretKey());
}

export function encodePoint(point) {
  if (point.is0()) {
    throw new CryptoRefusal('the point at infinity has no encoding here');
  }
  return point.toBytes(true);
}

/** A compressed point on the curve, never the point at infinity. */
export function decodePoint(bytes) {
  if (bytes.length !== POINT_BYTES || (bytes[0] !== 0x02 && bytes[0] !== 0x03)) {
    throw new CryptoRefusal('a point is 33 bytes, SEC1 compressed');
  }
  let point;
  try {
    point = Point.fromBytes(bytes); // refuses x >= p and an x with no point
  } catch (e) {
    throw new CryptoRefusal('not a point on P-256');
  }
  if (point.is0()) {
    throw new CryptoRefusal('not a point on P-256');
  }
  return point;
}

export function encodeScalar(scalar) {
  if (typeof scalar !== 'bigint' || scalar < 0n || scalar >= ORDER) {
    throw new CryptoRefusal('a scalar lies in 0..n-1');
  }
  return numberToBytesBE(scalar, SCALAR_BYTES);
}

/** 32 bytes big-endian, below the group order n. */
export function decodeScalar(bytes) {
  if (bytes.length !== SCALAR_BYTES) {
    throw new CryptoRefusal('a scalar is 32 bytes');
  }
  const scalar = bytesToNumberBE(bytes);
  if (scalar >= ORDER) {
    throw new CryptoRefusal('a scalar lies in 0..n-1');
  }
  return scalar;
}

export const pointHex = (point) => bytesToHex(encodePoint(point));
export const pointFromHex = (hex) => decodePoint(fromHex(hex));
export const scalarHex = (scalar) => bytesToHex(encodeScalar(scalar));
export const scalarFromHex = (hex) => decodeScalar(fromHex(hex));

/** Lowercase hex only, so each value has exactly one spelling. */
export function fromHex(hex) {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) {
    throw new CryptoRefusal('lowercase hex expected');
  }
  return hexToBytes(hex);
}

export { bytesToHex };
