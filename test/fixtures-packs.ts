/** A small entity pack written for the tests (not the shipped one, so tests pin behaviour, not data). */
export const NEWS_PACK = `
pack: test-news
entities:
  - id: khalifa-haftar
    type: person
    canonical: { en: Khalifa Haftar, de: Chalifa Haftar }
    variants:
      Haftar: [Hifter, Hafter]
  - id: fayez-sarraj
    type: person
    canonical: { en: Fayez al-Sarraj }
    variants:
      Sarraj: [Siraj, Serraj]
  - id: ibrahim-kalin
    type: person
    canonical: { en: Ibrahim Kalin }
    variants: [Avraik Kalin]
  - id: muammar-gaddafi
    type: person
    canonical: { en: Muammar Gaddafi, fr: Mouammar Kadhafi }
    variants:
      Gaddafi: [Qaddafi, Gadhafi]
  - id: aguila-saleh
    type: person
    canonical: { en: Aguila Saleh }
    variants:
      Aguila: [Akila, Agila]
  - id: al-jufra
    type: place
    canonical: { en: al-Jufra }
    variants: [Jafra, Jufrah]
  - id: sirte
    type: place
    canonical: { en: Sirte, fr: Syrte }
    variants: [Surt]
  - id: gna
    type: organisation
    canonical: { en: Government of National Accord }
    aliases:
      - { text: GNA, status: preferred }
      - { text: Al-Wefaq government, status: calque, use: GNA, note: "Transliteration of the Arabic name" }
      - { text: reconciliation government, status: calque, lang: en }
      - { text: reconciliation forces, status: calque, use: GNA forces, lang: en }
      - { text: Accord forces, status: deprecated, use: GNA forces, match-case: true }
`;
