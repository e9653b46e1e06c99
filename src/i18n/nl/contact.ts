import type { Strings } from '../types.js';

export default {
  'contact.title': 'Contact opnemen met klant',
  'contact.reason.legend': 'Reden om contact op te nemen met de klant',
  'contact.reason.courtesy-refund': 'Terugbetaling uit coulance',
  'contact.reason.courtesy-refund.hint': 'Biedt de klant een volledige terugbetaling aan.',
  'contact.reason.customer-support': 'Klantenservice',
  'contact.reason.customer-support.hint':
    'Vraagt de klant toestemming om via berichten tussen koper en verkoper contact op te nemen.',
  'contact.preview.title': 'Voorbeeld van het bericht',
  'contact.preview.note': 'Amazon verstuurt dit bericht met een vaste sjabloon. Het kan niet worden bewerkt.',
  'contact.preview.subject': 'Onderwerp',
  'contact.preview.unavailable': 'De tekst van deze sjabloon is niet beschikbaar.',
  'contact.review.product': 'Product',
  'contact.review.rating': 'Beoordeling',
  'contact.review.title': 'Titel van de recensie',
  'contact.loading': 'De recensie laden…',
  'contact.no-review': 'Dit dialoogvenster heeft geen recensie gekregen.',
  'contact.ineligible.title': 'Kan geen contact opnemen met de klant',
  'contact.ineligible.intro':
    'Amazon staat Contact opnemen met klant alleen toe als aan elke voorwaarde is voldaan. Niet voldaan:',
  'contact.sent.title': 'Bericht verzonden',
  'contact.sent.body':
    'Amazon heeft het bericht “{reason}” verzonden op {date}. De klant ziet het in het Berichtencentrum; antwoorden komen binnen als berichten tussen koper en verkoper.',
  'contact.failed.title': 'Het bericht is niet verzonden',
  'contact.failed.retry':
    'Je keuze blijft bewaard. Kies Verzenden om het opnieuw te proberen; het bericht wordt nooit twee keer verzonden.',
  'contact.conflict.title': 'Al contact opgenomen met de klant',
  'contact.conflict.body':
    'Er is al contact opgenomen met deze klant over deze recensie. Amazon staat één contact per recensie toe, dus er is niets meer verzonden.',
  'policy.template.courtesy-refund.subject': 'Een terugbetaling uit coulance voor je bestelling',
  'policy.template.courtesy-refund.body':
    'Hallo,\n\nHet spijt ons dat je aankoop van {productTitle} niet aan je verwachtingen voldeed. Uit coulance bieden we je graag een volledige terugbetaling voor deze bestelling aan. Om die te accepteren, antwoord je gewoon op dit bericht in je Berichtencentrum.\n\nMet vriendelijke groet,\n{sellerName}',
  'policy.template.customer-support.subject': 'Kunnen we je helpen met je aankoop?',
  'policy.template.customer-support.body':
    'Hallo,\n\nWe hebben gemerkt dat je mogelijk een probleem had met {productTitle}. We helpen je graag. Mogen we contact met je opnemen via berichten tussen koper en verkoper? Zo ja, antwoord dan op dit bericht in je Berichtencentrum.\n\nMet vriendelijke groet,\n{sellerName}',
} satisfies Strings;
