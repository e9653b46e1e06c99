import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'För lång: {length} tecken, gränsen är {limit}.',
  'policy.lint.email': 'Ta bort e-postadressen.',
  'policy.lint.phone': 'Ta bort telefonnumret.',
  'policy.lint.phone-warning': 'Telefonnummer är bara tillåtna för kontakt om garanti, transportör eller tillverkare.',
  'policy.lint.url': 'Ta bort länken.',
  'policy.lint.url-warning': 'Länkar är bara tillåtna när de behövs för att slutföra beställningen.',
  'policy.lint.html': 'Ta bort HTML-koden.',
  'policy.lint.emoji': 'Ta bort emojin: meddelanden till köpare får inte innehålla emojier.',
  'policy.lint.ask-positive':
    'Be inte om positiva recensioner eller positiv feedback, och fråga inte bara nöjda köpare.',
  'policy.lint.review-change': 'Be aldrig en kund att ändra, uppdatera eller ta bort en recension.',
  'policy.lint.feedback-pressure':
    'Be inte köparen att ändra eller ta bort feedback. Du får bara säga att hen kan uppdatera den.',
  'policy.lint.incentive': 'Erbjud ingenting, inte heller återbetalning, i utbyte mot en recension eller feedback.',
  'policy.lint.refund-offer':
    'En offentlig kommentar får inte erbjuda återbetalning eller något annat (en ersättningsvara, en rabatt, en gratis produkt). Använd Kontakta kund eller meddelanden mellan köpare och säljare i stället.',
  'policy.lint.refund-offer-warning':
    'Ett offentligt svar är inte platsen för att erbjuda återbetalning eller något annat. Överväg meddelanden mellan köpare och säljare i stället.',
  'policy.lint.marketing':
    'Ta bort marknadsföringen: meddelanden till köpare och offentliga kommentarer får inte marknadsföra produkter, be om att följa eller prenumerera eller innehålla avregistreringslänkar.',
  'policy.lint.contact-first':
    'Be inte köpare att kontakta dig innan eller i stället för att de lämnar en recension eller feedback.',
  'policy.lint.repeat-request': 'Be om en recension eller feedback bara en gång per beställning: inga påminnelser.',
  'policy.lint.abuse': 'Håll det professionellt: inga hot, anklagelser mot köparen eller svordomar.',
  'policy.lint.personal-name': 'Ta bort köparens namn: offentlig text får inte innehålla personuppgifter.',
  'policy.lint.handle': 'Ta bort användarnamnet på sociala medier.',
  'policy.lint.off-platform': 'Håll samtalet på Amazon: inga externa kanaler, samtal eller betalkonton.',
  'policy.lint.fix.apply': 'Tillämpa',
  'policy.lint.fix.replace': 'Föreslagen omskrivning: ”{replacement}”',
  'policy.lint.fix.remove': 'Föreslagen åtgärd: ta bort det.',
  'policy.lint.fix.apply-replace': 'Tillämpa: ersätt ”{text}” med ”{replacement}”',
  'policy.lint.fix.apply-remove': 'Tillämpa: ta bort ”{text}”',
  'policy.lint.fix.applied': 'Förslaget tillämpades; texten kontrollerades igen.',
  'policy.clause.messaging.length': 'Meddelanden till köpare måste vara kortare än 4 000 tecken.',
  'policy.clause.messaging.no-email': 'Meddelanden till köpare får inte innehålla e-postadresser.',
  'policy.clause.messaging.phone': 'Telefonnummer bara för kontakt om garanti, transportör eller tillverkare.',
  'policy.clause.messaging.links': 'Länkar bara när de behövs för att slutföra beställningen.',
  'policy.clause.messaging.no-html': 'Meddelanden till köpare får inte innehålla HTML.',
  'policy.clause.messaging.no-emoji': 'Meddelanden till köpare får inte innehålla emojier.',
  'policy.clause.messaging.no-marketing':
    'Meddelanden till köpare får inte innehålla marknadsföring eller avregistreringslänkar.',
  'policy.clause.reviews.comment-length': 'Håll kommentarer till recensioner korta.',
  'policy.clause.reviews.comment-no-contact':
    'Offentliga kommentarer får inte innehålla e-postadresser eller telefonnummer.',
  'policy.clause.reviews.comment-no-promotion': 'Offentliga kommentarer får inte innehålla kampanjer eller länkar.',
  'policy.clause.reviews.comment-no-refund': 'Offentliga kommentarer får inte erbjuda återbetalning eller något annat.',
  'policy.clause.reviews.no-positive-request':
    'Be aldrig om positiva recensioner eller positiv feedback, och fråga aldrig bara nöjda köpare.',
  'policy.clause.reviews.no-change-request': 'Be aldrig en kund att ändra eller ta bort en recension.',
  'policy.clause.reviews.no-incentives':
    'Erbjud aldrig något för en recension eller feedback, inte heller återbetalning.',
  'policy.clause.feedback.reply-length': 'Håll offentliga svar på feedback korta.',
  'policy.clause.feedback.reply-public': 'Ett offentligt svar är inte platsen för att prata med köparen.',
  'policy.clause.feedback.no-pressure':
    'Du får säga att köparen kan uppdatera feedback; påtryckningar är inte tillåtna.',
  'policy.clause.reviews.no-diverting':
    'Be aldrig köpare att kontakta dig innan eller i stället för att de lämnar en recension eller feedback.',
  'policy.clause.messaging.one-request': 'Högst en begäran om recension eller feedback per beställning.',
  'policy.clause.messaging.no-off-platform':
    'Håll kontakten med köpare på Amazon: inga externa kanaler eller betalkonton.',
  'policy.clause.public.professional':
    'Offentliga kommentarer och svar förblir professionella: inga hot, anklagelser eller svordomar.',
  'policy.clause.public.no-personal-data':
    'Offentlig text får inte nämna köparen vid namn eller innehålla andra personuppgifter.',
} satisfies Strings;
