// The ballot page's script (vote/ballot.xhtml, bundled by the Maven build into
// /resources/js/ballot-page.js; no inline script, nothing from another host). On review it
// encrypts the voter's choice in this browser, shows the ballot's tracker and puts the encrypted
// ballot in the form's hidden field, which "Cast this ballot" posts. "Challenge this ballot"
// (Benaloh's cast-or-audit) reveals the randomness instead, offers the challenged-ballot file, discards
// that ballot and encrypts afresh. Without this script the form posts the choice alone and the
// server encrypts it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encryptBallot } from './ballot.js';
import { pointFromHex, scalarFromHex } from './group.js';
import { Transcript } from './transcript.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ballot's tracker: SHA-256 of the transcript (tag, election id, number of
 * candidates, each A, B, c0, c1, v0, v1, then the sum proof) as 64 hex digits, and its short form
 * (the first 75 bits, 15 Crockford base32 symbols in groups of five). The server computes the same.
 * Stands in for tracker.js's export until that module is on this branch.
 */
export function ballotTracker(electionId, ballot) {
  const t = new Transcript('securevote/v1/tracker', electionId).integer(ballot.selections.length);
  ballot.selections.forEach((s, i) => {
    const p = ballot.zeroOrOne[i];
    t.point(pointFromHex(s.a)).point(pointFromHex(s.b));
    [p.c0, p.c1, p.v0, p.v1].forEach((x) => t.scalar(scalarFromHex(x)));
  });
  t.scalar(scalarFromHex(ballot.sumIsOne.challenge)).scalar(scalarFromHex(ballot.sumIsOne.response));
  const digest = sha256(t.bytes());
  let bits = 0n;
  for (const byte of digest.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 5n; // 80 bits read, 75 kept
  let short = '';
  for (let i = 14; i >= 0; i--) {
    short += CROCKFORD[Number((bits >> BigInt(5 * i)) & 31n)];
    if (i % 5 === 0 && i > 0) short += '-';
  }
  return { digest: bytesToHex(digest), short };
}

function start() {
  const box = document.getElementById('encryption');
  if (!box) return;
  const form = box.closest('form');
  const field = form.querySelector('input[type="hidden"][name$=":ballot"]');
  const electionId = box.dataset.election;
  const publicKey = box.dataset.publicKey;
  const candidates = JSON.parse(box.dataset.candidates);
  const choice = Number(box.dataset.choice);
  const $ = (id) => document.getElementById(id);
  let current = null;
  let fileUrl = null;

  function encryptAfresh() {
    const made = encryptBallot(electionId, publicKey, candidates.length, choice);
    current = { ...made, tracker: ballotTracker(electionId, made.ballot) };
    field.value = JSON.stringify(current.ballot);
    $('reviewTracker').textContent = current.tracker.short;
  }

  try {
    encryptAfresh();
  } catch (e) {
    field.value = ''; // the server encrypts the posted choice instead
    $('encryptionFailed').textContent =
      'Your browser could not encrypt the ballot (' + e.message + '); the server will encrypt it.';
    $('encryptionFailed').hidden = false;
    return;
  }
  $('serverEncrypts').hidden = true;
  $('encrypted').hidden = false;
  $('challenge').hidden = false;

  $('challenge').addEventListener('click', () => {
    const challenged = current;
    current = null;
    field.value = '';
    const file = {
      format: 'securevote/challenged-ballot/v1',
      electionId,
      publicKey,
      candidates,
      tracker: challenged.tracker.digest,
      ballot: challenged.ballot,
      randomness: challenged.randomness,
    };
    if (fileUrl) URL.revokeObjectURL(fileUrl);
    fileUrl = URL.createObjectURL(
      new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' }),
    );
    const link = $('challengeFile');
    link.href = fileUrl;
    link.download = 'challenged-ballot-' + challenged.tracker.short + '.json';
    $('challengedTracker').textContent = challenged.tracker.short;
    $('challengedChoice').textContent = candidates[choice];
    const list = $('challengedRandomness');
    list.replaceChildren(
      ...challenged.randomness.map((r, i) => {
        const item = document.createElement('li');
        item.textContent = candidates[i] + ': ' + r;
        return item;
      }),
    );
    $('challenged').hidden = false;
    encryptAfresh();
  });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}
