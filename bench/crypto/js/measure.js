// The timing shared by Node (node.mjs) and headless Chromium (page.html): the bundled browser
// module encrypts a 10-candidate ballot, and the baseline, one noble P-256 scalar multiplication
// through the same bundle, is measured in the same rounds, interleaved, so machine load hits both.
// Plain ES module, no imports: the caller passes the bundle's namespace.

const ELECTION_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

/** Per-op milliseconds of each sample; a sample times `batch` calls (coarse browser clocks). */
function sample(op, batch) {
  const started = performance.now();
  for (let i = 0; i < batch; i++) op();
  return (performance.now() - started) / batch;
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mean = sorted.reduce((s, t) => s + t, 0) / sorted.length;
  return { samples: sorted.length, mean, median: at(0.5), p95: at(0.95) };
}

export function measure(ec, { warmup = 10, rounds = 200 } = {}) {
  const publicKey = ec.times(ec.G, ec.randomScalar());
  const publicKeyHex = ec.pointHex(publicKey);
  const point = ec.times(ec.G, ec.randomScalar());
  const scalars = Array.from({ length: 64 }, () => ec.randomScalar());
  let next = 0;
  const scalar = () => scalars[(next = (next + 1) % scalars.length)];
  const ballot = (candidates) => () => ec.encryptBallot(ELECTION_ID, publicKeyHex, candidates, 1);
  const ops = {
    // times() is what encryption itself calls: noble's constant-time multiply, result in projective
    // form; toAffine() stands for the conversion every encoded point costs.
    scalarMultRandomPoint: [() => ec.times(point, scalar()).toAffine(), 20],
    scalarMultG: [() => ec.times(ec.G, scalar()).toAffine(), 20],
    encrypt3Candidates: [ballot(3), 1],
    encrypt10Candidates: [ballot(10), 1],
  };
  const made = ec.encryptBallot(ELECTION_ID, publicKeyHex, 10, 1).ballot;
  const verdict = ec.verifyBallot(ELECTION_ID, publicKeyHex, 10, made);
  if (!verdict.valid) throw new Error(`the bundle made an invalid ballot: ${verdict.message}`);

  const times = Object.fromEntries(Object.keys(ops).map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [name, [op, batch]] of Object.entries(ops)) {
      const t = sample(op, batch);
      if (round >= warmup) times[name].push(t);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, summary(t)]));
}

/** The table and the ratio, as lines of text, the same in both runners. */
export function report(results, where) {
  const base = results.scalarMultRandomPoint.median;
  const baseG = results.scalarMultG.median;
  const pad = (s, n) => String(s).padStart(n);
  const lines = [
    where,
    `${'benchmark'.padEnd(24)}${pad('samples', 9)}${pad('mean ms', 11)}${pad('median ms', 11)}` +
      `${pad('p95 ms', 11)}${pad('x k*P', 9)}${pad('x k*G', 9)}`,
  ];
  for (const [name, s] of Object.entries(results)) {
    lines.push(
      `${name.padEnd(24)}${pad(s.samples, 9)}${pad(s.mean.toFixed(3), 11)}` +
        `${pad(s.median.toFixed(3), 11)}${pad(s.p95.toFixed(3), 11)}` +
        `${pad((s.median / base).toFixed(1), 9)}${pad((s.median / baseG).toFixed(1), 9)}`,
    );
  }
  lines.push(
    `ratio encrypt-10 / scalar-mult (medians): ${(results.encrypt10Candidates.median / base).toFixed(1)}` +
      ` (baseline k*P, random point, ${base.toFixed(3)} ms)`,
  );
  return lines.join('\n');
}
