// The ballot page's script (vote/ballot.xhtml, bundled by the Maven build into
// /resources/js/ballot-page.js; no inline script, nothing from another host). On review it
// encrypts the voter's choice in this browser, shows the ballot's tracker and puts the encrypted
// ballot in the form's hidden field, which "Cast this ballot" posts. "Challenge this ballot"
// (Benaloh's cast-or-audit) reveals the randomness instead, offers the challenged-ballot file, discards
// that ballot and encrypts afresh. Without this script the form posts the choice alone and the
// server encrypts it.
import { encryptBallot } from './ballot.js';
import { tracker, trackerShortForm } from './tracker.js';

/** A ballot's tracker (tracker.js, docs/election-record.md): 64 hex digits and its short form. */
export function ballotTracker(electionId, ballot) {
  const digest = tracker(electionId, ballot);
  return { digest, short: trackerShortForm(digest) };
}

/**
 * How many candidates the voter may choose, and what they chose. A ballot of several questions
 * has data-questions, a JSON array [{"candidates": p, "min": lo, "max": hi}, ...] in ballot order,
 * and data-choices, a JSON array of 0-based positions over the whole ballot. Otherwise (no
 * data-questions, or an empty one) the ballot is one race: data-min-choices and data-max-choices
 * (1 and 1 when absent or empty, the single-choice ballot), and data-choice (one 0-based index) for
 * single choice, data-choices (a JSON array of 0-based indices) otherwise.
 */
export function readChoice(dataset) {
  const questions = dataset.questions ? JSON.parse(dataset.questions) : [];
  if (!Array.isArray(questions)) {
    throw new RangeError('data-questions is a list of questions');
  }
  if (questions.length > 0) {
    const layout = questions.map((q) => ({ candidates: q?.candidates, min: q?.min, max: q?.max }));
    return { bounds: layout, single: false, chosen: JSON.parse(dataset.choices ?? 'null') };
  }
  const count = (value) => (value === undefined || value === '' ? 1 : Number(value));
  const bounds = { min: count(dataset.minChoices), max: count(dataset.maxChoices) };
  const single = bounds.min === 1 && bounds.max === 1;
  const chosen = single ? Number(dataset.choice) : JSON.parse(dataset.choices ?? 'null');
  return { bounds, single, chosen };
}

/**
 * What the challenged ballot shows as the choice: the chosen names, joined with ", ", or the page's
 * word for none (data-no-choice, in the page's language).
 */
export function choiceText(choice, candidates, none = 'no candidate') {
  return choice.single
    ? candidates[choice.chosen]
    : choice.chosen.map((i) => candidates[i]).join(', ') || none;
}

/** The page's sentence for a failed encryption (data-encryption-failed), with the reason as {0}. */
export function encryptionFailedText(dataset, reason) {
  const sentence =
    dataset.encryptionFailed ||
    'Your browser could not encrypt the ballot ({0}); the server will encrypt it.';
  return sentence.replace('{0}', reason);
}

function start() {
  const box = document.getElementById('encryption');
  if (!box) return;
  const form = box.closest('form');
  const field = form.querySelector('input[type="hidden"][name$=":ballot"]');
  const electionId = box.dataset.election;
  const publicKey = box.dataset.publicKey;
  const candidates = JSON.parse(box.dataset.candidates);
  const $ = (id) => document.getElementById(id);
  let choice = null;
  let current = null;
  let fileUrl = null;

  function encryptAfresh() {
    const { bounds, chosen } = choice;
    const made = encryptBallot(electionId, publicKey, candidates.length, chosen, undefined, bounds);
    current = { ...made, tracker: ballotTracker(electionId, made.ballot) };
    field.value = JSON.stringify(current.ballot);
    $('reviewTracker').textContent = current.tracker.short;
  }

  try {
    choice = readChoice(box.dataset);
    encryptAfresh();
  } catch (e) {
    field.value = ''; // the server encrypts the posted choice instead
    $('encryptionFailed').textContent = encryptionFailedText(box.dataset, e.message);
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
    $('challengedChoice').textContent = choiceText(choice, candidates, box.dataset.noChoice || undefined);
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
