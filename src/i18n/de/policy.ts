import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Kunden kontaktieren ist nur bei Rezensionen mit 1 bis 3 Sternen möglich.',
  'policy.reason.not-verified-purchase': 'Die Rezension ist nicht mit einem verifizierten Kauf verknüpft.',
  'policy.reason.not-seller-of-record': 'Sie sind nicht der eingetragene Verkäufer der Bestellung zu dieser Rezension.',
  'policy.reason.no-order-date': 'Das Bestelldatum ist unbekannt.',
  'policy.reason.order-too-old': 'Die Bestellung liegt mehr als ein Jahr zurück.',
  'policy.reason.not-brand-representative': 'Sie haben für diese Marke nicht die Rolle Markenvertreter.',
  'policy.reason.not-professional': 'Kunden kontaktieren erfordert ein professionelles Verkäuferkonto.',
  'policy.reason.account-not-in-good-standing': 'Ihr Konto ist nicht in gutem Zustand.',
  'policy.reason.already-contacted': 'Dieser Kunde wurde zu dieser Rezension bereits kontaktiert.',
  'policy.reason.no-edit-permission': 'Sie benötigen die Berechtigung „Anzeigen und bearbeiten“ für Kundenrezensionen.',
  'policy.reason.empty': 'Der Text ist leer.',
  'policy.reason.length': 'Der Text ist länger, als Amazon erlaubt.',
  'policy.reason.retention-expired':
    'Diese Rezension steht nicht mehr unter Kundenrezensionen: Ihr Anzeigezeitraum ist abgelaufen.',
  'policy.reason.invalid-reason': 'Diesen Grund akzeptiert Amazon nicht.',
} satisfies Strings;
