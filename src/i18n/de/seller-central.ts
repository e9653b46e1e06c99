import type { Strings } from '../types.js';

/** Seller Central links (SPEC §9 capabilities 'manual') and Ask buyer to remove. */
export default {
  'sc.reply': 'In Seller Central antworten',
  'sc.remove-reply': 'Antwort in Seller Central entfernen',
  'sc.request-removal': 'Entfernung in Seller Central beantragen',
  'sc.ask-buyer': 'Käufer in Seller Central um Entfernung bitten',
  'sc.comment': 'In Seller Central kommentieren',
  'sc.contact': 'Kunden in Seller Central kontaktieren',
  'sc.new-tab': '(öffnet in einem neuen Tab)',
  'feedback.ask-buyer': 'Käufer um Entfernung bitten',
  'feedback.ask-buyer.title': 'Den Käufer bitten, diese Bewertung zu entfernen?',
  'feedback.ask-buyer.body':
    'Nur wenn Sie das Problem des Käufers gelöst haben. Amazon sendet dem Käufer eine eigene Nachricht mit der Bitte, die Bewertung zu entfernen; Sie können das einmal pro Bestellung tun und dürfen nichts dafür anbieten.',
  'feedback.ask-buyer.confirm': 'Das Problem ist gelöst: Käufer bitten',
  'feedback.ask-buyer.asked-on': 'Käufer am {date} um Entfernung gebeten',
  'feedback.ask-buyer.done': 'Der Käufer wurde gebeten, die Bewertung zu entfernen.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon bietet für diese Bestellung keine Nachricht an, die den Käufer bittet, die Bewertung zu entfernen: Vielleicht ist es zu spät, sie wurde schon gesendet oder wird nicht mehr angeboten.',
  'feedback.reason.manual-only':
    'Amazon bietet keine Möglichkeit, das von hier aus zu tun: Erledigen Sie es in Seller Central.',
} satisfies Strings;
