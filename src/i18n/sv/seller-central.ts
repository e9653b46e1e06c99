import type { Strings } from '../types.js';

export default {
  'sc.reply': 'Svara i Seller Central',
  'sc.remove-reply': 'Ta bort svar i Seller Central',
  'sc.request-removal': 'Begär borttagning i Seller Central',
  'sc.ask-buyer': 'Be köparen ta bort i Seller Central',
  'sc.comment': 'Kommentera i Seller Central',
  'sc.contact': 'Kontakta kund i Seller Central',
  'sc.new-tab': '(öppnas i en ny flik)',
  'feedback.ask-buyer': 'Be köparen ta bort',
  'feedback.ask-buyer.title': 'Be köparen ta bort den här feedbacken?',
  'feedback.ask-buyer.body':
    'Bara när du har löst köparens problem. Amazon skickar ett eget meddelande till köparen med en begäran om att ta bort feedbacken; du kan fråga en gång per order och aldrig erbjuda något i gengäld.',
  'feedback.ask-buyer.confirm': 'Problemet är löst: fråga köparen',
  'feedback.ask-buyer.asked-on': 'Köparen ombads ta bort den {date}',
  'feedback.ask-buyer.done': 'Köparen har ombetts att ta bort feedbacken.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon erbjuder inte sitt meddelande som ber köparen ta bort feedbacken för den här ordern: det kan vara för sent, redan skickat eller inte längre erbjudas.',
  'feedback.reason.manual-only': 'Amazon erbjuder inget sätt att göra detta härifrån: gör det i Seller Central.',
} satisfies Strings;
