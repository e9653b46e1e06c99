import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Recensionen markerades som klar och döljs. Slå på ”Inkludera markerade som klara” för att se den.',
  'review-list.done.marked': 'Recensionen markerades som klar.',
  'review-list.done.unmarked': 'Recensionen återställdes.',
  'review-list.bulk.saving': { one: 'Sparar {count} recension…', other: 'Sparar {count} recensioner…' },
  'review-list.bulk.marked': {
    one: '{count} recension markerad som klar.',
    other: '{count} recensioner markerade som klara.',
  },
  'review-list.bulk.restored': { one: '{count} recension återställd.', other: '{count} recensioner återställda.' },
  'review-list.bulk.failed': {
    one: '{count} recension kunde inte sparas och lämnades som den var.',
    other: '{count} recensioner kunde inte sparas och lämnades som de var.',
  },
  'review-list.bulk.undone': {
    one: 'Ångrat: {count} recension är som den var igen.',
    other: 'Ångrat: {count} recensioner är som de var igen.',
  },
} satisfies Strings;
