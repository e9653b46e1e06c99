import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical':
    'Alleen recensies met 1 tot 3 sterren kunnen worden beantwoord met Contact opnemen met klant.',
  'policy.reason.not-verified-purchase': 'De recensie is niet gekoppeld aan een geverifieerde aankoop.',
  'policy.reason.not-seller-of-record': 'Je bent niet de verkoper van de bestelling achter deze recensie.',
  'policy.reason.no-order-date': 'De besteldatum is onbekend.',
  'policy.reason.order-too-old': 'De bestelling is meer dan een jaar geleden geplaatst.',
  'policy.reason.not-brand-representative': 'Je hebt niet de rol Merkvertegenwoordiger voor dit merk.',
  'policy.reason.not-professional': 'Voor Contact opnemen met klant is een professioneel verkopersaccount nodig.',
  'policy.reason.account-not-in-good-standing': 'Je account is niet in goede staat.',
  'policy.reason.already-contacted': 'Er is al contact opgenomen met deze klant over deze recensie.',
  'policy.reason.no-edit-permission': 'Je hebt de toestemming Bekijken en bewerken voor Klantrecensies nodig.',
  'policy.reason.empty': 'De tekst is leeg.',
  'policy.reason.length': 'De tekst is langer dan Amazon toestaat.',
  'policy.reason.retention-expired': 'Deze recensie staat niet meer in Klantrecensies: de weergaveperiode is voorbij.',
  'policy.reason.invalid-reason': 'Amazon accepteert deze reden niet.',
} satisfies Strings;
