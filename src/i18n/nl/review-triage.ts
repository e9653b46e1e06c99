import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Recensie als afgehandeld gemarkeerd en verborgen. Zet “Als afgehandeld gemarkeerde meenemen” aan om haar te zien.',
  'review-list.done.marked': 'Recensie als afgehandeld gemarkeerd.',
  'review-list.done.unmarked': 'Recensie teruggezet.',
  'review-list.bulk.saving': { one: '{count} recensie opslaan…', other: '{count} recensies opslaan…' },
  'review-list.bulk.marked': {
    one: '{count} recensie gemarkeerd als afgehandeld.',
    other: '{count} recensies gemarkeerd als afgehandeld.',
  },
  'review-list.bulk.restored': { one: '{count} recensie teruggezet.', other: '{count} recensies teruggezet.' },
  'review-list.bulk.failed': {
    one: '{count} recensie kon niet worden opgeslagen en is ongewijzigd gebleven.',
    other: '{count} recensies konden niet worden opgeslagen en zijn ongewijzigd gebleven.',
  },
  'review-list.bulk.undone': {
    one: 'Ongedaan gemaakt: {count} recensie is weer zoals ze was.',
    other: 'Ongedaan gemaakt: {count} recensies zijn weer zoals ze waren.',
  },
} satisfies Strings;
