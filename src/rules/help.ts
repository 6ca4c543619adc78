/**
 * Reference text for every rule and engine check, for SARIF's rule
 * descriptors (name, fullDescription, help) and docs/rules.md: what the rule
 * catches, an example, how to fix it. Fix safety comes from each rule's own
 * `meta.docs.fixSafety`, so it is written once, beside the code it describes.
 */
export interface RuleHelp {
  /** PascalCase name, distinct from the kebab-case id (SARIF reportingDescriptor.name). */
  name: string;
  /** What the rule catches, in a sentence or two. */
  catches: string;
  /** A flagged passage and its fixed form. */
  example: { bad: string; good: string };
  /** What the writer or editor should do. */
  fix: string;
}

export const RULE_HELP: Record<string, RuleHelp> = {
  'page-furniture': {
    name: 'PageFurnitureLine',
    catches:
      'A line that is page furniture by its shape rather than by a listed phrase: copyright and date stamps, counters, handles, e-mail and link lines, interface words, calls to action, the site name, agency tags, menus; and, when several files are linted together, short lines repeated across the files of one site.',
    example: { bad: 'The talks ended on Monday.\nShare on Facebook | Print | Email', good: 'The talks ended on Monday.' },
    fix: 'Delete the line if it is not part of the article.',
  },
  'near-repetition': {
    name: 'NearRepetition',
    catches:
      "Text said twice with a small change: a line repeated a few lines later or altered, 'X and X' doublets ('the remnants and remnants'), a noun with a participle of the same stem ('una publicación publicada'), false starts ('in den in dem'), a direction said twice, and words glued at a case change ('theParliament').",
    example: { bad: 'the remnants and remnants of the groups', good: 'the remnants of the groups' },
    fix: 'Delete the repeat or split the glued words; rewrite the sentence where one of the two words was meant to be different.',
  },
  grammar: {
    name: 'GrammarSlip',
    catches:
      "Grammar slips typical of machine translation, as high-precision patterns per language: a singular noun after 'several' ('in several province'), two articles in a row ('eine ein'), a plural subject with a verb in -s ('The Russians strikes'), 'déclarent-ont', a dropped article ('during meeting with').",
    example: { bad: 'Clashes were reported in several province.', good: 'Clashes were reported in several provinces.' },
    fix: 'Correct the grammar as the message suggests; the pattern cannot see the whole sentence, so read it first.',
  },
  spelling: {
    name: 'SpellingError',
    catches:
      "A lower-case word that the language's Hunspell dictionary does not know and that has a close correction ('coinceded' -> 'coincided'); names, capitalised words, acronyms, URLs, handles and quoted foreign terms are never reported. Off by default.",
    example: { bad: 'The attacks coinceded with the talks.', good: 'The attacks coincided with the talks.' },
    fix: "Correct the word, or add it to the rule's `allow` option when it is a term of the house.",
  },
  'entity-variant': {
    name: 'EntityVariant',
    catches:
      'A spelling of a person, place or organisation that a rule pack lists as a non-house variant of an entity, or the house form another language uses (Kadhafi in English text).',
    example: { bad: 'Khalifa Hifter met the envoy.', good: 'Khalifa Haftar met the envoy.' },
    fix: 'Use the house spelling given in the message. `translint --fix` does it, keeping articles, possessives and capitals-only styling.',
  },
  'entity-alias': {
    name: 'EntityAlias',
    catches:
      "An alias of an entity whose status in a pack is `calque` (a literal translation of the source-language name) or `deprecated` (a name the house style no longer uses).",
    example: { bad: 'The reconciliation government said on Monday...', good: 'The Government of National Accord said on Monday...' },
    fix: 'Replace the alias with the entity name given in the message, adjusting the sentence if needed.',
  },
  'entity-consistency': {
    name: 'EntityConsistency',
    catches: 'One name written several ways in the same document where no pack lists the variants (diacritics, hyphens, spacing).',
    example: { bad: 'Ibrahim Kalın spoke first. Later Kalin added...', good: 'Ibrahim Kalın spoke first. Later Kalın added...' },
    fix: 'Pick one form (the house form when a pack knows the entity) and use it throughout.',
  },
  'name-consistency': {
    name: 'NameConsistency',
    catches: 'Spellings of one transliterated name that no pack lists, grouped by a name-variant key (vowel and doubled-letter variation).',
    example: { bad: 'in Nimrush district ... near Nimroush', good: 'in Nimrush district ... near Nimrush' },
    fix: 'Choose one spelling for the name and use it throughout; add it to a pack to make the choice permanent.',
  },
  'repeated-words': {
    name: 'RepeatedWords',
    catches: "A word or phrase printed twice in a row ('military military', 'the government of government'), or a headline or paragraph repeated.",
    example: { bad: 'The military military council met.', good: 'The military council met.' },
    fix: 'Delete the repeat. Genuine doubles (a name, a quotation) can be listed in a phrase pack.',
  },
  calque: {
    name: 'CalquePhrase',
    catches: "A literal rendering of a source-language phrase that a fluent editor would rewrite ('according to what came in a statement').",
    example: { bad: 'According to what came in a statement, the talks ended.', good: 'According to a statement, the talks ended.' },
    fix: 'Rewrite the phrase idiomatically; the message suggests a wording.',
  },
  boilerplate: {
    name: 'BoilerplateLine',
    catches: "Page furniture copied with the article: comment forms, share bars, 'Source link', bylines and breadcrumbs.",
    example: { bad: 'The talks ended on Monday.\nPlease enter your comment!', good: 'The talks ended on Monday.' },
    fix: 'Delete the line (or the breadcrumb prefix) unless it is part of the text.',
  },
  'term-inconsistency': {
    name: 'TermInconsistency',
    catches: "One source term translated several ways in a document ('Operations Room', later 'the Chamber').",
    example: { bad: 'The Operations Room said... The Chamber added...', good: 'The Operations Room said... The Operations Room added...' },
    fix: 'Use one translation of the term throughout the document.',
  },
  'odd-capitals': {
    name: 'OddCapitals',
    catches: "A function word or common noun capitalised in the middle of a sentence ('came In a statement').",
    example: { bad: 'The army said In a statement that...', good: 'The army said in a statement that...' },
    fix: 'Lower-case the word unless it starts a name or title.',
  },
  'punctuation-spacing': {
    name: 'PunctuationSpacing',
    catches: "Spacing and punctuation left by machine translation: ' .. ', a space before punctuation, unbalanced quotation marks and brackets, invisible characters inside words.",
    example: { bad: 'The talks ended .. The envoy left .', good: 'The talks ended. The envoy left.' },
    fix: 'Remove the stray space or character, or balance the quotation marks and brackets.',
  },
  'orphan-fragment': {
    name: 'OrphanFragment',
    catches: "A one- or two-word sentence glued to the end of a paragraph ('... between the two parties. Conflict.'), usually a leftover tag or caption.",
    example: { bad: 'Talks resumed between the two parties. Conflict.', good: 'Talks resumed between the two parties.' },
    fix: 'Delete the fragment, or make it part of a full sentence.',
  },
  'stray-script': {
    name: 'StrayScript',
    catches: "Another script inside Latin-script text: untranslated runs, look-alike letters (a Cyrillic 'а' in 'Hаftar'), Arabic-Indic digits.",
    example: { bad: 'Hаftar (Cyrillic а) arrived in ٢٠٢٠.', good: 'Haftar arrived in 2020.' },
    fix: 'Translate the run, or replace look-alike letters and digits with their Latin forms (`--fix` does the latter).',
  },
  'wrong-language': {
    name: 'WrongLanguage',
    catches: "A paragraph in another language than the document's, among the configured candidate languages (long paragraphs only).",
    example: { bad: 'An English article with a paragraph left in French: « Les pourparlers ont repris lundi à Genève... »', good: 'The same paragraph translated into English.' },
    fix: 'Translate the paragraph, or set the language of the file with `overrides` when it is right.',
  },
  'unused-disable': {
    name: 'UnusedDisableDirective',
    catches: 'A `translint-disable` comment that silenced nothing (reported with `--report-unused-disable-directives`).',
    example: { bad: '<!-- translint-disable-next-line entity-variant -->\nKhalifa Haftar met the envoy.', good: 'Khalifa Haftar met the envoy.' },
    fix: 'Delete the directive.',
  },
  'invalid-directive': {
    name: 'InvalidDirective',
    catches: 'A translint directive naming a rule that does not exist.',
    example: { bad: '<!-- translint-disable-next-line entity-varient -->', good: '<!-- translint-disable-next-line entity-variant -->' },
    fix: 'Correct the rule id (`translint rules` lists them) or delete the directive.',
  },
};
