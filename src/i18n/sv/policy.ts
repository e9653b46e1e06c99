import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Bara recensioner med 1 till 3 stjärnor kan besvaras med Kontakta kund.',
  'policy.reason.not-verified-purchase': 'Recensionen är inte kopplad till ett verifierat köp.',
  'policy.reason.not-seller-of-record': 'Du är inte säljare av beställningen bakom den här recensionen.',
  'policy.reason.no-order-date': 'Beställningsdatumet är okänt.',
  'policy.reason.order-too-old': 'Beställningen gjordes för mer än ett år sedan.',
  'policy.reason.not-brand-representative': 'Du har inte rollen varumärkesrepresentant för det här varumärket.',
  'policy.reason.not-professional': 'Kontakta kund kräver ett professionellt säljkonto.',
  'policy.reason.account-not-in-good-standing': 'Ditt konto har inte god status.',
  'policy.reason.already-contacted': 'Den här kunden har redan kontaktats om den här recensionen.',
  'policy.reason.no-edit-permission': 'Du behöver behörigheten Visa och redigera för Kundrecensioner.',
  'policy.reason.empty': 'Texten är tom.',
  'policy.reason.length': 'Texten är längre än Amazon tillåter.',
  'policy.reason.retention-expired':
    'Den här recensionen finns inte längre i Kundrecensioner: visningsperioden har löpt ut.',
  'policy.reason.invalid-reason': 'Amazon godtar inte den här anledningen.',
} satisfies Strings;
