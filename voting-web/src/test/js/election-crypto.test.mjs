// Cross-tests of the BUNDLED browser code against the Java side (docs/election-crypto.md): every
// Java vector is recomputed from its seeded scalars to the same bytes and every Java proof
// verifies here; the browser ballot fixture is what the bundle makes and what Java verifies
// (BrowserBallotTest), and so are the approval ballot and the questions ballot fixtures. Run by the Maven build: node --test,
// after esbuild has made the bundle. After a deliberate protocol change, rewrite the fixtures with
// SECUREVOTE_WRITE_BROWSER_BALLOT=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, createHash, hkdfSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const BUNDLE =
  process.env.ELECTION_CRYPTO_BUNDLE ?? here('../../../target/election-crypto/resources/js/election-crypto.js');
const RESOURCES = process.env.VOTING_TOOLS_TEST_RESOURCES ?? here('../../../../voting-tools/src/test/resources/');
const VECTORS = RESOURCES + '/election-crypto-vectors.json';
const FIXTURE = RESOURCES + '/browser-ballot.json';
const APPROVAL_FIXTURE = RESOURCES + '/browser-approval-ballot.json';
const QUESTIONS_FIXTURE = RESOURCES + '/browser-questions-ballot.json';

const ec = await import(pathToFileURL(BUNDLE).href);
const v = JSON.parse(readFileSync(VECTORS, 'utf8'));
const ID = v.election_id;
const OTHER_ID = 'f'.repeat(32); // another election, in the server's format too
const { G, ORDER, Transcript, TAGS, times, mod, pointHex, pointFromHex, scalarHex, scalarFromHex } = ec;

const hex = (bytes) => ec.bytesToHex(bytes);
const ptHex = (p) => pointHex(p);
const sc = (h) => scalarFromHex(h);
const pt = (h) => pointFromHex(h);

/** scalar(label) = 1 + (SHA-256(UTF-8("securevote/test-vectors/" + label)) mod (n - 1)). */
function seeded(label) {
  const digest = createHash('sha256').update('securevote/test-vectors/' + label, 'utf8').digest('hex');
  return (BigInt('0x' + digest) % (ORDER - 1n)) + 1n;
}

/** a^-1 mod n (n is prime). */
function inverse(a) {
  let result = 1n;
  let base = mod(a);
  for (let e = ORDER - 2n; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % ORDER;
    base = (base * base) % ORDER;
  }
  return result;
}

/** One more than the scalar, mod n: a changed proof element that still decodes. */
const bump = (h) => scalarHex(mod(sc(h) + 1n));

test('the bundle is self-contained and draws randomness from crypto.getRandomValues only', () => {
  const source = readFileSync(BUNDLE, 'utf8');
  assert.ok(!source.includes('Math.random'));
  assert.ok(source.includes('getRandomValues'));
  assert.ok(!/\bimport\s*\(|\bfrom\s*["']|\bimport\s*["']/.test(source), 'nothing is loaded at run time');
});

test('group: the generator and the order', () => {
  assert.equal(ptHex(G), v.group.generator);
  assert.equal(scalarHex(ORDER - 1n), mod(-1n).toString(16));
  assert.equal(ORDER.toString(16).padStart(64, '0'), v.group.order);
});

test('encodings refuse every non-canonical spelling', () => {
  const g = v.group.generator;
  assert.equal(ptHex(pt(g)), g);
  const refuses = (f) => assert.throws(f, ec.CryptoRefusal);
  refuses(() => pt(g.toUpperCase()));
  refuses(() => pt('04' + g.slice(2)));
  refuses(() => pt(g.slice(0, 64)));
  refuses(() => pt(hex(G.toBytes(false))));
  refuses(() => pt('02' + 'ff'.repeat(32))); // x above the field prime
  refuses(() => pt('02' + '00'.repeat(31) + '03')); // no point with x = 3
  refuses(() => pt('00'));
  refuses(() => ec.encodePoint(ec.Point.ZERO));
  refuses(() => sc(v.group.order));
  refuses(() => sc('00'.repeat(31)));
  refuses(() => sc('0'.repeat(63) + 'A'));
  refuses(() => scalarHex(ORDER));
  refuses(() => new Transcript('t', ID).integer(-1));
  refuses(() => new Transcript('t', ID).integer(2 ** 31));
  assert.equal(scalarHex(0n), '0'.repeat(64));
});

test('transcript_example: the same bytes and challenge', () => {
  assert.deepEqual(v.transcript_example.fields, ['text tag', `text ${ID}`, 'integer 7', 'point G', 'scalar 2']);
  const t = new Transcript('tag', ID).integer(7).point(G).scalar(2n);
  assert.equal(hex(t.bytes()), v.transcript_example.bytes);
  assert.equal(scalarHex(t.challenge()), v.transcript_example.challenge);
});

test('the seeded scalars are derived as the vectors say', () => {
  assert.equal(scalarHex(seeded('election/secret')), v.elgamal.secret_key);
  assert.equal(scalarHex(seeded('elgamal/r')), v.elgamal.randomness);
  assert.equal(scalarHex(seeded('ballot/2/fake-response')), v.single_choice_ballot.selections[2].fake_response);
});

test('elgamal: key, ciphertext and decryption', () => {
  const e = v.elgamal;
  const x = sc(e.secret_key);
  const key = times(G, x);
  assert.equal(ptHex(key), e.public_key);
  const c = ec.encrypt(key, e.message, sc(e.randomness));
  assert.deepEqual(ec.ciphertextToJson(c), e.ciphertext);
  assert.equal(ptHex(c.b.subtract(times(c.a, x))), e.decrypted_point);
  assert.equal(e.decrypted_point, ptHex(times(G, 3n)));
  assert.throws(() => ec.encrypt(key, 1, 0n), RangeError);
  assert.throws(() => ec.encrypt(key, 1, ORDER), RangeError);
});

/** Schnorr as the trustees' tool does it, from the bundle's transcript and group operations. */
function schnorr(statement, secret, nonce) {
  const X = times(G, secret);
  const c = statement.copy().point(X).point(times(G, nonce)).challenge();
  const proof = { challenge: c, response: mod(nonce + c * secret) };
  const recomputed = ec.baseAndPoint(proof.response, X, -proof.challenge);
  const hashInput = statement.copy().point(X).point(recomputed);
  return { X, proof, hashInput };
}

const schnorrJson = (p) => ({ challenge: scalarHex(p.challenge), response: scalarHex(p.response) });

test('schnorr_trustee_key and schnorr_coefficient: the same hash inputs and proofs', () => {
  const t = v.schnorr_trustee_key;
  const k = schnorr(new Transcript(TAGS.TRUSTEE_KEY, ID).integer(t.trustee), sc(t.secret), sc(t.nonce));
  assert.equal(t.tag, TAGS.TRUSTEE_KEY);
  assert.equal(ptHex(k.X), t.public_key);
  assert.equal(hex(k.hashInput.bytes()), t.hash_input);
  assert.deepEqual(schnorrJson(k.proof), t.proof);
  assert.equal(k.hashInput.challenge(), k.proof.challenge);

  const co = v.schnorr_coefficient;
  const statement = new Transcript(TAGS.COEFFICIENT, ID).integer(co.trustee).integer(co.coefficient);
  const c = schnorr(statement, sc(co.secret), sc(co.nonce));
  assert.equal(co.tag, TAGS.COEFFICIENT);
  assert.equal(ptHex(c.X), co.commitment);
  assert.equal(hex(c.hashInput.bytes()), co.hash_input);
  assert.deepEqual(schnorrJson(c.proof), co.proof);
});

for (const z of v.zero_or_one) {
  test(`zero_or_one for ${z.message}: same ciphertext, hash input and proof; Java's proof verifies, changed ones fail`, () => {
    const key = pt(v.elgamal.public_key);
    assert.equal(z.tag, TAGS.ZERO_OR_ONE);
    const c = ec.encrypt(key, z.message, sc(z.randomness));
    assert.deepEqual(ec.ciphertextToJson(c), z.ciphertext);
    const [at, of] = [z.candidate, z.candidates];
    const statement = ec.zeroOrOneStatement(ID, key, at, of, c);
    const proof = ec.proveZeroOrOne(
      statement, key, c, z.message, sc(z.randomness), sc(z.nonce), sc(z.fake_challenge), sc(z.fake_response));
    assert.deepEqual(ec.zeroOrOneToJson(proof), z.proof);
    const javaProof = ec.zeroOrOneFromJson(z.proof);
    assert.equal(hex(ec.zeroOrOneHashInput(statement, key, c, javaProof).bytes()), z.hash_input);
    assert.ok(ec.verifyZeroOrOne(ID, key, at, of, c, javaProof));

    assert.ok(!ec.verifyZeroOrOne(OTHER_ID, key, at, of, c, javaProof));
    assert.ok(!ec.verifyZeroOrOne(ID, times(key, 2n), at, of, c, javaProof));
    assert.ok(!ec.verifyZeroOrOne(ID, key, at, of, { a: c.b, b: c.a }, javaProof));
    assert.ok(!ec.verifyZeroOrOne(ID, key, at, of, { a: c.a, b: c.b.add(G) }, javaProof));
    assert.ok(!ec.verifyZeroOrOne(ID, key, at, of, { a: c.a.add(G), b: c.b }, javaProof));
    for (const field of ['c0', 'c1', 'v0', 'v1']) {
      const changed = ec.zeroOrOneFromJson({ ...z.proof, [field]: bump(z.proof[field]) });
      assert.ok(!ec.verifyZeroOrOne(ID, key, at, of, c, changed), field);
    }
    assert.ok(!ec.verifyZeroOrOne(ID, key, at, of, c, { ...javaProof, c0: javaProof.c0 + ORDER }));
    // moved to another position, or onto a ballot with another number of candidates
    const elsewhere = [...Array(of).keys()].filter((p) => p !== at).map((p) => [p, of]);
    for (const [p, n] of [...elsewhere, [at, of + 1], [of, of + 1]]) {
      assert.ok(!ec.verifyZeroOrOne(ID, key, p, n, c, javaProof), `position ${p} of ${n}`);
    }
    for (const [p, n] of [[of, of], [-1, of], [0, 0], [0.5, of]]) {
      assert.throws(() => ec.verifyZeroOrOne(ID, key, p, n, c, javaProof), /is not a position/);
    }
  });
}

test('constant: same ciphertext, hash input and proof; Java proof verifies, changed ones fail', () => {
  const k = v.constant;
  const key = pt(v.elgamal.public_key);
  assert.equal(k.tag, TAGS.CONSTANT);
  const c = ec.encrypt(key, k.constant, sc(k.randomness));
  assert.deepEqual(ec.ciphertextToJson(c), k.ciphertext);
  const statement = ec.constantStatement(ID, key, c, k.constant);
  const proof = ec.proveConstant(statement, key, sc(k.randomness), sc(k.nonce));
  assert.deepEqual(ec.constantToJson(proof), k.proof);
  const javaProof = ec.constantFromJson(k.proof);
  assert.equal(hex(ec.constantHashInput(statement, key, c, k.constant, javaProof).bytes()), k.hash_input);
  assert.ok(ec.verifyConstant(ID, key, c, k.constant, javaProof));

  assert.ok(!ec.verifyConstant(OTHER_ID, key, c, k.constant, javaProof));
  assert.ok(!ec.verifyConstant(ID, key, c, k.constant, javaProof, [c]), 'a lone proof as a sum of one');
  assert.ok(!ec.verifyConstant(ID, key, c, 0, javaProof));
  assert.ok(!ec.verifyConstant(ID, key, c, 2, javaProof));
  assert.ok(!ec.verifyConstant(ID, times(key, 2n), c, k.constant, javaProof));
  assert.ok(!ec.verifyConstant(ID, key, { a: c.a, b: c.b.add(G) }, k.constant, javaProof));
  assert.ok(!ec.verifyConstant(ID, key, { a: c.a.add(G), b: c.b }, k.constant, javaProof));
  for (const field of ['challenge', 'response']) {
    const changed = ec.constantFromJson({ ...k.proof, [field]: bump(k.proof[field]) });
    assert.ok(!ec.verifyConstant(ID, key, c, k.constant, changed), field);
  }
});

/** The Java vector ballot in the wire form. */
function javaBallot() {
  const b = v.single_choice_ballot;
  return {
    selections: b.selections.map((s) => s.ciphertext),
    zeroOrOne: b.selections.map((s) => s.proof),
    sumIsOne: b.sum_proof,
  };
}

/** Draws the given scalars in order and insists that all of them were used. */
function drawing(scalars) {
  let next = 0;
  const draw = () => {
    assert.ok(next < scalars.length, 'more draws than seeded scalars');
    return scalars[next++];
  };
  draw.used = () => next;
  return draw;
}

test('single_choice_ballot: the bundle makes the same ballot from the same scalars', () => {
  const b = v.single_choice_ballot;
  const seeds = b.selections.flatMap((s) => [s.randomness, s.nonce, s.fake_challenge, s.fake_response]);
  const draw = drawing([...seeds, b.sum_nonce].map(sc));
  const made = ec.encryptBallot(ID, b.public_key, b.candidates, b.choice, draw);
  assert.equal(draw.used(), 4 * b.candidates + 1);
  assert.deepEqual(made.ballot, javaBallot());
  assert.deepEqual(made.randomness, b.selections.map((s) => s.randomness));
  b.selections.forEach((s, i) => assert.equal(s.message, i === b.choice ? 1 : 0));

  const key = pt(b.public_key);
  const sum = ec.sumCiphertexts(made.ballot.selections.map(ec.ciphertextFromJson));
  assert.deepEqual(ec.ciphertextToJson(sum), b.sum);
  assert.equal(scalarHex(mod(made.randomness.map(sc).reduce((s, r) => s + r, 0n))), b.sum_randomness);
  const parts = made.ballot.selections.map(ec.ciphertextFromJson);
  const statement = ec.constantStatement(ID, key, sum, 1, parts);
  assert.ok(ec.verifyConstant(ID, key, sum, 1, ec.constantFromJson(b.sum_proof), parts));
  const reordered = [parts[1], parts[0], ...parts.slice(2)];
  assert.ok(!ec.verifyConstant(ID, key, sum, 1, ec.constantFromJson(b.sum_proof), reordered), 'parts reordered');
  assert.ok(!ec.verifyConstant(ID, key, sum, 1, ec.constantFromJson(b.sum_proof)), 'without its parts');
  const hashInput = ec.constantHashInput(statement, key, sum, 1, ec.constantFromJson(b.sum_proof));
  assert.equal(hex(hashInput.bytes()), b.sum_hash_input);
});

const VALID = { valid: true, failed: null, candidate: -1, message: 'valid' };

test("single_choice_ballot: Java's ballot verifies in the bundle; changed ones fail, naming the check", () => {
  const b = v.single_choice_ballot;
  const verify = (ballot, id = ID, candidates = b.candidates) => ec.verifyBallot(id, b.public_key, candidates, ballot);
  const ballot = javaBallot();
  assert.deepEqual(verify(ballot), VALID);

  assert.deepEqual(verify(ballot, OTHER_ID), {
    valid: false,
    failed: 'ZERO_OR_ONE',
    candidate: 0,
    message: 'the proof that the ciphertext for candidate 1 encrypts 0 or 1 fails',
  });
  assert.equal(verify(ballot, ID, 4).failed, 'CANDIDATE_COUNT');
  assert.equal(verify(ballot, ID, 2).failed, 'CANDIDATE_COUNT');
  assert.equal(verify({ ...ballot, zeroOrOne: ballot.zeroOrOne.slice(1) }).failed, 'CANDIDATE_COUNT');
  assert.equal(verify(null).failed, 'CANDIDATE_COUNT');
  expectEveryChangeRefused(ballot, verify);
});

/** Changes one element at a time and expects the check that owns it to fail. */
function expectEveryChangeRefused(ballot, verify) {
  const copy = () => structuredClone(ballot);
  ballot.selections.forEach((s, i) => {
    for (const part of ['a', 'b']) {
      const changed = copy();
      changed.selections[i][part] = ptHex(pt(s[part]).add(G));
      assert.deepEqual(pick(verify(changed)), ['ZERO_OR_ONE', i], `selection ${i} ${part}`);
      changed.selections[i][part] = s[part].toUpperCase();
      assert.deepEqual(pick(verify(changed)), ['ZERO_OR_ONE', i], `selection ${i} ${part} uppercase`);
    }
    for (const field of ['c0', 'c1', 'v0', 'v1']) {
      const changed = copy();
      changed.zeroOrOne[i][field] = bump(changed.zeroOrOne[i][field]);
      assert.deepEqual(pick(verify(changed)), ['ZERO_OR_ONE', i], `proof ${i} ${field}`);
    }
  });
  for (const field of ['challenge', 'response']) {
    const changed = copy();
    changed.sumIsOne[field] = bump(changed.sumIsOne[field]);
    assert.deepEqual(pick(verify(changed)), ['SUM_IS_ONE', -1], `sum ${field}`);
  }
  const swapped = copy();
  [swapped.selections[0], swapped.selections[1]] = [swapped.selections[1], swapped.selections[0]];
  assert.equal(verify(swapped).failed, 'ZERO_OR_ONE');
  // Cortier-Smyth: two candidates' (ciphertext, proof) pairs swapped, each pair valid on its own
  const last = ballot.selections.length - 1;
  const pairsSwapped = copy();
  for (const list of [pairsSwapped.selections, pairsSwapped.zeroOrOne]) {
    [list[1], list[last]] = [list[last], list[1]];
  }
  assert.deepEqual(verify(pairsSwapped), {
    valid: false,
    failed: 'ZERO_OR_ONE',
    candidate: 1,
    message: 'the proof that the ciphertext for candidate 2 encrypts 0 or 1 fails',
  });
  const rotated = copy();
  for (const list of [rotated.selections, rotated.zeroOrOne]) {
    list.unshift(list.pop());
  }
  assert.deepEqual(pick(verify(rotated)), ['ZERO_OR_ONE', 0], 'every pair moved one place');
  const noSum = copy();
  delete noSum.sumIsOne;
  assert.deepEqual(pick(verify(noSum)), ['SUM_IS_ONE', -1]);
}

const pick = (verdict) => [verdict.failed, verdict.candidate];

test('threshold_2_of_3: commitments, shares, keys, partial decryptions and their combination', () => {
  const t = v.threshold_2_of_3;
  const n = t.trustees.length;
  const power = (j, l) => BigInt(j) ** BigInt(l);
  const commitments = t.trustees.map((tr) =>
    tr.coefficients.map((co, l) => {
      assert.equal(co.secret, scalarHex(seeded(`dkg/${tr.trustee}/coefficient/${l}`)));
      const statement = new Transcript(TAGS.COEFFICIENT, ID).integer(tr.trustee).integer(l);
      const s = schnorr(statement, sc(co.secret), sc(co.nonce));
      assert.equal(ptHex(s.X), co.commitment);
      assert.deepEqual(schnorrJson(s.proof), co.proof);
      return s.X;
    }),
  );
  t.trustees.forEach((tr) => {
    assert.equal(tr.coefficients.length, t.threshold);
    for (let j = 1; j <= n; j++) {
      const f = tr.coefficients.reduce((s, co, l) => s + sc(co.secret) * power(j, l), 0n);
      assert.equal(scalarHex(mod(f)), tr.shares_for_1_to_n[j - 1]);
    }
  });
  const key = commitments.map((c) => c[0]).reduce((s, p) => s.add(p));
  assert.equal(ptHex(key), t.election_public_key);
  const shares = t.secret_shares.map((s) => {
    const j = s.trustee;
    const share = mod(t.trustees.reduce((sum, tr) => sum + sc(tr.shares_for_1_to_n[j - 1]), 0n));
    assert.equal(scalarHex(share), s.secret_share);
    const verification = commitments
      .flatMap((c) => c.map((p, l) => times(p, power(j, l))))
      .reduce((a, b) => a.add(b));
    assert.equal(ptHex(verification), s.verification_key);
    assert.equal(ptHex(times(G, share)), s.verification_key);
    return share;
  });
  const c = ec.encrypt(key, t.message, sc(t.randomness));
  assert.deepEqual(ec.ciphertextToJson(c), t.ciphertext);
  const set = t.partial_decryptions.map((p) => p.trustee);
  let combined = c.b;
  for (const p of t.partial_decryptions) {
    const j = p.trustee;
    const kj = pt(t.secret_shares[j - 1].verification_key);
    const d = times(c.a, shares[j - 1]);
    assert.equal(ptHex(d), p.partial);
    const statement = new Transcript(TAGS.PARTIAL_DECRYPTION, ID)
      .point(key).integer(j).point(kj).point(c.a).point(c.b).point(d);
    const u = sc(p.nonce);
    const ch = statement.copy().point(times(G, u)).point(times(c.a, u)).challenge();
    assert.deepEqual(schnorrJson({ challenge: ch, response: mod(u + ch * shares[j - 1]) }), p.proof);
    const proof = ec.constantFromJson(p.proof);
    const a = ec.baseAndPoint(proof.response, kj, -proof.challenge);
    const b = ec.twoPoints(c.a, proof.response, d, -proof.challenge);
    const hashInput = statement.copy().point(a).point(b);
    assert.equal(hex(hashInput.bytes()), p.hash_input);
    assert.equal(hashInput.challenge(), proof.challenge);
    const lambda = set
      .filter((m) => m !== j)
      .reduce((l, m) => mod(l * BigInt(m) * inverse(BigInt(m - j))), 1n);
    assert.equal(scalarHex(lambda), p.lagrange_at_zero);
    combined = combined.subtract(times(d, lambda));
  }
  assert.equal(ptHex(combined), t.combined_point);
  assert.equal(t.combined_point, ptHex(times(G, BigInt(t.message))));
});

test('share_transport: the associated data from the bundle; HKDF and AES-GCM from Node give the same bytes', () => {
  const s = v.share_transport;
  const receiver = times(G, sc(s.receiver_secret));
  assert.equal(ptHex(receiver), s.receiver_public_key);
  const e = sc(s.ephemeral_secret);
  const ephemeral = times(G, e);
  assert.equal(ptHex(ephemeral), s.ephemeral);
  const shared = times(receiver, e);
  assert.ok(shared.equals(times(ephemeral, sc(s.receiver_secret))));
  assert.equal(shared.x.toString(16).padStart(64, '0'), s.shared_x);
  const ad = new Transcript(TAGS.SHARE_TRANSPORT, ID).integer(s.from).integer(s.to).point(ephemeral).point(receiver).bytes();
  assert.equal(hex(ad), s.associated_data);
  const z = Buffer.from(s.shared_x, 'hex'); // x of the shared point, 32 bytes
  const okm = new Uint8Array(hkdfSync('sha256', z, new Uint8Array(32), ad, 44));
  assert.equal(hex(okm), s.hkdf_output);
  const cipher = createCipheriv('aes-256-gcm', okm.subarray(0, 32), okm.subarray(32, 44));
  cipher.setAAD(ad);
  const sealed = Buffer.concat([cipher.update(Buffer.from(s.share, 'hex')), cipher.final(), cipher.getAuthTag()]);
  assert.equal(sealed.toString('hex'), s.ciphertext);
});

/** The browser ballot fixture: seeded scalars "browser-ballot/0", "/1", ... in draw order. */
const FIXTURE_ELECTION = 'b7a5e7ba11070000000000000000000b'; // 32 lowercase hex, as the server's ids
const FIXTURE_CANDIDATES = 4;
const FIXTURE_CHOICE = 2;

function browserBallot() {
  let k = 0;
  const draw = () => seeded(`browser-ballot/${k++}`);
  const made = ec.encryptBallot(FIXTURE_ELECTION, v.elgamal.public_key, FIXTURE_CANDIDATES, FIXTURE_CHOICE, draw);
  return {
    about: 'A ballot made by the browser bundle (voting-web/src/main/js) from seeded scalars; Java verifies it (BrowserBallotTest)',
    scalar_derivation:
      'the k-th draw (nonces and randomness in the order of docs/election-crypto.md) is scalar("browser-ballot/" + k) of election-crypto-vectors.json',
    election_id: FIXTURE_ELECTION,
    public_key: v.elgamal.public_key,
    secret_key: v.elgamal.secret_key,
    candidates: FIXTURE_CANDIDATES,
    choice: FIXTURE_CHOICE,
    ballot: made.ballot,
    randomness: made.randomness,
  };
}

/** The fixture as the bundle makes it, equal to the committed file (rewritten on request). */
function committedFixture(file, fixture) {
  const text = JSON.stringify(fixture, null, 2) + '\n';
  if (process.env.SECUREVOTE_WRITE_BROWSER_BALLOT === 'true') {
    writeFileSync(file, text);
  }
  assert.equal(readFileSync(file, 'utf8'), text);
  return fixture;
}

test('the browser ballot fixture is exactly what the bundle makes, and it verifies', () => {
  const fixture = committedFixture(FIXTURE, browserBallot());
  const verify = (ballot, id = FIXTURE_ELECTION) => ec.verifyBallot(id, fixture.public_key, FIXTURE_CANDIDATES, ballot);
  assert.deepEqual(verify(fixture.ballot), VALID);
  assert.equal(verify(fixture.ballot, ID).failed, 'ZERO_OR_ONE');
  const x = sc(fixture.secret_key);
  fixture.ballot.selections.map(ec.ciphertextFromJson).forEach((c, i) => {
    const m = i === FIXTURE_CHOICE ? 1n : 0n;
    assert.ok(c.b.subtract(times(c.a, x)).equals(m === 0n ? ec.Point.ZERO : times(G, m)), `candidate ${i}`);
  });
  expectEveryChangeRefused(fixture.ballot, verify);
});

/** A dishonest ballot: messages of the caller's choosing, each proof claiming what it likes. */
function forged(messages, claims, sumClaim = 1) {
  const key = pt(v.elgamal.public_key);
  const r = messages.map(() => ec.randomScalar());
  const c = messages.map((m, i) => ec.encrypt(key, m, r[i]));
  const proofs = c.map((ci, i) =>
    ec.proveZeroOrOne(ec.zeroOrOneStatement(ID, key, i, messages.length, ci), key, ci, claims[i], r[i],
      ec.randomScalar(), ec.randomScalar(), ec.randomScalar()));
  const sum = ec.sumCiphertexts(c);
  const sumProof = ec.proveConstant(ec.constantStatement(ID, key, sum, sumClaim, c), key,
    mod(r.reduce((s, x) => s + x, 0n)), ec.randomScalar());
  return ec.verifyBallot(ID, v.elgamal.public_key, messages.length, {
    selections: c.map(ec.ciphertextToJson),
    zeroOrOne: proofs.map(ec.zeroOrOneToJson),
    sumIsOne: ec.constantToJson(sumProof),
  });
}

test('a ballot with a 2 for one candidate is refused, naming that candidate', () => {
  assert.deepEqual(pick(forged([0, 0, 2], [0, 0, 1])), ['ZERO_OR_ONE', 2]);
  assert.deepEqual(pick(forged([0, 2, 0], [0, 0, 0])), ['ZERO_OR_ONE', 1]);
  assert.equal(forged([2, 0, 0], [1, 0, 0]).message, 'the proof that the ciphertext for candidate 1 encrypts 0 or 1 fails');
});

test('a ballot with two 1s (or none) is refused by the sum check', () => {
  const twoOnes = forged([1, 0, 1], [1, 0, 1]);
  assert.deepEqual(pick(twoOnes), ['SUM_IS_ONE', -1]);
  assert.equal(twoOnes.message, 'the proof that exactly one candidate is chosen fails');
  assert.deepEqual(pick(forged([0, 0, 0], [0, 0, 0])), ['SUM_IS_ONE', -1]);
  assert.deepEqual(pick(forged([1, 1, 0], [1, 1, 0], 2)), ['SUM_IS_ONE', -1]);
  assert.deepEqual(forged([0, 1, 0], [0, 1, 0]), VALID);
});

test('fresh randomness: two encryptions of one choice differ and both verify', () => {
  const key = v.elgamal.public_key;
  const one = ec.encryptBallot(ID, key, 3, 0);
  const two = ec.encryptBallot(ID, key, 3, 0);
  assert.notDeepEqual(one.ballot.selections, two.ballot.selections);
  assert.deepEqual(ec.verifyBallot(ID, key, 3, one.ballot), VALID);
  assert.deepEqual(ec.verifyBallot(ID, key, 3, two.ballot), VALID);
  assert.deepEqual(JSON.parse(JSON.stringify(one)), one, 'plain JSON-able');
  assert.throws(() => ec.encryptBallot(ID, key, 3, 3), RangeError);
  assert.throws(() => ec.encryptBallot(ID, key, 0, 0), RangeError);
  assert.throws(() => ec.encryptBallot('', key, 3, 0), ec.CryptoRefusal);
  assert.throws(() => ec.encryptBallot(ID, key.toUpperCase(), 3, 0), ec.CryptoRefusal);
  assert.throws(() => ec.encryptBallot(ID, key, 2, 0, () => 0n), RangeError);
});

test('election ids: only the server\'s format, 32 lowercase hex characters, in every transcript', () => {
  const key = v.elgamal.public_key;
  const made = ec.encryptBallot(ID, key, 3, 1);
  const message = 'an election id is exactly 32 lowercase hex characters';
  for (const id of ['e\ud800' + '0'.repeat(30), ID.toUpperCase(), ID + '0', ID.slice(1), ID + '\n', '', undefined, 7]) {
    const refused = { name: 'CryptoRefusal', message };
    assert.throws(() => new Transcript(TAGS.ZERO_OR_ONE, id), refused, String(id));
    assert.throws(() => ec.encryptBallot(id, key, 3, 1), refused);
    assert.throws(() => ec.verifyBallot(id, key, 3, made.ballot), refused);
    assert.throws(() => ec.requireElectionId(id), refused);
  }
  const c = ec.ciphertextFromJson(made.ballot.selections[0]);
  const proof = ec.zeroOrOneFromJson(made.ballot.zeroOrOne[0]);
  assert.throws(() => ec.verifyZeroOrOne(ID.toUpperCase(), pt(key), 0, 3, c, proof), ec.CryptoRefusal);
  assert.throws(() => ec.verifyConstant(ID.toUpperCase(), pt(key), c, 1, ec.constantFromJson(made.ballot.sumIsOne)), ec.CryptoRefusal);
  assert.equal(ec.requireElectionId(ID), ID);
  assert.match(ID, /^[0-9a-f]{32}$/);
});

test('tracker: the same hash input, digest and short form as Java; any change gives another', () => {
  const b = v.single_choice_ballot;
  const ballot = javaBallot();
  assert.equal(hex(ec.trackerTranscript(ID, ballot).bytes()), b.tracker_hash_input);
  assert.equal(ec.tracker(ID, ballot), b.tracker);
  assert.equal(hex(ec.trackerDigest(ID, ballot)), b.tracker);
  assert.equal(ec.trackerShortForm(b.tracker), b.tracker_short);
  assert.equal(ec.trackerShortForm(ec.trackerDigest(ID, ballot)), b.tracker_short);
  assert.match(b.tracker_short, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  assert.equal(ec.trackerShortForm(new Uint8Array(32)), '00000-00000-00000');
  assert.equal(ec.trackerShortForm(new Uint8Array(32).fill(0xff)), 'ZZZZZ-ZZZZZ-ZZZZZ');

  assert.notEqual(ec.tracker(OTHER_ID, ballot), b.tracker);
  const changed = structuredClone(ballot);
  changed.sumIsOne.response = bump(changed.sumIsOne.response);
  assert.notEqual(ec.tracker(ID, changed), b.tracker);
  const swapped = structuredClone(ballot);
  [swapped.selections[0], swapped.selections[1]] = [swapped.selections[1], swapped.selections[0]];
  assert.notEqual(ec.tracker(ID, swapped), b.tracker);
  const refuses = (f) => assert.throws(f, ec.CryptoRefusal);
  refuses(() => ec.tracker(ID, { ...ballot, zeroOrOne: ballot.zeroOrOne.slice(1) }));
  refuses(() => ec.tracker(ID, { ...ballot, sumIsOne: { challenge: b.sum_proof.challenge.toUpperCase(), response: b.sum_proof.response } }));
  refuses(() => ec.trackerShortForm(b.tracker.toUpperCase()));
});

test("receipt: the signed message is the bundle's transcript, and Java's signature verifies in Node", async () => {
  const r = v.receipt;
  const message = new Transcript(r.tag, ID).text(r.tracker).text(r.encrypted_by).bytes();
  assert.equal(hex(message), r.message);
  assert.equal(r.tracker, v.single_choice_ballot.tracker);
  const { createPublicKey, verify } = await import('node:crypto');
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(r.public_key, 'hex').toString('base64url') },
    format: 'jwk',
  });
  assert.ok(verify(null, Buffer.from(r.message, 'hex'), key, Buffer.from(r.signature, 'hex')));
  const other = Buffer.from(r.message, 'hex');
  other[other.length - 1] ^= 1;
  assert.ok(!verify(null, other, key, Buffer.from(r.signature, 'hex')));
});

// Approval ballots (docs/election-crypto.md, "Count in range", "Approval ballot").

const N = 4;
const KEY = v.elgamal.public_key;
const SECRET = sc(v.elgamal.secret_key);

/** Each candidate's message, 0 or 1, read with the election secret. */
function opened(ballot) {
  return ballot.selections.map(ec.ciphertextFromJson).map((c) => {
    const m = c.b.subtract(times(c.a, SECRET));
    if (m.is0()) return 0;
    assert.ok(m.equals(G), 'a selection encrypts 0 or 1');
    return 1;
  });
}

const approves = (chosen) => [...Array(N).keys()].map((i) => (chosen.includes(i) ? 1 : 0));

test('approval ballots: made and verified for several bounds and selections, none and all included', () => {
  const cases = [
    [{ min: 0, max: 2 }, [[], [1], [0, 3]]],
    [{ min: 1, max: 3 }, [[2], [0, 1, 2], [3, 1]]],
    [{ min: 2, max: 2 }, [[1, 3]]],
    [{ min: 0, max: N }, [[], [0, 1, 2, 3]]],
  ];
  for (const [bounds, selections] of cases) {
    for (const chosen of selections) {
      const what = `${bounds.min}..${bounds.max} choosing [${chosen}]`;
      const made = ec.encryptBallot(ID, KEY, N, chosen, undefined, bounds);
      const { ballot } = made;
      assert.deepEqual(Object.keys(ballot), ['selections', 'zeroOrOne', 'countInRange'], what);
      const range = ballot.countInRange;
      assert.deepEqual([range.lo, range.hi], [bounds.min, bounds.max], what);
      assert.equal(range.challenges.length, bounds.max - bounds.min + 1, what);
      assert.equal(range.responses.length, bounds.max - bounds.min + 1, what);
      assert.deepEqual(JSON.parse(JSON.stringify(made)), made, 'plain JSON-able');
      assert.deepEqual(opened(ballot), approves(chosen), what);
      assert.deepEqual(ec.verifyBallot(ID, KEY, N, ballot, bounds), VALID, what);
      // checked against other bounds, or as a single-choice ballot: the count check fails
      const other = { min: bounds.min, max: bounds.max === N ? N - 1 : bounds.max + 1 };
      assert.deepEqual(pick(ec.verifyBallot(ID, KEY, N, ballot, other)), ['COUNT_IN_RANGE', -1], what);
      assert.deepEqual(pick(ec.verifyBallot(ID, KEY, N, ballot)), ['SUM_IS_ONE', -1], what);
      assert.deepEqual(pick(ec.verifyBallot(OTHER_ID, KEY, N, ballot, bounds)), ['ZERO_OR_ONE', 0], what);
    }
  }
  // bounds 1..1 as an array of one: the single-choice ballot, with its sum proof
  const single = ec.encryptBallot(ID, KEY, N, [2], undefined, { min: 1, max: 1 });
  assert.deepEqual(Object.keys(single.ballot), ['selections', 'zeroOrOne', 'sumIsOne']);
  assert.deepEqual(ec.verifyBallot(ID, KEY, N, single.ballot), VALID);
  assert.deepEqual(opened(single.ballot), approves([2]));
});

test('approval ballots: the seeded draws come in the order of the spec', () => {
  // per candidate r, nonce, fake challenge, fake response; then the count nonce and, for each other
  // count in ascending order, its fake challenge and response
  const bounds = { min: 0, max: 3 };
  const seeds = Array.from({ length: 4 * N + 1 + 2 * 3 }, (_, k) => seeded(`approval-order/${k}`));
  const draw = drawing(seeds);
  const made = ec.encryptBallot(ID, KEY, N, [1, 2], draw, bounds);
  assert.equal(draw.used(), seeds.length);
  assert.deepEqual(made.randomness, [0, 1, 2, 3].map((i) => scalarHex(seeds[4 * i])));
  const key = pt(KEY);
  const parts = made.ballot.selections.map(ec.ciphertextFromJson);
  const sum = ec.sumCiphertexts(parts);
  const statement = ec.countInRangeStatement(ID, key, 0, 3, parts);
  const total = mod([0, 1, 2, 3].reduce((s, i) => s + seeds[4 * i], 0n));
  const base = 4 * N + 1;
  const fakes = [0, 1, 3].map((_, f) => ({ challenge: seeds[base + 2 * f], response: seeds[base + 2 * f + 1] }));
  const proof = ec.proveCountInRange(statement, key, sum, 0, 3, 2, total, seeds[4 * N], fakes);
  assert.deepEqual(made.ballot.countInRange, ec.countInRangeToJson(proof));
  // the fakes stand where their counts are; the claimed count's entries are computed
  assert.deepEqual([0, 1, 3].map((m) => proof.challenges[m]), fakes.map((f) => f.challenge));
  assert.deepEqual([0, 1, 3].map((m) => proof.responses[m]), fakes.map((f) => f.response));
  const hashInput = ec.countInRangeHashInput(statement, key, sum, proof);
  assert.equal(hashInput.challenge(), mod(proof.challenges.reduce((s, c) => s + c, 0n)));
  assert.ok(hex(hashInput.bytes()).startsWith(hex(statement.bytes())));
  assert.equal(hashInput.bytes().length, statement.bytes().length + 4 * 2 * (4 + 33));
});

test('count in range: the statement is the spec\'s transcript; bad bounds are the caller\'s error', () => {
  const key = pt(KEY);
  const parts = ec.encryptBallot(ID, KEY, 3, [0], undefined, { min: 0, max: 3 }).ballot.selections.map(ec.ciphertextFromJson);
  const sum = ec.sumCiphertexts(parts);
  const expected = new Transcript(TAGS.COUNT_IN_RANGE, ID).point(key).integer(1).integer(2).integer(3);
  parts.forEach((p) => expected.point(p.a).point(p.b));
  expected.point(sum.a).point(sum.b);
  assert.equal(TAGS.COUNT_IN_RANGE, 'securevote/v1/count-in-range');
  assert.equal(hex(ec.countInRangeStatement(ID, key, 1, 2, parts).bytes()), hex(expected.bytes()));
  const proof = { lo: 0, hi: 1, challenges: [1n, 2n], responses: [3n, 4n] };
  for (const [lo, hi, ps] of [[2, 1, parts], [0, 4, parts], [-1, 1, parts], [0, 0, []], [0.5, 1, parts], [0, '1', parts], [0, 1, undefined]]) {
    const refused = { name: 'CryptoRefusal', message: /^bounds .* do not lie within 0\.\.\d+ parts$/ };
    assert.throws(() => ec.countInRangeStatement(ID, key, lo, hi, ps), refused, `${lo}..${hi}`);
    assert.throws(() => ec.verifyCountInRange(ID, key, lo, hi, ps, proof), refused, `${lo}..${hi}`);
  }
  assert.throws(() => ec.verifyCountInRange(ID.toUpperCase(), key, 0, 1, parts, proof), ec.CryptoRefusal);
  assert.throws(() => ec.proveCountInRange(ec.countInRangeStatement(ID, key, 0, 1, parts), key, sum, 0, 1, 2, 1n, 1n, [{ challenge: 1n, response: 1n }]), RangeError);
  assert.throws(() => ec.proveCountInRange(ec.countInRangeStatement(ID, key, 0, 1, parts), key, sum, 0, 1, 1, 1n, 1n, []), RangeError);
});

/** An approval ballot of the caller's making: 0-or-1 messages, a count proof claiming any branch. */
function forgedApproval(messages, bounds, claimed) {
  const key = pt(KEY);
  const random = () => ec.randomScalar();
  const r = messages.map(random);
  const c = messages.map((m, i) => ec.encrypt(key, m, r[i]));
  const proofs = c.map((ci, i) =>
    ec.proveZeroOrOne(ec.zeroOrOneStatement(ID, key, i, messages.length, ci), key, ci, messages[i], r[i],
      random(), random(), random()));
  const fakes = Array.from({ length: bounds.max - bounds.min }, () => ({ challenge: random(), response: random() }));
  const statement = ec.countInRangeStatement(ID, key, bounds.min, bounds.max, c);
  const proof = ec.proveCountInRange(statement, key, ec.sumCiphertexts(c), bounds.min, bounds.max, claimed,
    mod(r.reduce((s, x) => s + x, 0n)), random(), fakes);
  return {
    selections: c.map(ec.ciphertextToJson),
    zeroOrOne: proofs.map(ec.zeroOrOneToJson),
    countInRange: ec.countInRangeToJson(proof),
  };
}

const COUNT_FAILS = {
  valid: false,
  failed: 'COUNT_IN_RANGE',
  candidate: -1,
  message: "the proof that the number of candidates chosen is within the election's bounds fails",
};

test('a dishonest count is refused, naming COUNT_IN_RANGE', () => {
  const bounds = { min: 1, max: 2 };
  const verify = (ballot) => ec.verifyBallot(ID, KEY, N, ballot, bounds);
  assert.equal(ec.describeVerdict('COUNT_IN_RANGE', -1), COUNT_FAILS.message);
  assert.equal(ec.CHECKS.COUNT_IN_RANGE, 'COUNT_IN_RANGE');
  // every ciphertext a valid 0 or 1, approving 3 where at most 2 are allowed, whichever branch it claims
  for (const claimed of [1, 2]) {
    const ballot = forgedApproval([1, 1, 0, 1], bounds, claimed);
    assert.deepEqual(opened(ballot), [1, 1, 0, 1]);
    assert.deepEqual(verify(ballot), COUNT_FAILS, `claiming ${claimed}`);
  }
  assert.deepEqual(verify(forgedApproval([0, 0, 0, 0], bounds, 1)), COUNT_FAILS, 'none where one is due');
  // an allowed count proved in the wrong branch fails too; in its own branch it verifies
  assert.deepEqual(verify(forgedApproval([0, 1, 0, 0], bounds, 2)), COUNT_FAILS);
  assert.deepEqual(verify(forgedApproval([0, 1, 0, 0], bounds, 1)), VALID);
  assert.deepEqual(verify(forgedApproval([1, 0, 0, 1], bounds, 2)), VALID);
});

test('an approval ballot is refused with its count lists short or long, bad scalars, or the wrong count proof', () => {
  const bounds = { min: 1, max: 3 };
  const verify = (ballot, id = ID) => ec.verifyBallot(id, KEY, N, ballot, bounds);
  const { ballot } = ec.encryptBallot(ID, KEY, N, [0, 3], undefined, bounds);
  assert.deepEqual(verify(ballot), VALID);
  const changed = (change) => {
    const copy = structuredClone(ballot);
    change(copy);
    return verify(copy);
  };
  assert.deepEqual(changed((b) => {
    b.countInRange.challenges.pop();
    b.countInRange.responses.pop();
  }), COUNT_FAILS, 'one short');
  assert.deepEqual(changed((b) => b.countInRange.responses.pop()), COUNT_FAILS, 'responses one short');
  assert.deepEqual(changed((b) => {
    b.countInRange.challenges.push(b.countInRange.challenges[0]);
    b.countInRange.responses.push(b.countInRange.responses[0]);
  }), COUNT_FAILS, 'one long');
  for (const field of ['challenges', 'responses']) {
    for (let m = 0; m < 3; m++) {
      assert.deepEqual(changed((b) => (b.countInRange[field][m] = bump(b.countInRange[field][m]))), COUNT_FAILS, `${field}[${m}]`);
      if (/[a-f]/.test(ballot.countInRange[field][m])) {
        const upper = (b) => (b.countInRange[field][m] = b.countInRange[field][m].toUpperCase());
        assert.deepEqual(changed(upper), COUNT_FAILS, `${field}[${m}] uppercase`);
      }
      const order = (b) => (b.countInRange[field][m] = v.group.order); // not below n
      assert.deepEqual(changed(order), COUNT_FAILS, `${field}[${m}] = n`);
    }
    assert.deepEqual(changed((b) => (b.countInRange[field] = 'none')), COUNT_FAILS, `${field} not a list`);
  }
  // the proof's own bounds must be the election's, even when the lists still fit them
  assert.deepEqual(changed((b) => Object.assign(b.countInRange, { lo: 0, hi: 2 })), COUNT_FAILS);
  assert.deepEqual(changed((b) => Object.assign(b.countInRange, { lo: 2, hi: 4 })), COUNT_FAILS);
  assert.deepEqual(changed((b) => (b.countInRange.hi = 4)), COUNT_FAILS);
  assert.deepEqual(changed((b) => (b.countInRange.lo = '1')), COUNT_FAILS);
  assert.deepEqual(changed((b) => delete b.countInRange.lo), COUNT_FAILS);
  assert.deepEqual(changed((b) => delete b.countInRange), COUNT_FAILS);
  // a sum proof where the count proof is due, or both, fails the count check
  const single = ec.encryptBallot(ID, KEY, N, 0).ballot;
  assert.deepEqual(changed((b) => {
    b.sumIsOne = single.sumIsOne;
    delete b.countInRange;
  }), COUNT_FAILS, 'sumIsOne instead');
  assert.deepEqual(changed((b) => (b.sumIsOne = single.sumIsOne)), COUNT_FAILS, 'both');
  assert.deepEqual(verify({ ...single }), COUNT_FAILS, 'a single-choice ballot where approval is due');
  // and the reverse: a single-choice election refuses a count proof in place of, or beside, its sum proof
  assert.deepEqual(ec.verifyBallot(ID, KEY, N, single), VALID);
  assert.deepEqual(pick(ec.verifyBallot(ID, KEY, N, { ...single, countInRange: ballot.countInRange })), ['SUM_IS_ONE', -1]);
  const { sumIsOne, ...withoutSum } = single;
  assert.deepEqual(pick(ec.verifyBallot(ID, KEY, N, { ...withoutSum, countInRange: ballot.countInRange })), ['SUM_IS_ONE', -1]);
  // another election, and per-candidate changes, fail at the candidate as on a single-choice ballot
  assert.deepEqual(pick(verify(ballot, OTHER_ID)), ['ZERO_OR_ONE', 0]);
  expectEveryApprovalChangeRefused(ballot, verify);
});

/** Each ciphertext's and each 0-or-1 proof's element changed fails ZERO_OR_ONE at that candidate. */
function expectEveryPartChangeRefused(ballot, verify) {
  const copy = () => structuredClone(ballot);
  ballot.selections.forEach((s, i) => {
    for (const part of ['a', 'b']) {
      const changed = copy();
      changed.selections[i][part] = ptHex(pt(s[part]).add(G));
      assert.deepEqual(pick(verify(changed)), ['ZERO_OR_ONE', i], `selection ${i} ${part}`);
    }
    for (const field of ['c0', 'c1', 'v0', 'v1']) {
      const changed = copy();
      changed.zeroOrOne[i][field] = bump(changed.zeroOrOne[i][field]);
      assert.deepEqual(pick(verify(changed)), ['ZERO_OR_ONE', i], `proof ${i} ${field}`);
    }
  });
}

/** Per-candidate changes fail ZERO_OR_ONE at that candidate; count proof changes COUNT_IN_RANGE. */
function expectEveryApprovalChangeRefused(ballot, verify) {
  const copy = () => structuredClone(ballot);
  expectEveryPartChangeRefused(ballot, verify);
  for (const field of ['challenges', 'responses']) {
    ballot.countInRange[field].forEach((_, m) => {
      const changed = copy();
      changed.countInRange[field][m] = bump(changed.countInRange[field][m]);
      assert.deepEqual(pick(verify(changed)), ['COUNT_IN_RANGE', -1], `count ${field}[${m}]`);
    });
  }
  const last = ballot.selections.length - 1;
  const pairsSwapped = copy();
  for (const list of [pairsSwapped.selections, pairsSwapped.zeroOrOne]) {
    [list[0], list[last]] = [list[last], list[0]];
  }
  assert.deepEqual(pick(verify(pairsSwapped)), ['ZERO_OR_ONE', 0], 'pairs swapped');
}

test('count in range: the proof holds for its parts in their order only, and fails on bad input', () => {
  const key = pt(KEY);
  const { ballot } = ec.encryptBallot(ID, KEY, N, [0, 2], undefined, { min: 1, max: 3 });
  const parts = ballot.selections.map(ec.ciphertextFromJson);
  const proof = ec.countInRangeFromJson(ballot.countInRange);
  assert.deepEqual(ec.countInRangeToJson(proof), ballot.countInRange);
  assert.ok(ec.verifyCountInRange(ID, key, 1, 3, parts, proof));
  // same sum, other order: a reordered ballot's count proof does not carry over
  for (const reordered of [[parts[1], parts[0], parts[2], parts[3]], [...parts].reverse(), [parts[3], ...parts.slice(0, 3)]]) {
    assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, reordered, proof));
  }
  assert.ok(!ec.verifyCountInRange(OTHER_ID, key, 1, 3, parts, proof));
  assert.ok(!ec.verifyCountInRange(ID, times(key, 2n), 1, 3, parts, proof));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts.slice(0, 3), proof), 'one part fewer');
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 2, parts, proof), 'other bounds');
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, { ...proof, lo: 0 }));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, { ...proof, challenges: proof.challenges.slice(1) }));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, { ...proof, responses: [...proof.responses, 1n] }));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, { ...proof, challenges: [proof.challenges[0] + ORDER, ...proof.challenges.slice(1)] }));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, { ...proof, responses: [-1n, ...proof.responses.slice(1)] }));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, { ...proof, responses: [1, ...proof.responses.slice(1)] }));
  assert.ok(!ec.verifyCountInRange(ID, key, 1, 3, parts, null));
  // parts that add up to the point at infinity have no statement: the proof fails, nothing throws
  const cancelling = [parts[0], { a: parts[0].a.negate(), b: parts[0].b.negate() }];
  assert.ok(!ec.verifyCountInRange(ID, key, 0, 2, cancelling, { lo: 0, hi: 2, challenges: [1n, 2n, 3n], responses: [4n, 5n, 6n] }));
  assert.throws(() => ec.countInRangeStatement(ID, key, 0, 2, cancelling), ec.CryptoRefusal);
  for (const j of [null, {}, { ...ballot.countInRange, lo: -1 }, { ...ballot.countInRange, hi: 2 ** 31 }, { ...ballot.countInRange, challenges: ['00'] }]) {
    assert.throws(() => ec.countInRangeFromJson(j), ec.CryptoRefusal);
  }
});

test('encryptBallot refuses a number of choices outside the bounds, and bounds outside 0..N', () => {
  const make = (chosen, bounds) => ec.encryptBallot(ID, KEY, N, chosen, undefined, bounds);
  for (const [chosen, bounds] of [
    [[], { min: 1, max: 2 }],
    [[0, 1, 2], { min: 1, max: 2 }],
    [[0], { min: 2, max: 2 }],
    [[0, 1, 2, 3], { min: 0, max: 3 }],
    [[], { min: 1, max: 1 }],
    [[0, 1], { min: 1, max: 1 }],
    [[1, 1], { min: 0, max: 3 }],
    [[4], { min: 0, max: 3 }],
    [[-1], { min: 0, max: 3 }],
    [[0.5], { min: 0, max: 3 }],
    [['1'], { min: 0, max: 3 }],
    [7, { min: 0, max: 3 }],
  ]) {
    assert.throws(() => make(chosen, bounds), RangeError, `[${chosen}] for ${bounds.min}..${bounds.max}`);
  }
  const outside = [{ min: 0, max: N + 1 }, { min: -1, max: 2 }, { min: 3, max: 2 }, { min: 0.5, max: 2 }, { min: 1 }, {}, null];
  for (const bounds of outside) {
    assert.throws(() => make([0], bounds), /bounds .* do not lie within 0\.\.4 candidates/, JSON.stringify(bounds));
    assert.throws(() => ec.verifyBallot(ID, KEY, N, {}, bounds), RangeError, JSON.stringify(bounds));
  }
  assert.throws(() => ec.encryptBallot(ID, KEY, 3, [0], undefined, { min: 0, max: 4 }), RangeError);
  // a number is one choice, under any bounds that allow one
  assert.deepEqual(opened(make(3, { min: 0, max: 2 }).ballot), approves([3]));
  assert.deepEqual(ec.verifyBallot(ID, KEY, N, make(3, { min: 0, max: 2 }).ballot, { min: 0, max: 2 }), VALID);
});

test('tracker of an approval ballot: ends with lo, hi and the count proof; other bounds give another', () => {
  const bounds = { min: 1, max: 3 };
  const { ballot } = ec.encryptBallot(ID, KEY, N, [1, 2], undefined, bounds);
  const expected = new Transcript(ec.TRACKER_TAG, ID).integer(N);
  ballot.selections.forEach((s, i) => {
    const z = ec.zeroOrOneFromJson(ballot.zeroOrOne[i]);
    expected.point(pt(s.a)).point(pt(s.b)).scalar(z.c0).scalar(z.c1).scalar(z.v0).scalar(z.v1);
  });
  expected.integer(1).integer(3);
  ballot.countInRange.challenges.forEach((c, m) => expected.scalar(sc(c)).scalar(sc(ballot.countInRange.responses[m])));
  assert.equal(hex(ec.trackerTranscript(ID, ballot).bytes()), hex(expected.bytes()));
  const digest = ec.tracker(ID, ballot);
  assert.equal(digest, createHash('sha256').update(expected.bytes()).digest('hex'));
  assert.match(ec.trackerShortForm(digest), /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){2}$/);

  const withBounds = (lo, hi) => ({ ...ballot, countInRange: { ...ballot.countInRange, lo, hi } });
  assert.equal(ec.tracker(ID, withBounds(1, 3)), digest);
  assert.notEqual(ec.tracker(ID, withBounds(0, 2)), digest, 'the same ballot under other bounds');
  assert.notEqual(ec.tracker(ID, withBounds(2, 4)), digest, 'the same ballot under other bounds');
  assert.notEqual(ec.tracker(OTHER_ID, ballot), digest);
  const changed = structuredClone(ballot);
  changed.countInRange.responses[2] = bump(changed.countInRange.responses[2]);
  assert.notEqual(ec.tracker(ID, changed), digest);

  const refuses = (b, what) => assert.throws(() => ec.tracker(ID, b), ec.CryptoRefusal, what);
  const { lo, ...noLo } = ballot.countInRange;
  refuses({ ...ballot, countInRange: noLo }, 'without its bounds');
  refuses(withBounds(1, 4), 'bounds that do not fit the lists');
  refuses(withBounds(3, 1), 'bounds the wrong way round');
  refuses({ ...ballot, countInRange: { ...ballot.countInRange, responses: ballot.countInRange.responses.slice(1) } });
  refuses({ ...ballot, sumIsOne: ec.encryptBallot(ID, KEY, N, 0).ballot.sumIsOne }, 'two count proofs');
});

/** The Java vector approval ballot in the wire form. */
function javaApprovalBallot() {
  const b = v.approval_ballot;
  return {
    selections: b.selections.map((s) => s.ciphertext),
    zeroOrOne: b.selections.map((s) => s.proof),
    countInRange: b.count_proof,
  };
}

test('approval_ballot: the bundle makes the same ballot, count proof and tracker from the same scalars', () => {
  const b = v.approval_ballot;
  const bounds = { min: b.min, max: b.max };
  assert.equal(scalarHex(seeded('approval/1/nonce')), b.selections[1].nonce);
  assert.equal(scalarHex(seeded('approval/count/nonce')), b.count_nonce);
  b.count_fakes.forEach((f) => {
    assert.equal(scalarHex(seeded(`approval/count/${f.count}/fake-challenge`)), f.challenge);
    assert.equal(scalarHex(seeded(`approval/count/${f.count}/fake-response`)), f.response);
  });
  const others = [];
  for (let m = b.min; m <= b.max; m++) if (m !== b.approved.length) others.push(m);
  assert.deepEqual(b.count_fakes.map((f) => f.count), others, 'a fake for every other count, ascending');

  const seeds = b.selections.flatMap((s) => [s.randomness, s.nonce, s.fake_challenge, s.fake_response]);
  const countSeeds = [b.count_nonce, ...b.count_fakes.flatMap((f) => [f.challenge, f.response])];
  const draw = drawing([...seeds, ...countSeeds].map(sc));
  const made = ec.encryptBallot(ID, b.public_key, b.candidates, b.approved, draw, bounds);
  assert.equal(draw.used(), 4 * b.candidates + 1 + 2 * (b.max - b.min));
  assert.deepEqual(made.ballot, javaApprovalBallot());
  assert.deepEqual(made.randomness, b.selections.map((s) => s.randomness));
  b.selections.forEach((s, i) => assert.equal(s.message, b.approved.includes(i) ? 1 : 0));

  const key = pt(b.public_key);
  const parts = made.ballot.selections.map(ec.ciphertextFromJson);
  const sum = ec.sumCiphertexts(parts);
  assert.deepEqual(ec.ciphertextToJson(sum), b.sum);
  assert.equal(scalarHex(mod(made.randomness.map(sc).reduce((s, r) => s + r, 0n))), b.sum_randomness);
  const javaProof = ec.countInRangeFromJson(b.count_proof);
  const statement = ec.countInRangeStatement(ID, key, b.min, b.max, parts);
  assert.equal(hex(ec.countInRangeHashInput(statement, key, sum, javaProof).bytes()), b.count_hash_input);
  assert.ok(ec.verifyCountInRange(ID, key, b.min, b.max, parts, javaProof));
  assert.ok(!ec.verifyCountInRange(OTHER_ID, key, b.min, b.max, parts, javaProof));

  const ballot = javaApprovalBallot();
  const verify = (x, id = ID) => ec.verifyBallot(id, b.public_key, b.candidates, x, bounds);
  assert.deepEqual(verify(ballot), VALID);
  assert.deepEqual(pick(verify(ballot, OTHER_ID)), ['ZERO_OR_ONE', 0]);
  assert.deepEqual(pick(ec.verifyBallot(ID, b.public_key, b.candidates, ballot)), ['SUM_IS_ONE', -1]);
  expectEveryApprovalChangeRefused(ballot, verify);

  assert.equal(hex(ec.trackerTranscript(ID, ballot).bytes()), b.tracker_hash_input);
  assert.equal(ec.tracker(ID, ballot), b.tracker);
  assert.equal(ec.trackerShortForm(b.tracker), b.tracker_short);
});

/** The browser approval ballot fixture: seeded scalars "browser-approval-ballot/0", "/1", ... */
const APPROVAL_MIN = 1;
const APPROVAL_MAX = 3;
const APPROVED = [0, 2];

function browserApprovalBallot() {
  let k = 0;
  const draw = () => seeded(`browser-approval-ballot/${k++}`);
  const bounds = { min: APPROVAL_MIN, max: APPROVAL_MAX };
  const made = ec.encryptBallot(FIXTURE_ELECTION, v.elgamal.public_key, FIXTURE_CANDIDATES, APPROVED, draw, bounds);
  assert.equal(k, 4 * FIXTURE_CANDIDATES + 1 + 2 * (APPROVAL_MAX - APPROVAL_MIN));
  return {
    about: 'An approval ballot made by the browser bundle (voting-web/src/main/js) from seeded scalars, for Java to verify',
    scalar_derivation:
      'the k-th draw (nonces and randomness in the order of docs/election-crypto.md, "Approval ballot") is scalar("browser-approval-ballot/" + k) of election-crypto-vectors.json',
    election_id: FIXTURE_ELECTION,
    public_key: v.elgamal.public_key,
    secret_key: v.elgamal.secret_key,
    candidates: FIXTURE_CANDIDATES,
    min: APPROVAL_MIN,
    max: APPROVAL_MAX,
    approved: APPROVED,
    ballot: made.ballot,
    randomness: made.randomness,
  };
}

test('the browser approval ballot fixture is exactly what the bundle makes, and it verifies', () => {
  const fixture = committedFixture(APPROVAL_FIXTURE, browserApprovalBallot());
  const bounds = { min: fixture.min, max: fixture.max };
  const verify = (ballot, id = FIXTURE_ELECTION) => ec.verifyBallot(id, fixture.public_key, fixture.candidates, ballot, bounds);
  assert.deepEqual(verify(fixture.ballot), VALID);
  assert.equal(verify(fixture.ballot, ID).failed, 'ZERO_OR_ONE');
  assert.deepEqual(opened(fixture.ballot), approves(APPROVED));
  fixture.randomness.forEach((r, i) => {
    const c = ec.ciphertextFromJson(fixture.ballot.selections[i]);
    assert.ok(c.a.equals(times(G, sc(r))), `candidate ${i}`);
  });
  expectEveryApprovalChangeRefused(fixture.ballot, verify);
});

// Ballots of several questions (docs/election-crypto.md, "Question count", "Ballot of several questions").

/** The Java vector questions ballot in the wire form. */
function javaQuestionsBallot() {
  const b = v.questions_ballot;
  return {
    selections: b.selections.map((s) => s.ciphertext),
    zeroOrOne: b.selections.map((s) => s.proof),
    questionCounts: b.question_counts.map(({ candidates, lo, hi, challenges, responses }) => ({
      candidates,
      lo,
      hi,
      challenges,
      responses,
    })),
  };
}

/** Each candidate's message, 0 or 1, read with the election secret, for a ballot of any length. */
const messagesOf = (ballot) => opened(ballot);
const marks = (n, chosen) => [...Array(n).keys()].map((i) => (chosen.includes(i) ? 1 : 0));
const total = (layout) => layout.reduce((s, q) => s + q.candidates, 0);

test('questions_ballot: the bundle makes the same ballot, question proofs and tracker from the same scalars', () => {
  const b = v.questions_ballot;
  const layout = b.questions;
  const n = total(layout);
  assert.equal(n, b.selections.length);
  b.selections.forEach((s, i) => {
    assert.equal(s.randomness, scalarHex(seeded(`questions/${i}/r`)));
    assert.equal(s.message, b.chosen.includes(i) ? 1 : 0);
  });
  // per candidate r, nonce, fake challenge, fake response; then per question its nonce and, for each
  // other count in ascending order, its fake challenge and response
  const seeds = b.selections.flatMap((s) => [s.randomness, s.nonce, s.fake_challenge, s.fake_response]).map(sc);
  b.question_counts.forEach((qc, q) => {
    const label = `questions/count/${q}`;
    seeds.push(seeded(`${label}/nonce`));
    for (let m = qc.lo; m <= qc.hi; m++) {
      if (m !== qc.count) seeds.push(seeded(`${label}/${m}/fake-challenge`), seeded(`${label}/${m}/fake-response`));
    }
  });
  const draw = drawing(seeds);
  const made = ec.encryptBallot(ID, b.public_key, n, b.chosen, draw, layout);
  assert.equal(draw.used(), seeds.length);
  assert.equal(seeds.length, 4 * n + 1 + (1 + 2 * 2));
  assert.deepEqual(made.ballot, javaQuestionsBallot());
  assert.equal(JSON.stringify(made.ballot), JSON.stringify(javaQuestionsBallot()), 'the same field order');
  assert.deepEqual(made.randomness, b.selections.map((s) => s.randomness));

  const key = pt(b.public_key);
  const parts = made.ballot.selections.map(ec.ciphertextFromJson);
  b.question_counts.forEach((qc, q) => {
    const run = parts.slice(qc.first, qc.first + qc.candidates);
    assert.equal(qc.question, q);
    assert.deepEqual([qc.lo, qc.hi], [layout[q].min, layout[q].max]);
    const r = mod(made.randomness.slice(qc.first, qc.first + qc.candidates).map(sc).reduce((s, x) => s + x, 0n));
    assert.equal(scalarHex(r), qc.sum_randomness);
    const proof = ec.countInRangeFromJson(qc);
    const statement = ec.questionCountStatement(ID, key, q, qc.first, qc.lo, qc.hi, run);
    const hashInput = ec.countInRangeHashInput(statement, key, ec.sumCiphertexts(run), proof);
    assert.equal(hex(hashInput.bytes()), qc.hash_input, `question ${q}`);
    assert.ok(ec.verifyQuestionCount(ID, key, q, qc.first, qc.lo, qc.hi, run, proof));
    // bound to its question and first position, and to the question count tag
    assert.ok(!ec.verifyQuestionCount(ID, key, 1 - q, qc.first, qc.lo, qc.hi, run, proof), 'other question');
    assert.ok(!ec.verifyQuestionCount(ID, key, q, qc.first + 1, qc.lo, qc.hi, run, proof), 'other first');
    assert.ok(!ec.verifyQuestionCount(OTHER_ID, key, q, qc.first, qc.lo, qc.hi, run, proof), 'other election');
    assert.ok(!ec.verifyCountInRange(ID, key, qc.lo, qc.hi, run, proof), 'as a count-in-range proof');
  });

  const ballot = javaQuestionsBallot();
  assert.deepEqual(ec.verifyBallot(ID, b.public_key, n, ballot, layout), VALID);
  assert.deepEqual(opened(ballot), marks(n, b.chosen));
  assert.equal(hex(ec.trackerTranscript(ID, ballot).bytes()), b.tracker_hash_input);
  assert.equal(ec.tracker(ID, ballot), b.tracker);
  assert.equal(ec.trackerShortForm(b.tracker), b.tracker_short);
});

test('question count: the statement is the spec\'s transcript, and only its head differs from count in range', () => {
  const key = pt(KEY);
  const parts = ec.encryptBallot(ID, KEY, 3, [0], undefined, { min: 0, max: 3 }).ballot.selections.map(ec.ciphertextFromJson);
  const sum = ec.sumCiphertexts(parts);
  assert.equal(ec.QUESTION_COUNT_TAG, 'securevote/v1/question-count');
  const expected = new Transcript(ec.QUESTION_COUNT_TAG, ID).point(key).integer(2).integer(5).integer(1).integer(2).integer(3);
  parts.forEach((p) => expected.point(p.a).point(p.b));
  expected.point(sum.a).point(sum.b);
  assert.equal(hex(ec.questionCountStatement(ID, key, 2, 5, 1, 2, parts).bytes()), hex(expected.bytes()));
  const plain = hex(ec.countInRangeStatement(ID, key, 1, 2, parts).bytes());
  const head = hex(new Transcript(TAGS.COUNT_IN_RANGE, ID).point(key).bytes());
  const qhead = hex(new Transcript(ec.QUESTION_COUNT_TAG, ID).point(key).integer(2).integer(5).bytes());
  assert.equal(hex(expected.bytes()), qhead + plain.slice(head.length));
  const proof = { lo: 1, hi: 2, challenges: [1n, 2n], responses: [3n, 4n] };
  for (const [q, f] of [[-1, 0], [0, -1], [0.5, 0], ['0', 0], [0, 2 ** 31]]) {
    assert.throws(() => ec.questionCountStatement(ID, key, q, f, 1, 2, parts), ec.CryptoRefusal, `${q} at ${f}`);
    assert.throws(() => ec.verifyQuestionCount(ID, key, q, f, 1, 2, parts, proof), ec.CryptoRefusal, `${q} at ${f}`);
  }
  assert.throws(() => ec.questionCountStatement(ID, key, 0, 0, 0, 4, parts), /do not lie within 0\.\.3 parts/);
  assert.throws(() => ec.verifyQuestionCount(ID.toUpperCase(), key, 0, 0, 1, 2, parts, proof), ec.CryptoRefusal);
});

const QUESTION_FAILS = (q) => ({
  valid: false,
  failed: 'QUESTION_COUNT',
  candidate: q,
  message:
    q < 0
      ? "the ballot does not prove a count for each of the election's questions"
      : `the proof that the number of answers chosen in question ${q + 1} is within its bounds fails`,
});

test('ballots of several questions: made, opened and verified for several layouts', () => {
  const cases = [
    [[{ candidates: 2, min: 1, max: 1 }, { candidates: 3, min: 0, max: 2 }], [[0], [1, 2, 4], [0, 3, 4]]],
    [[{ candidates: 3, min: 1, max: 1 }, { candidates: 3, min: 1, max: 1 }, { candidates: 2, min: 0, max: 2 }], [[2, 3], [0, 5, 6, 7]]],
    [[{ candidates: 1, min: 0, max: 1 }, { candidates: 4, min: 2, max: 3 }], [[1, 2], [0, 2, 3, 4]]],
  ];
  for (const [layout, choices] of cases) {
    const n = total(layout);
    for (const chosen of choices) {
      const what = `${JSON.stringify(layout)} choosing [${chosen}]`;
      const made = ec.encryptBallot(ID, KEY, n, chosen, undefined, layout);
      const { ballot } = made;
      assert.deepEqual(Object.keys(ballot), ['selections', 'zeroOrOne', 'questionCounts'], what);
      assert.deepEqual(JSON.parse(JSON.stringify(made)), made, 'plain JSON-able');
      assert.equal(ballot.questionCounts.length, layout.length, what);
      ballot.questionCounts.forEach((qc, q) => {
        assert.deepEqual(Object.keys(qc), ['candidates', 'lo', 'hi', 'challenges', 'responses']);
        assert.deepEqual([qc.candidates, qc.lo, qc.hi], [layout[q].candidates, layout[q].min, layout[q].max], what);
        assert.equal(qc.challenges.length, qc.hi - qc.lo + 1);
      });
      assert.deepEqual(messagesOf(ballot), marks(n, chosen), what);
      assert.deepEqual(ec.verifyBallot(ID, KEY, n, ballot, layout), VALID, what);
      // checked as the ballot of one race: the count check of that race fails
      assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, ballot)), ['SUM_IS_ONE', -1], what);
      assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, ballot, { min: 0, max: n })), ['COUNT_IN_RANGE', -1], what);
      assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, ballot, [{ candidates: n, min: 0, max: n }])), ['COUNT_IN_RANGE', -1], what);
      assert.deepEqual(pick(ec.verifyBallot(OTHER_ID, KEY, n, ballot, layout)), ['ZERO_OR_ONE', 0], what);
      assert.equal(ec.tracker(ID, ballot).length, 64);
    }
  }
  // a choose-one question within several: count in range with one branch, lo = hi = 1
  const { ballot } = ec.encryptBallot(ID, KEY, 5, [1, 2], undefined, cases[0][0]);
  assert.deepEqual([ballot.questionCounts[0].lo, ballot.questionCounts[0].hi], [1, 1]);
  assert.equal(ballot.questionCounts[0].challenges.length, 1);
});

test('a layout of one question is exactly the ballot of those bounds', () => {
  const seeds = Array.from({ length: 4 * N + 1 + 2 * 2 }, (_, k) => seeded(`one-question/${k}`));
  for (const bounds of [{ min: 1, max: 3 }, { min: 1, max: 1 }, { min: 0, max: 2 }]) {
    const chosen = bounds.max === 1 ? [2] : [0, 2];
    const viaBounds = ec.encryptBallot(ID, KEY, N, chosen, drawing(seeds), bounds);
    const viaLayout = ec.encryptBallot(ID, KEY, N, chosen, drawing(seeds), [{ candidates: N, ...bounds }]);
    assert.deepEqual(viaLayout, viaBounds, JSON.stringify(bounds));
    assert.deepEqual(ec.verifyBallot(ID, KEY, N, viaBounds.ballot, [{ candidates: N, ...bounds }]), VALID);
  }
});

test('a ballot of several questions is refused with its proofs swapped, under another partition, or another layout', () => {
  const layout = [{ candidates: 2, min: 0, max: 2 }, { candidates: 2, min: 0, max: 2 }, { candidates: 3, min: 1, max: 1 }];
  const n = total(layout);
  const verify = (ballot, l = layout) => ec.verifyBallot(ID, KEY, n, ballot, l);
  const { ballot } = ec.encryptBallot(ID, KEY, n, [0, 4], undefined, layout);
  assert.deepEqual(verify(ballot), VALID);
  const changed = (change, l = layout) => {
    const copy = structuredClone(ballot);
    change(copy);
    return verify(copy, l);
  };
  // two questions of the same size and bounds: each proof names its question and first position
  assert.deepEqual(changed((b) => ([b.questionCounts[0], b.questionCounts[1]] = [b.questionCounts[1], b.questionCounts[0]])), QUESTION_FAILS(0));
  // another partition of the same candidates, the proofs' sizes and bounds made to match it or not
  const other = [{ candidates: 3, min: 0, max: 2 }, { candidates: 1, min: 0, max: 1 }, { candidates: 3, min: 1, max: 1 }];
  assert.deepEqual(verify(ballot, other), QUESTION_FAILS(0));
  assert.deepEqual(changed((b) => {
    Object.assign(b.questionCounts[0], { candidates: 3 });
    Object.assign(b.questionCounts[1], { candidates: 1 });
  }, [{ candidates: 3, min: 0, max: 2 }, { candidates: 1, min: 0, max: 2 - 1 }, layout[2]]), QUESTION_FAILS(0));
  assert.deepEqual(changed((b) => (b.questionCounts[0].candidates = 3)), QUESTION_FAILS(0));
  // the two questions as one, or three as two
  assert.deepEqual(verify(ballot, [{ candidates: 4, min: 0, max: 4 }, layout[2]]), QUESTION_FAILS(-1));
  // other bounds for a question, in the election or in the proof
  assert.deepEqual(verify(ballot, [layout[0], { candidates: 2, min: 0, max: 1 }, layout[2]]), QUESTION_FAILS(1));
  assert.deepEqual(verify(ballot, [layout[0], layout[1], { candidates: 3, min: 0, max: 1 }]), QUESTION_FAILS(2));
  assert.deepEqual(changed((b) => (b.questionCounts[1].lo = 1)), QUESTION_FAILS(1));
  assert.deepEqual(changed((b) => Object.assign(b.questionCounts[2], { lo: 0, hi: 0, challenges: ['00'], responses: ['00'] })), QUESTION_FAILS(2));
  // every proof scalar, and malformed entries
  ballot.questionCounts.forEach((qc, q) => {
    for (const field of ['challenges', 'responses']) {
      qc[field].forEach((_, m) => {
        assert.deepEqual(changed((b) => (b.questionCounts[q][field][m] = bump(b.questionCounts[q][field][m]))), QUESTION_FAILS(q), `${q} ${field}[${m}]`);
      });
    }
    assert.deepEqual(changed((b) => (b.questionCounts[q].candidates = String(qc.candidates))), QUESTION_FAILS(q));
    assert.deepEqual(changed((b) => delete b.questionCounts[q].hi), QUESTION_FAILS(q));
    assert.deepEqual(changed((b) => (b.questionCounts[q] = null)), QUESTION_FAILS(q));
  });
  assert.deepEqual(changed((b) => b.questionCounts.pop()), QUESTION_FAILS(-1));
  assert.deepEqual(changed((b) => b.questionCounts.push(b.questionCounts[0])), QUESTION_FAILS(-1));
  assert.deepEqual(changed((b) => delete b.questionCounts), QUESTION_FAILS(-1));
  assert.deepEqual(changed((b) => (b.questionCounts = {})), QUESTION_FAILS(-1));
  // a second count proof beside questionCounts, or one in its place
  const single = ec.encryptBallot(ID, KEY, n, 0).ballot;
  const approval = ec.encryptBallot(ID, KEY, n, [0], undefined, { min: 0, max: 2 }).ballot;
  assert.deepEqual(changed((b) => (b.sumIsOne = single.sumIsOne)), QUESTION_FAILS(-1));
  assert.deepEqual(changed((b) => (b.countInRange = approval.countInRange)), QUESTION_FAILS(-1));
  assert.deepEqual(verify(single), QUESTION_FAILS(-1), 'a single-choice ballot under a layout');
  assert.deepEqual(verify(approval), QUESTION_FAILS(-1), 'an approval ballot under a layout');
  // and the reverse: one-race elections refuse questionCounts in place of, or beside, their proof
  const { sumIsOne, ...noSum } = single;
  const { countInRange, ...noCount } = approval;
  assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, { ...noSum, questionCounts: ballot.questionCounts })), ['SUM_IS_ONE', -1]);
  assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, { ...single, questionCounts: ballot.questionCounts })), ['SUM_IS_ONE', -1]);
  assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, { ...noCount, questionCounts: ballot.questionCounts }, { min: 0, max: 2 })), ['COUNT_IN_RANGE', -1]);
  assert.deepEqual(pick(ec.verifyBallot(ID, KEY, n, { ...approval, questionCounts: ballot.questionCounts }, { min: 0, max: 2 })), ['COUNT_IN_RANGE', -1]);
  // per-candidate changes still fail at the candidate
  expectEveryQuestionsChangeRefused(ballot, (b) => verify(b));
  assert.equal(ec.describeVerdict('QUESTION_COUNT', 1), QUESTION_FAILS(1).message);
  assert.equal(ec.describeVerdict('QUESTION_COUNT', -1), QUESTION_FAILS(-1).message);
});

/** Per-candidate changes fail ZERO_OR_ONE at that candidate; a question's proof changed fails it. */
function expectEveryQuestionsChangeRefused(ballot, verify) {
  const copy = () => structuredClone(ballot);
  expectEveryPartChangeRefused(ballot, verify);
  ballot.questionCounts.forEach((qc, q) => {
    const changed = copy();
    changed.questionCounts[q].responses[0] = bump(qc.responses[0]);
    assert.deepEqual(pick(verify(changed)), ['QUESTION_COUNT', q], `question ${q}`);
  });
}

/** A ballot of several questions of the caller's making: 0-or-1 messages, each count proof claiming any branch. */
function forgedQuestions(messages, layout, claims) {
  const key = pt(KEY);
  const random = () => ec.randomScalar();
  const r = messages.map(random);
  const c = messages.map((m, i) => ec.encrypt(key, m, r[i]));
  const proofs = c.map((ci, i) =>
    ec.proveZeroOrOne(ec.zeroOrOneStatement(ID, key, i, messages.length, ci), key, ci, messages[i], r[i],
      random(), random(), random()));
  let first = 0;
  const counts = layout.map((q, i) => {
    const run = c.slice(first, first + q.candidates);
    const randomness = mod(r.slice(first, first + q.candidates).reduce((s, x) => s + x, 0n));
    const fakes = Array.from({ length: q.max - q.min }, () => ({ challenge: random(), response: random() }));
    const statement = ec.questionCountStatement(ID, key, i, first, q.min, q.max, run);
    first += q.candidates;
    const proof = ec.proveCountInRange(statement, key, ec.sumCiphertexts(run), q.min, q.max, claims[i], randomness, random(), fakes);
    return { candidates: q.candidates, proof };
  });
  return {
    selections: c.map(ec.ciphertextToJson),
    zeroOrOne: proofs.map(ec.zeroOrOneToJson),
    questionCounts: ec.questionCountsToJson(counts),
  };
}

test('a dishonest count in one question is refused, naming that question', () => {
  const layout = [{ candidates: 2, min: 1, max: 1 }, { candidates: 3, min: 0, max: 2 }];
  const verify = (ballot) => ec.verifyBallot(ID, KEY, 5, ballot, layout);
  assert.deepEqual(verify(forgedQuestions([0, 1, 1, 0, 1], layout, [1, 2])), VALID);
  assert.deepEqual(verify(forgedQuestions([1, 1, 0, 0, 1], layout, [1, 1])), QUESTION_FAILS(0), 'two in a choose-one question');
  assert.deepEqual(verify(forgedQuestions([0, 0, 0, 0, 1], layout, [1, 1])), QUESTION_FAILS(0), 'none in a choose-one question');
  assert.deepEqual(verify(forgedQuestions([0, 1, 1, 1, 1], layout, [1, 2])), QUESTION_FAILS(1), 'three of at most two');
  assert.deepEqual(verify(forgedQuestions([0, 1, 1, 0, 1], layout, [1, 1])), QUESTION_FAILS(1), 'the wrong branch');
  // the same choices over the whole ballot, spread otherwise: 1 + 2 is 3 either way
  assert.deepEqual(verify(forgedQuestions([1, 1, 1, 0, 0], layout, [1, 1])), QUESTION_FAILS(0));
});

test('encryptBallot refuses choices outside any question\'s bounds, and layouts that do not fit', () => {
  const layout = [{ candidates: 2, min: 1, max: 1 }, { candidates: 3, min: 0, max: 2 }];
  const make = (chosen, l = layout, n = 5) => ec.encryptBallot(ID, KEY, n, chosen, undefined, l);
  for (const chosen of [[], [2], [0, 1], [0, 1, 2], [0, 2, 3, 4], [1, 5], [1, 1], [-1, 1], 2]) {
    assert.throws(() => make(chosen), RangeError, `[${chosen}]`);
  }
  assert.throws(() => make([0, 2, 3, 4]), /question 2/);
  assert.throws(() => make([2]), /question 1/);
  assert.ok(make([1]).ballot.questionCounts);
  for (const [l, n] of [
    [layout, 4],
    [layout, 6],
    [[], 5],
    [[{ candidates: 0, min: 0, max: 1 }, { candidates: 5, min: 0, max: 1 }], 5],
    [[{ candidates: 2, min: 0, max: 3 }, { candidates: 3, min: 0, max: 1 }], 5],
    [[{ candidates: 2, min: 0, max: 0 }, { candidates: 3, min: 0, max: 1 }], 5],
    [[{ candidates: 2, min: 2, max: 1 }, { candidates: 3, min: 0, max: 1 }], 5],
    [[{ candidates: 2 }, { candidates: 3, min: 0, max: 1 }], 5],
    [[null, { candidates: 3, min: 0, max: 1 }], 5],
  ]) {
    assert.throws(() => make([1], l, n), RangeError, JSON.stringify(l));
    assert.throws(() => ec.verifyBallot(ID, KEY, n, {}, l), RangeError, JSON.stringify(l));
  }
});

test('tracker of a ballot of several questions: ends with the number of questions and each one\'s size, bounds and proof', () => {
  const layout = [{ candidates: 2, min: 1, max: 1 }, { candidates: 2, min: 0, max: 2 }];
  const { ballot } = ec.encryptBallot(ID, KEY, 4, [0, 2, 3], undefined, layout);
  const expected = new Transcript(ec.TRACKER_TAG, ID).integer(4);
  ballot.selections.forEach((s, i) => {
    const z = ec.zeroOrOneFromJson(ballot.zeroOrOne[i]);
    expected.point(pt(s.a)).point(pt(s.b)).scalar(z.c0).scalar(z.c1).scalar(z.v0).scalar(z.v1);
  });
  expected.integer(2);
  for (const qc of ballot.questionCounts) {
    expected.integer(qc.candidates).integer(qc.lo).integer(qc.hi);
    qc.challenges.forEach((c, m) => expected.scalar(sc(c)).scalar(sc(qc.responses[m])));
  }
  assert.equal(hex(ec.trackerTranscript(ID, ballot).bytes()), hex(expected.bytes()));
  const digest = ec.tracker(ID, ballot);
  assert.equal(digest, createHash('sha256').update(expected.bytes()).digest('hex'));

  const changed = (change) => {
    const copy = structuredClone(ballot);
    change(copy);
    return copy;
  };
  const differs = (change, what) => assert.notEqual(ec.tracker(ID, changed(change)), digest, what);
  differs((b) => (b.questionCounts[0].candidates = 3), 'another size');
  differs((b) => Object.assign(b.questionCounts[1], { lo: 1, hi: 3 }), 'other bounds');
  differs((b) => (b.questionCounts[1].responses[2] = bump(b.questionCounts[1].responses[2])), 'a response');
  differs((b) => b.questionCounts.reverse(), 'the questions swapped');
  assert.notEqual(ec.tracker(OTHER_ID, ballot), digest);
  // the same proofs as an approval ballot's count proof give another tracker
  const { questionCounts, ...rest } = ballot;
  const { candidates, ...range } = questionCounts[1];
  assert.notEqual(ec.tracker(ID, { ...rest, countInRange: range }), digest);

  const refuses = (b, what) => assert.throws(() => ec.tracker(ID, b), ec.CryptoRefusal, what);
  refuses(changed((b) => b.questionCounts.pop()), 'one question');
  refuses(changed((b) => (b.questionCounts = [])), 'none');
  refuses(changed((b) => (b.questionCounts[0].candidates = 0)), 'a question of no candidates');
  refuses(changed((b) => (b.questionCounts[1].hi = 3)), 'bounds that do not fit the lists');
  refuses(changed((b) => delete b.questionCounts[1].lo), 'without its bounds');
  refuses({ ...ballot, countInRange: range }, 'two count proofs');
  refuses({ ...ballot, sumIsOne: ec.encryptBallot(ID, KEY, 4, 0).ballot.sumIsOne }, 'two count proofs');
});

/** The browser questions ballot fixture: seeded scalars "browser-questions-ballot/0", "/1", ... */
const FIXTURE_QUESTIONS = [
  { candidates: 2, min: 1, max: 1 },
  { candidates: 3, min: 0, max: 2 },
  { candidates: 3, min: 1, max: 1 },
];
const FIXTURE_QUESTIONS_CHOSEN = [0, 3, 4, 7];

function browserQuestionsBallot() {
  let k = 0;
  const draw = () => seeded(`browser-questions-ballot/${k++}`);
  const n = total(FIXTURE_QUESTIONS);
  const made = ec.encryptBallot(FIXTURE_ELECTION, v.elgamal.public_key, n, FIXTURE_QUESTIONS_CHOSEN, draw, FIXTURE_QUESTIONS);
  assert.equal(k, 4 * n + 1 + (1 + 2 * 2) + 1);
  const digest = ec.tracker(FIXTURE_ELECTION, made.ballot);
  return {
    about: 'A ballot of several questions made by the browser bundle (voting-web/src/main/js) from seeded scalars; Java verifies it (BrowserQuestionsBallotTest)',
    scalar_derivation:
      'the k-th draw (nonces and randomness in the order of docs/election-crypto.md, "Ballot of several questions") is scalar("browser-questions-ballot/" + k) of election-crypto-vectors.json',
    election_id: FIXTURE_ELECTION,
    public_key: v.elgamal.public_key,
    secret_key: v.elgamal.secret_key,
    candidates: n,
    questions: FIXTURE_QUESTIONS,
    chosen: FIXTURE_QUESTIONS_CHOSEN,
    ballot: made.ballot,
    randomness: made.randomness,
    tracker: digest,
    tracker_short: ec.trackerShortForm(digest),
  };
}

test('the browser questions ballot fixture is exactly what the bundle makes, and it verifies', () => {
  const fixture = committedFixture(QUESTIONS_FIXTURE, browserQuestionsBallot());
  const verify = (ballot, id = FIXTURE_ELECTION) =>
    ec.verifyBallot(id, fixture.public_key, fixture.candidates, ballot, fixture.questions);
  assert.deepEqual(verify(fixture.ballot), VALID);
  assert.equal(verify(fixture.ballot, ID).failed, 'ZERO_OR_ONE');
  assert.deepEqual(opened(fixture.ballot), marks(fixture.candidates, fixture.chosen));
  fixture.randomness.forEach((r, i) => {
    const c = ec.ciphertextFromJson(fixture.ballot.selections[i]);
    assert.ok(c.a.equals(times(G, sc(r))), `candidate ${i}`);
  });
  assert.equal(ec.tracker(FIXTURE_ELECTION, fixture.ballot), fixture.tracker);
  expectEveryQuestionsChangeRefused(fixture.ballot, verify);
});

test('the ballot page reads the questions and the choices from the review page', async () => {
  const page = await import(pathToFileURL(here('../../main/js/ballot-page.js')).href);
  const questions = '[{"candidates":2,"min":1,"max":1},{"candidates":3,"min":0,"max":2}]';
  const choice = page.readChoice({ questions, choices: '[1,2,4]', minChoices: '', maxChoices: '' });
  assert.deepEqual(choice, { bounds: JSON.parse(questions), single: false, chosen: [1, 2, 4] });
  const names = ['Ada', 'Grace', 'Motion: Yes', 'Motion: No', 'Motion: Abstain'];
  assert.equal(page.choiceText(choice, names), 'Grace, Motion: Yes, Motion: Abstain');
  assert.equal(page.choiceText({ ...choice, chosen: [] }, names), 'no candidate');
  assert.equal(page.choiceText({ ...choice, chosen: [] }, names, 'aucun candidat'), 'aucun candidat');
  assert.equal(
    page.encryptionFailedText({ encryptionFailed: 'Échec ({0}) ; le serveur chiffrera.' }, 'x'),
    'Échec (x) ; le serveur chiffrera.',
  );
  assert.equal(
    page.encryptionFailedText({}, 'x'),
    'Your browser could not encrypt the ballot (x); the server will encrypt it.',
  );
  const made = ec.encryptBallot(ID, KEY, names.length, choice.chosen, undefined, choice.bounds);
  assert.deepEqual(ec.verifyBallot(ID, KEY, names.length, made.ballot, choice.bounds), VALID);
  // one question: as before, whether data-questions is absent or empty
  for (const extra of [{}, { questions: '' }, { questions: '[]' }]) {
    assert.deepEqual(page.readChoice({ ...extra, choice: '2' }), { bounds: { min: 1, max: 1 }, single: true, chosen: 2 });
    assert.deepEqual(page.readChoice({ ...extra, minChoices: '0', maxChoices: '2', choices: '[0,3]' }), {
      bounds: { min: 0, max: 2 },
      single: false,
      chosen: [0, 3],
    });
  }
  assert.equal(page.choiceText({ single: true, chosen: 1 }, names), 'Grace');
  assert.throws(() => page.readChoice({ questions: '{}' }), RangeError);
});
