import { describe, expect, it } from 'vitest';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const MIX = 'Talks with Salah al-Din al-Nimrush went on. Salah Al-Nimroush said the visit mattered. Later Al-Nimroush left.';

// no pack loaded: the document's majority decides
ruleTester('name-consistency', {
  valid: [
    // one spelling throughout
    'Khalifa Haftar met Fayez al-Sarraj. Haftar left; al-Sarraj stayed.',
    // near-misses: names that look alike but are different names
    'Mahmoud Hafez met the envoy. Later Khalifa Haftar spoke, and Hafez replied to Haftar.',
    'Foreign Minister Mohamed Siala flew to Sirte. Siala said Sirte was calm.',
    'Ibrahim Kalin met Karim Benzema. Kalin and Karim spoke.',
    'Aguila Saleh met Salah al-Namroush. Both Saleh and Salah spoke; Saleh left before Salah.',
    'Hassan Ali met Hussein Ali. Hassan and Hussein agreed.',
    'Khaled al-Mishri met Khalifa Haftar. Khaled and Khalifa agreed.',
    // a derivation is not a variant: demonyms, adjectives, plurals
    'Turkey sent drones; the Turkish envoy came to Ankara with Turkey backing him.',
    'Libya is divided, and a Libyan source said Libya would hold elections.',
    'Tripoli lies in Tripolitania, and Tripoli is its capital.',
    'The Emirati envoy met two Emiratis in the capital; the Emirati side agreed.',
    // ordinary capitalised words at sentence starts
    'Fighting resumed near Sirte. The fighting stopped. Fighters left. Officials said fighting was over.',
    // the same given name for two people with different surnames
    'Khaled al-Mishri met Khalid Mahjoub. Khaled al-Mishri then left.',
    // headlines in capitals are not counted
    'HAFTER FORCES ADVANCE\nKhalifa Haftar said Haftar forces would hold.',
    { text: 'Die Truppen von Chalifa Haftar zogen ab. Haftar sagte, die Truppe bleibe in Sirte.', language: 'de' },
    { text: "Les forces d'Haftar ont quitté Syrte. Haftar a parlé aux Libyens de la Libye.", language: 'fr' },
    { text: 'El Ejército Nacional Libio de Haftar avanzó hacia Libia central.', language: 'es' },
  ],
  invalid: [
    {
      text: MIX,
      errors: [
        {
          messageId: 'majority',
          actual: 'Nimrush',
          message: "'Nimrush' and 'Nimroush' look like spellings of one name in this document (Nimroush ×2, Nimrush ×1): use 'Nimroush'.",
          fix: null,
          suggestions: ['Nimroush'],
          line: 1,
          column: 28,
        },
      ],
    },
    {
      // a tie: reported on the spelling used second, nothing proposed
      text: 'Khaled Al-Mashri met the envoy. In addition to al-Mishri, others came.',
      errors: [
        {
          messageId: 'tie',
          actual: 'Mishri',
          message: "'Mishri' and 'Mashri' look like spellings of one name in this document (Mashri ×1, Mishri ×1): choose one.",
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      // a surname alone against the full name
      text: 'Field Marshal Khalifa Hifter spoke. Haftar said no. Forces loyal to Haftar left.',
      errors: [{ actual: 'Hifter', suggestions: ['Haftar'] }],
    },
    {
      // three spellings: each minority spelling is reported
      text: 'Convoys moved to Jufra. Jufra was quiet. The Jufrah base and Jofra airfield were hit; Jufra held.',
      errors: [
        { actual: 'Jufrah', message: /^'Jufrah', 'Jufra' and 'Jofra' look like .* \(Jufra ×3, Jufrah ×1, Jofra ×1\): use 'Jufra'\.$/, suggestions: ['Jufra'] },
        { actual: 'Jofra', suggestions: ['Jufra'] },
      ],
    },
    {
      // the other words of one person's name, compared once the surnames are one name
      text: 'Mohammad Taher Siala arrived. Muhammad Tahir Siala said so. Mohammad Taher Siala left.',
      errors: [
        { actual: 'Muhammad', suggestions: ['Mohammad'] },
        { actual: 'Tahir', suggestions: ['Taher'] },
      ],
    },
  ],
});

// a pack knows the name: its house form wins, as an unsafe fix, and its variants are left to entity-variant
const PACK = `pack: test-names
entities:
  - id: al-jufra
    type: place
    canonical: { en: al-Jufra }
    variants: [Jafra]
`;

ruleTester(
  'name-consistency',
  {
    valid: [
      // Jafra is a pack variant: entity-variant reports it, not this rule
      'Convoys reached al-Jufra and Jafra. Al-Jufra held.',
    ],
    invalid: [
      {
        text: 'Convoys reached Jufrah. Jufrah held, Jafra fell and al-Jufra stood.',
        errors: [
          {
            messageId: 'pack',
            actual: 'Jufrah',
            message: "'Jufrah', 'Jafra' and 'Jufra' look like spellings of one name in this document (Jufrah ×2, Jafra ×1, Jufra ×1): al-Jufra is written 'Jufra'.",
            fix: 'Jufra',
          },
          { actual: 'Jufrah', fix: 'Jufra' },
        ],
        output: 'Convoys reached Jufra. Jufra held, Jafra fell and al-Jufra stood.',
        unsafe: true,
      },
    ],
  },
  { packs: [PACK] },
);

describe('name-consistency fixes', () => {
  it('marks a pack fix unsafe and the majority a suggestion', async () => {
    const [packed] = await lintWith('name-consistency', 'Jufrah fell. al-Jufra held.', { packs: [PACK] });
    expect(packed.fixSafety).toBe('unsafe');
    expect(packed.entity).toBe('al-jufra');
    const [plain] = await lintWith('name-consistency', MIX);
    expect(plain.fix).toBeUndefined();
    expect(plain.suggestions?.map((s) => s.desc)).toEqual(["Write 'Nimroush'."]);
  });

  it('takes more known-distinct names from its options', async () => {
    const text = 'Convoys moved to Jufra. Jufra was quiet. The Jufrah base held.';
    expect(await lintWith('name-consistency', text)).toHaveLength(1);
    expect(await lintWith('name-consistency', text, { options: { distinct: [['Jufra', 'Jufrah']] } })).toEqual([]);
  });
});

// words of the document's language, spellings named side by side, given names beside a surname
ruleTester('name-consistency', {
  valid: [
    // German capitalises every noun: two dictionary nouns are no name
    { text: 'Die Kunden prüften ihre Konten. Später eröffneten die Kunden neue Konten bei der Bank.', language: 'de' },
    { text: 'Die Bürgerin sprach mit den Bürgern. Die Bürgerin blieb.', language: 'de' },
    // two common words of the dictionary are two words, not two spellings, even capitalised in mid-sentence
    'Delegates of the United Front met. The Untied Front left, and the United Front stayed.',
    // two names of the dictionary written alone are two names
    'Kristen arrived at noon. Later Kristin came, and Kristen left.',
    // a capitalised common word at a sentence start
    { text: 'Année après année, la ville grandit. Une année plus tard, Marseille vota.', language: 'fr' },
    // the text names the two spellings as alternatives
    'The commander Nimrush (also spelled Nimroush) spoke. Nimrush left before noon.',
    'The town of Jufra, or Jufrah, was quiet. Jufra held through the week.',
    { text: 'Der Kommandant Nimrush, auch Nimroush geschrieben, sprach. Nimrush ging.', language: 'de' },
    { text: 'Le commandant Nimrush, ou Nimroush, a parlé. Nimrush est parti.', language: 'fr' },
    // given names of two people whose surnames differ are not compared
    'Fayez al-Sarraj met Faez Mansour. Fayez al-Sarraj then left.',
  ],
  invalid: [
    {
      // near-miss of the alternatives: the two spellings are not joined as alternatives
      text: 'The commander Nimrush spoke in Tripoli. Reporters asked Nimroush about it. Nimrush left.',
      errors: [{ actual: 'Nimroush', suggestions: ['Nimrush'] }],
    },
    {
      // given names of the dictionary beside one surname are still compared
      text: 'Ahmed Tarbouni met the envoy. Ahmad Tarbouni said so. Ahmed Tarbouni left.',
      errors: [{ actual: 'Ahmad', suggestions: ['Ahmed'] }],
    },
    {
      // a given-name variant beside a surname written exactly alike
      text: 'Fayez al-Sarraj met the envoy. Faez al-Sarraj said so. Fayez al-Sarraj left.',
      errors: [{ actual: 'Faez', suggestions: ['Fayez'] }],
    },
    {
      // a German name that is no dictionary word is still checked
      text: 'Der Kommandant Nimrush sprach in Tripolis. Reporter fragten Nimroush danach. Nimrush ging.',
      language: 'de',
      errors: [{ actual: 'Nimroush', suggestions: ['Nimrush'] }],
    },
  ],
});

// two pack entities share a surname: the surname's variants are still checked, toward the house form
const FAMILY = `pack: test-family
entities:
  - id: father
    type: person
    canonical: { en: Muammar Zintani }
  - id: son
    type: person
    canonical: { en: Saif Zintani }
`;

ruleTester(
  'name-consistency',
  {
    valid: ['Muammar Zintani ruled. His son Saif Zintani spoke. Zintani left.'],
    invalid: [
      {
        // the house form is the target even where another spelling is more frequent; it is never to be replaced
        text: 'Muammar Zintani ruled. His son Saif Zintani spoke. Observers said Zentani changed, Zentani left and Zentani came back.',
        errors: [
          { messageId: 'pack', actual: 'Zentani', fix: 'Zintani' },
          { actual: 'Zentani', fix: 'Zintani' },
          { actual: 'Zentani', fix: 'Zintani' },
        ],
        unsafe: true,
      },
    ],
  },
  { packs: [FAMILY] },
);
