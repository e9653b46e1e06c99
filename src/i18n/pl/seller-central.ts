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
} satisfies Strings;
