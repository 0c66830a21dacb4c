#!/usr/bin/env node
// Reads the private text of a Lead Review note without Lead Review: only this file, Node and the
// format in docs/private-text.md. Usage:
//   node scripts/decrypt-note.mjs reflections/2026-W47.md
// The passphrase is read from the LEAD_REVIEW_PASSPHRASE environment variable, or else asked for.
import { createDecipheriv, createHash, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';

const MIN_ROUNDS = 600_000;
const MAX_ROUNDS = 10_000_000;
const TAG_BYTES = 16;

/** The front matter's scalar fields: Lead Review writes each as `key: "value"` or `key: number`. */
function frontMatterOf(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new Error('no front matter: this is not a Lead Review note');
  }
  const lines = match[1].split(/\r?\n/);
  const field = (name, indent) => {
    const line = lines.find((entry) => entry.startsWith(`${indent}${name}: `));
    return line === undefined ? undefined : JSON.parse(line.slice(indent.length + name.length + 2));
  };
  const start = lines.indexOf('privateText:');
  const after = start === -1 ? [] : lines.slice(start + 1);
  const end = after.findIndex((entry) => !entry.startsWith('  '));
  const block = end === -1 ? after : after.slice(0, end);
  const inBlock = (name) => {
    const line = block.find((entry) => entry.startsWith(`  ${name}: `));
    return line === undefined ? undefined : JSON.parse(line.slice(name.length + 4));
  };
  return { period: field('period', ''), record: start === -1 ? undefined : Object.fromEntries(['storage', 'version', 'iterations', 'salt', 'iv', 'keyCheck', 'ciphertext', 'file'].map((name) => [name, inBlock(name)])) };
}

function keyCheckOf(key) {
  return createHash('sha256').update(Buffer.concat([Buffer.from('lead-review/key-check/1', 'utf8'), key])).digest().subarray(0, 16);
}

/** The key for this note from a passphrase: in NFC first (the format since it was specified), then as typed (older notes). */
function keyFor(record, passphrase) {
  const salt = Buffer.from(record.salt, 'base64');
  const check = Buffer.from(record.keyCheck, 'base64');
  for (const form of [...new Set([passphrase.normalize('NFC'), passphrase])]) {
    const key = pbkdf2Sync(Buffer.from(form, 'utf8'), salt, record.iterations, 32, 'sha256');
    if (timingSafeEqual(keyCheckOf(key), check)) {
      return key;
    }
  }
  return undefined;
}

function decrypt(record, period, key) {
  const sealed = Buffer.from(record.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(record.iv, 'base64'), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(`lead-review/private-text/1\n${period}`, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')).notes;
}

async function passphrase() {
  if (process.env.LEAD_REVIEW_PASSPHRASE !== undefined) {
    return process.env.LEAD_REVIEW_PASSPHRASE;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question('Passphrase: ');
  } finally {
    prompt.close();
  }
}

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node scripts/decrypt-note.mjs <note.md>');
    return 2;
  }
  const { period, record } = frontMatterOf(readFileSync(file, 'utf8'));
  if (!record || record.storage !== 'encrypted') {
    console.error(record?.storage === 'local' ? `${file} keeps its private text in ${record.file}, a plain file beside it.` : `${file} holds no encrypted text.`);
    return 1;
  }
  if (record.version !== 1 || !(record.iterations >= MIN_ROUNDS && record.iterations <= MAX_ROUNDS)) {
    console.error(`${file}: format version ${record.version} with ${record.iterations} rounds is not one this script reads.`);
    return 1;
  }
  const key = keyFor(record, await passphrase());
  if (!key) {
    console.error('That passphrase does not open this note.');
    return 1;
  }
  let notes;
  try {
    notes = decrypt(record, period, key);
  } catch {
    console.error('The passphrase is right, but the text was changed or damaged since it was written.');
    return 1;
  }
  process.stdout.write(`${JSON.stringify(notes, null, 2)}\n`);
  return 0;
}

process.exitCode = await main();
