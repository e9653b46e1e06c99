import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon verwijdert feedback alleen als die obscene of grove taal bevat, persoonsgegevens over jou bevat (e-mailadressen, volledige namen, telefoonnummers) of volledig een productrecensie is. Feedback die volledig over een door Amazon uitgevoerde levering gaat, wordt in plaats daarvan doorgestreept. Speculatieve verzoeken zijn niet toegestaan.',
  'feedback.removal.candidates': 'Wat de opmerking lijkt te bevatten',
  'feedback.removal.no-candidates': 'De opmerking voldoet niet duidelijk aan een van de criteria van Amazon.',
  'feedback.removal.confidence.high': 'grote zekerheid',
  'feedback.removal.confidence.medium': 'gemiddelde zekerheid',
  'feedback.removal.confidence.low': 'kleine zekerheid',
  'feedback.removal.pick': 'Aan welk criterium voldoet de feedback?',
  'feedback.removal.reason.personal-data': 'Bevat persoonsgegevens',
  'feedback.removal.reason.obscene': 'Obscene of grove taal',
  'feedback.removal.reason.product-review': 'Volledig een productrecensie',
  'feedback.removal.reason.fba-delivery': 'Volledig over een door Amazon uitgevoerde levering',
  'feedback.removal.fba-only':
    'Feedback over de levering wordt alleen doorgestreept bij bestellingen die door Amazon zijn uitgevoerd.',
  'feedback.removal.submit': 'Verzoek indienen',
  'feedback.removal.outcome.requested': 'Verzoek ontvangen. Amazon gaat de feedback beoordelen.',
  'feedback.removal.outcome.denied': 'Behouden: Amazon heeft geen beleidsschending gevonden.',
  'feedback.removal.outcome.struck-through': 'Doorgestreept: de feedback telt niet meer mee voor je beoordeling.',
  'feedback.removal.outcome.removed': 'Verwijderd: de feedback telt niet meer mee voor je beoordeling.',
  'feedback.local.removal':
    'Verzoek alleen in deze browser genoteerd; Amazon krijgt er geen bericht van. Vraag de verwijdering aan in Seller Central.',
} satisfies Strings;
