import type { Strings } from '../types.js';

export default {
  'contact.title': 'Kontakta kund',
  'contact.reason.legend': 'Anledning till att kontakta kunden',
  'contact.reason.courtesy-refund': 'Återbetalning av goodwill',
  'contact.reason.courtesy-refund.hint': 'Erbjuder kunden full återbetalning.',
  'contact.reason.customer-support': 'Kundsupport',
  'contact.reason.customer-support.hint':
    'Ber kunden om tillåtelse att kontakta hen via meddelanden mellan köpare och säljare.',
  'contact.preview.title': 'Förhandsgranskning av meddelandet',
  'contact.preview.note': 'Amazon skickar det här meddelandet från en fast mall. Det går inte att redigera.',
  'contact.preview.subject': 'Ämne',
  'contact.preview.unavailable': 'Texten i den här mallen är inte tillgänglig.',
  'contact.review.product': 'Produkt',
  'contact.review.rating': 'Betyg',
  'contact.review.title': 'Recensionens rubrik',
  'contact.loading': 'Läser in recensionen…',
  'contact.no-review': 'Ingen recension gavs till den här dialogrutan.',
  'contact.ineligible.title': 'Det går inte att kontakta kunden',
  'contact.ineligible.intro': 'Amazon tillåter Kontakta kund bara när alla villkor är uppfyllda. Ej uppfyllt:',
  'contact.sent.title': 'Meddelandet har skickats',
  'contact.sent.body':
    'Amazon skickade meddelandet ”{reason}” den {date}. Kunden ser det i sin meddelandecentral; svar kommer som meddelanden mellan köpare och säljare.',
  'contact.failed.title': 'Meddelandet skickades inte',
  'contact.failed.retry': 'Ditt val sparas. Välj Skicka för att försöka igen; meddelandet skickas aldrig två gånger.',
  'contact.conflict.title': 'Kunden har redan kontaktats',
  'contact.conflict.body':
    'Den här kunden har redan kontaktats om den här recensionen. Amazon tillåter en kontakt per recension, så inget mer skickades.',
  'policy.template.courtesy-refund.subject': 'En återbetalning av goodwill för din beställning',
  'policy.template.courtesy-refund.body':
    'Hej!\n\nVi beklagar att ditt köp av {productTitle} inte motsvarade dina förväntningar. Som en gest av goodwill vill vi erbjuda dig full återbetalning för den här beställningen. Svara bara på det här meddelandet i din meddelandecentral för att ta emot den.\n\nVänliga hälsningar\n{sellerName}',
  'policy.template.customer-support.subject': 'Kan vi hjälpa dig med ditt köp?',
  'policy.template.customer-support.body':
    'Hej!\n\nVi har märkt att du kanske har haft problem med {productTitle}. Vi vill gärna hjälpa till. Får vi kontakta dig via meddelanden mellan köpare och säljare? Svara i så fall på det här meddelandet i din meddelandecentral.\n\nVänliga hälsningar\n{sellerName}',
} satisfies Strings;
