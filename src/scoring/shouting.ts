/**
 * Shouting in capitals. Only capitalised *ordinary English words* count ("I NEED AN ANSWER
 * NOW"); acronyms and names in capitals ("the UNICEF data role with the IATA team", "ACME")
 * are not shouting. The list holds everyday words of four letters or more (shorter ones are
 * too often acronyms: IT, HR, WHO), matched after stripping a plain -s / -es / -ed / -ing /
 * -ly / -n't ending.
 */

const ORDINARY = new Set(
  `about above after again against already also always angry another answer answered anybody
  anymore anyone anything anyway around asking away back been before being believe better
  call called calling calls care come coming could days decide decision deserve does doing
  done dont down each else enough even ever every everyone everything expect fair fast final
  find finally first forever from give going gone good have hear heard hello help here hire
  hired hold home hour hours hurry immediately important into just keep kind know last late
  later least leave left less like listen long longer look made make many maybe mean message
  messages minute minutes more most much must myself need never news next nobody none nothing
  number office once only other over people person phone please pick really reply respond
  response right said same seriously should since soon someone something still stop sure take
  talk tell than thank thanks that their them then there these they thing think this those
  time times today told tomorrow tonight true trying understand until urgent very wait waited
  waiting want wanted week weeks well were what whatever when where which while will with
  without wont word work would wrong years your yours again cannot doesnt didnt havent hasnt
  isnt wasnt arent really serious ridiculous unacceptable joke crazy sick tired done stupid
  hate love great sorry excited job role position interview interviewed status already enough
  stop listen days weeks months month ages literally absolutely totally`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const CAPS_WORD = /\b[A-Z]{4,}(?:'?[A-Z]+)?\b/g;

function isOrdinary(word: string): boolean {
  const w = word.toLowerCase().replace(/'/g, '');
  if (ORDINARY.has(w)) return true;
  for (const end of ['ing', 'ed', 'es', 's', 'ly', 'nt']) {
    if (w.length > end.length + 2 && w.endsWith(end)) {
      const stem = w.slice(0, -end.length);
      if (ORDINARY.has(stem) || ORDINARY.has(`${stem}e`)) return true;
    }
  }
  return false;
}

/** How many ordinary English words the raw line writes in capitals (four letters or more). */
export function shoutedWords(raw: string): number {
  let n = 0;
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(raw); m !== null; m = CAPS_WORD.exec(raw)) {
    if (isOrdinary(m[0])) n++;
  }
  return n;
}
