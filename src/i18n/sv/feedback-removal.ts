import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon tar bara bort feedback som innehåller obscena eller svordomsfulla ord, innehåller personuppgifter om dig (e-postadresser, fullständiga namn, telefonnummer) eller helt är en produktrecension. Feedback som helt handlar om en leverans som Amazon skött stryks i stället över. Spekulativa begäranden är inte tillåtna.',
  'feedback.removal.candidates': 'Vad kommentaren verkar innehålla',
  'feedback.removal.no-candidates': 'Kommentaren uppfyller inte tydligt något av Amazons kriterier.',
  'feedback.removal.confidence.high': 'hög säkerhet',
  'feedback.removal.confidence.medium': 'medelhög säkerhet',
  'feedback.removal.confidence.low': 'låg säkerhet',
  'feedback.removal.pick': 'Vilket kriterium uppfyller feedbacken?',
  'feedback.removal.reason.personal-data': 'Innehåller personuppgifter',
  'feedback.removal.reason.obscene': 'Obscent eller svordomsfullt språk',
  'feedback.removal.reason.product-review': 'Helt en produktrecension',
  'feedback.removal.reason.fba-delivery': 'Handlar helt om en leverans som Amazon skött',
  'feedback.removal.fba-only': 'Feedback om leveransen stryks bara över för beställningar som Amazon har skickat.',
  'feedback.removal.submit': 'Skicka begäran',
  'feedback.removal.outcome.requested': 'Begäran mottagen. Amazon granskar feedbacken.',
  'feedback.removal.outcome.denied': 'Behålls: Amazon hittade inget policybrott.',
  'feedback.removal.outcome.struck-through': 'Överstruken: feedbacken räknas inte längre in i ditt betyg.',
  'feedback.removal.outcome.removed': 'Borttagen: feedbacken räknas inte längre in i ditt betyg.',
  'feedback.local.removal':
    'Begäran noterades bara i den här webbläsaren; Amazon får inte veta något. Begär borttagningen i Seller Central.',
} satisfies Strings;
