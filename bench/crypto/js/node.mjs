// The bundled browser module in Node. Run from the repository root, on one core:
//   taskset -c 0 node bench/crypto/js/node.mjs [rounds]
// ELECTION_CRYPTO_BUNDLE overrides the bundle's path (as in voting-web's Node tests).
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, report } from './measure.js';

const bundle =
  process.env.ELECTION_CRYPTO_BUNDLE ??
  fileURLToPath(
    new URL('../../../voting-web/target/election-crypto/resources/js/election-crypto.js', import.meta.url),
  );
const ec = await import(pathToFileURL(bundle).href);
const rounds = Number(process.argv[2] ?? 200);
const results = measure(ec, { rounds });
console.log(report(results, `Node ${process.version}, ${os.availableParallelism()} usable core(s), ${rounds} rounds`));
