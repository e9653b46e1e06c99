import type { Strings } from '../types.js';

export default {
  'sc.reply': 'Odpowiedz w Seller Central',
  'sc.remove-reply': 'Usuń odpowiedź w Seller Central',
  'sc.request-removal': 'Poproś o usunięcie w Seller Central',
  'sc.ask-buyer': 'Poproś kupującego o usunięcie w Seller Central',
  'sc.comment': 'Skomentuj w Seller Central',
  'sc.contact': 'Skontaktuj się z klientem w Seller Central',
  'sc.new-tab': '(otwiera się w nowej karcie)',
  'feedback.ask-buyer': 'Poproś kupującego o usunięcie',
  'feedback.ask-buyer.title': 'Poprosić kupującego o usunięcie tej opinii?',
  'feedback.ask-buyer.body':
    'Tylko po rozwiązaniu problemu kupującego. Amazon wysyła kupującemu własną wiadomość z prośbą o usunięcie opinii; możesz poprosić raz na zamówienie i nigdy nie oferuj niczego w zamian.',
  'feedback.ask-buyer.confirm': 'Problem rozwiązany: poproś kupującego',
  'feedback.ask-buyer.asked-on': 'Poproszono kupującego o usunięcie: {date}',
  'feedback.ask-buyer.done': 'Poproszono kupującego o usunięcie opinii.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon nie oferuje dla tego zamówienia swojej wiadomości z prośbą do kupującego o usunięcie opinii: może być za późno, wiadomość została już wysłana albo nie jest już oferowana.',
  'feedback.reason.manual-only': 'Amazon nie pozwala zrobić tego tutaj: zrób to w Seller Central.',
} satisfies Strings;
