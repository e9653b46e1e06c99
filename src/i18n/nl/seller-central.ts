import type { Strings } from '../types.js';

export default {
  'sc.reply': 'Antwoorden in Seller Central',
  'sc.remove-reply': 'Antwoord verwijderen in Seller Central',
  'sc.request-removal': 'Verwijdering aanvragen in Seller Central',
  'sc.ask-buyer': 'Koper vragen te verwijderen in Seller Central',
  'sc.comment': 'Reageren in Seller Central',
  'sc.contact': 'Contact opnemen met klant in Seller Central',
  'sc.new-tab': '(opent in een nieuw tabblad)',
  'feedback.ask-buyer': 'Koper vragen te verwijderen',
  'feedback.ask-buyer.title': 'De koper vragen deze feedback te verwijderen?',
  'feedback.ask-buyer.body':
    'Alleen als je het probleem van de koper hebt opgelost. Amazon stuurt de koper een eigen bericht met het verzoek de feedback te verwijderen; je kunt dit één keer per bestelling vragen en nooit iets in ruil aanbieden.',
  'feedback.ask-buyer.confirm': 'Het probleem is opgelost: de koper vragen',
  'feedback.ask-buyer.asked-on': 'Koper op {date} gevraagd de feedback te verwijderen',
  'feedback.ask-buyer.done': 'De koper is gevraagd de feedback te verwijderen.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon biedt voor deze bestelling geen bericht aan waarin de koper wordt gevraagd de feedback te verwijderen: het is misschien te laat, al verstuurd of wordt niet meer aangeboden.',
  'feedback.reason.manual-only': 'Amazon biedt geen manier om dit hier te doen: doe het in Seller Central.',
} satisfies Strings;
