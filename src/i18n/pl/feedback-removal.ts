import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon usuwa opinię tylko wtedy, gdy zawiera słowa obsceniczne lub wulgarne, zawiera Twoje dane osobowe (adresy e-mail, pełne imiona i nazwiska, numery telefonów) albo w całości jest recenzją produktu. Opinia dotycząca w całości dostawy zrealizowanej przez Amazon zostaje zamiast tego przekreślona. Wnioski spekulacyjne są niedozwolone.',
  'feedback.removal.candidates': 'Co prawdopodobnie zawiera komentarz',
  'feedback.removal.no-candidates': 'Komentarz nie spełnia wyraźnie żadnego z kryteriów Amazon.',
  'feedback.removal.confidence.high': 'wysoka pewność',
  'feedback.removal.confidence.medium': 'średnia pewność',
  'feedback.removal.confidence.low': 'niska pewność',
  'feedback.removal.pick': 'Które kryterium spełnia opinia?',
  'feedback.removal.reason.personal-data': 'Zawiera dane osobowe',
  'feedback.removal.reason.obscene': 'Język obsceniczny lub wulgarny',
  'feedback.removal.reason.product-review': 'W całości recenzja produktu',
  'feedback.removal.reason.fba-delivery': 'W całości o dostawie zrealizowanej przez Amazon',
  'feedback.removal.fba-only':
    'Opinia o dostawie jest przekreślana tylko przy zamówieniach realizowanych przez Amazon.',
  'feedback.removal.submit': 'Wyślij wniosek',
  'feedback.removal.outcome.requested': 'Wniosek przyjęty. Amazon sprawdzi opinię.',
  'feedback.removal.outcome.denied': 'Zachowana: Amazon nie stwierdził naruszenia zasad.',
  'feedback.removal.outcome.struck-through': 'Przekreślona: opinia nie jest już wliczana do Twojej oceny.',
  'feedback.removal.outcome.removed': 'Usunięta: opinia nie jest już wliczana do Twojej oceny.',
  'feedback.local.removal':
    'Wniosek zapisany tylko w tej przeglądarce; Amazon o nim nie wie. Poproś o usunięcie w Seller Central.',
} satisfies Strings;
