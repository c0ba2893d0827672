/**
 * The words note-analysis.ts looks for, by what they signal: pain (and the mild words that count only
 * beside a body part), illness, medication, what makes pain intense, the body parts with their plural
 * forms, and the words that negate a term or start a new clause. Phrases are lower case, words
 * separated by single spaces, apostrophes dropped ("can t walk"), as the matcher tokenises notes.
 */

export type TermKind = 'pain' | 'mild-pain' | 'illness' | 'medication' | 'intense' | 'body';

export interface LexiconEntry {
  words: string[];
  kind: TermKind;
  /** Body parts: the name reported; plural forms imply both sides when none is named. */
  part?: string;
  plural?: boolean;
}

const PAIN = [
  'pain',
  'pains',
  'painful',
  'hurt',
  'hurts',
  'hurting',
  'injury',
  'injured',
  'injuries',
  'sprain',
  'sprained',
  'swelling',
  'swollen',
  'niggle',
  'niggles',
  'niggly',
  'niggling',
  'twinge',
  'twinges',
  'twinged',
];
const MILD_PAIN = [
  'sore',
  'soreness',
  'ache',
  'aches',
  'aching',
  'achy',
  'tight',
  'tightness',
  'tightened',
  'stiff',
  'stiffness',
  'strain',
  'strained',
  'bruise',
  'bruised',
  'pinches',
  'pinching',
  'tweaked',
  'pulled',
  'cramp',
  'cramping',
];
const ILLNESS = [
  'ill',
  'illness',
  'sick',
  'sickness',
  'fever',
  'feverish',
  'flu',
  'cough',
  'coughing',
  'covid',
  'sore throat',
  'runny nose',
  'blocked nose',
  'stuffy nose',
  'vomit',
  'vomiting',
  'vomited',
  'throwing up',
  'diarrhoea',
  'diarrhea',
  'nausea',
  'nauseous',
  'stomach bug',
  'virus',
  'infection',
  'migraine',
  'headache',
  'chills',
  'congested',
  'congestion',
  // "cold" alone is weather; these are the ways notes say someone has one.
  'a cold',
  'head cold',
  'chest cold',
  'caught cold',
  'bad cold',
  'nasty cold',
  'heavy cold',
  'the cold',
];
const MEDICATION = [
  'ibuprofen',
  'paracetamol',
  'acetaminophen',
  'antibiotic',
  'antibiotics',
  'painkiller',
  'painkillers',
  'pain killer',
  'pain killers',
  'naproxen',
  'aspirin',
  'diclofenac',
  'voltaren',
  'nurofen',
  'advil',
  'tylenol',
  'anti inflammatory',
  'anti inflammatories',
  'antiinflammatories',
  'nsaid',
  'nsaids',
  'cortisone',
  'prednisolone',
  'inhaler',
  'codeine',
  'antihistamine',
  'antihistamines',
];
/** Words that make pain an emergency for the plan: the critical severity. */
const INTENSE = [
  'sharp',
  'severe',
  'stabbing',
  'excruciating',
  'agony',
  'limping',
  'limp',
  'cannot walk',
  'can t walk',
  'couldn t walk',
  'unable to walk',
];
/** Pain words that are intense in themselves: visible swelling is more than a niggle. */
export const INTENSE_PAIN = new Set(['swelling', 'swollen']);

const BODY_PARTS: [string, string[], string[]][] = [
  // [reported name, singular forms, plural forms]
  ['achilles', ['achilles', 'achilles tendon'], []],
  ['calf', ['calf'], ['calves']],
  ['shin', ['shin', 'shin splint'], ['shins', 'shin splints']],
  ['knee', ['knee', 'kneecap', 'patella', 'patellar'], ['knees']],
  ['hamstring', ['hamstring', 'hammy'], ['hamstrings']],
  ['quad', ['quad', 'quadricep', 'quadriceps'], ['quads']],
  ['hip flexor', ['hip flexor'], ['hip flexors']],
  ['hip', ['hip'], ['hips']],
  ['groin', ['groin', 'adductor'], ['adductors']],
  ['lower back', ['lower back', 'low back', 'lumbar'], []],
  ['upper back', ['upper back'], []],
  ['back', ['my back', 'back pain'], []],
  ['foot', ['foot', 'arch', 'metatarsal'], ['feet', 'arches']],
  ['plantar fascia', ['plantar', 'plantar fascia', 'plantar fasciitis'], []],
  ['heel', ['heel'], ['heels']],
  ['ankle', ['ankle'], ['ankles']],
  ['toe', ['toe', 'big toe'], ['toes']],
  ['shoulder', ['shoulder', 'rotator cuff'], ['shoulders']],
  ['IT band', ['it band', 'itb', 'iliotibial band'], []],
  ['glute', ['glute', 'buttock'], ['glutes']],
  ['neck', ['neck'], []],
  ['wrist', ['wrist'], ['wrists']],
  ['elbow', ['elbow'], ['elbows']],
  ['hand', ['hand'], ['hands']],
  ['thigh', ['thigh'], ['thighs']],
  ['chest', ['chest'], []],
  ['rib', ['rib'], ['ribs']],
];

export const NEGATORS = new Set([
  'no',
  'not',
  'without',
  'never',
  'zero',
  'none',
  'nothing',
  'nil',
  'isn',
  'wasn',
  'didn',
  'don',
  'doesn',
  'free',
]);
export const CLAUSE_WORDS = new Set(['but', 'although', 'though', 'however', 'except', 'yet']);

function buildLexicon(): Map<string, LexiconEntry[]> {
  const lexicon = new Map<string, LexiconEntry[]>();
  const add = (phrase: string, entry: Omit<LexiconEntry, 'words'>) => {
    const words = phrase.split(' ');
    const list = lexicon.get(words[0]!) ?? [];
    list.push({ words, ...entry });
    // Longest phrase first, so the first entry that matches is the one meant.
    list.sort((a, b) => b.words.length - a.words.length);
    lexicon.set(words[0]!, list);
  };
  for (const w of PAIN) add(w, { kind: 'pain' });
  for (const w of MILD_PAIN) add(w, { kind: 'mild-pain' });
  for (const w of ILLNESS) add(w, { kind: 'illness' });
  for (const w of MEDICATION) add(w, { kind: 'medication' });
  for (const w of INTENSE) add(w, { kind: 'intense' });
  for (const [part, singular, plural] of BODY_PARTS) {
    for (const w of singular) add(w, { kind: 'body', part, plural: false });
    for (const w of plural) add(w, { kind: 'body', part, plural: true });
  }
  return lexicon;
}

/** Every entry by its first word, longest phrase first. */
export const LEXICON = buildLexicon();
/** Any lexicon word at all: most notes ("felt strong today") hold none and are passed over in one test. */
export const ANY_TERM = new RegExp(`\\b(?:${[...LEXICON.keys()].join('|')})\\b`, 'i');
