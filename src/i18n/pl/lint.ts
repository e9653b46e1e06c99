import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'Za długi: {length} znaków, limit wynosi {limit}.',
  'policy.lint.email': 'Usuń adres e-mail.',
  'policy.lint.phone': 'Usuń numer telefonu.',
  'policy.lint.phone-warning':
    'Numery telefonów są dozwolone tylko do kontaktu w sprawie gwarancji, przewoźnika lub producenta.',
  'policy.lint.url': 'Usuń link.',
  'policy.lint.url-warning': 'Linki są dozwolone tylko wtedy, gdy są potrzebne do realizacji zamówienia.',
  'policy.lint.html': 'Usuń znaczniki HTML.',
  'policy.lint.emoji': 'Usuń emoji: wiadomości do kupujących nie mogą zawierać emoji.',
  'policy.lint.ask-positive': 'Nie proś o pozytywne recenzje ani opinie i nie proś wyłącznie zadowolonych kupujących.',
  'policy.lint.review-change': 'Nigdy nie proś klienta o zmianę, aktualizację ani usunięcie recenzji.',
  'policy.lint.feedback-pressure':
    'Nie proś kupującego o zmianę ani usunięcie opinii. Możesz jedynie wspomnieć, że może ją zaktualizować.',
  'policy.lint.incentive': 'Nie oferuj niczego, również zwrotu pieniędzy, w zamian za recenzję lub opinię.',
  'policy.lint.refund-offer':
    'Publiczny komentarz nie może oferować zwrotu pieniędzy ani niczego innego (wymiany, rabatu, darmowego produktu). Zamiast tego użyj kontaktu z klientem lub komunikatora kupującego i sprzedawcy.',
  'policy.lint.refund-offer-warning':
    'Publiczna odpowiedź to nie miejsce na oferowanie zwrotu pieniędzy ani niczego innego. Rozważ komunikator kupującego i sprzedawcy.',
  'policy.lint.marketing':
    'Usuń treści marketingowe: wiadomości do kupujących i publiczne komentarze nie mogą promować produktów, zachęcać do obserwowania lub subskrypcji ani zawierać linków do rezygnacji.',
  'policy.lint.contact-first': 'Nie proś kupujących o kontakt przed wystawieniem recenzji lub opinii ani zamiast tego.',
  'policy.lint.repeat-request': 'Proś o recenzję lub opinię tylko raz na zamówienie: bez przypomnień.',
  'policy.lint.abuse': 'Zachowaj profesjonalizm: bez gróźb, oskarżeń wobec kupującego i wulgaryzmów.',
  'policy.lint.personal-name': 'Usuń imię i nazwisko kupującego: publiczny tekst nie może zawierać danych osobowych.',
  'policy.lint.handle': 'Usuń nazwę konta w mediach społecznościowych.',
  'policy.lint.off-platform':
    'Prowadź rozmowę w Amazon: bez zewnętrznych kanałów, rozmów telefonicznych i kont płatniczych.',
  'policy.lint.fix.apply': 'Zastosuj',
  'policy.lint.fix.replace': 'Proponowana zmiana: „{replacement}”',
  'policy.lint.fix.remove': 'Proponowana poprawka: usuń to.',
  'policy.lint.fix.apply-replace': 'Zastosuj: zamień „{text}” na „{replacement}”',
  'policy.lint.fix.apply-remove': 'Zastosuj: usuń „{text}”',
  'policy.lint.fix.applied': 'Sugestia zastosowana; tekst sprawdzono ponownie.',
  'policy.clause.messaging.length': 'Wiadomości do kupujących muszą mieć mniej niż 4000 znaków.',
  'policy.clause.messaging.no-email': 'Wiadomości do kupujących nie mogą zawierać adresów e-mail.',
  'policy.clause.messaging.phone':
    'Numery telefonów tylko do kontaktu w sprawie gwarancji, przewoźnika lub producenta.',
  'policy.clause.messaging.links': 'Linki tylko wtedy, gdy są potrzebne do realizacji zamówienia.',
  'policy.clause.messaging.no-html': 'Wiadomości do kupujących nie mogą zawierać HTML.',
  'policy.clause.messaging.no-emoji': 'Wiadomości do kupujących nie mogą zawierać emoji.',
  'policy.clause.messaging.no-marketing':
    'Wiadomości do kupujących nie mogą zawierać treści marketingowych ani linków do rezygnacji.',
  'policy.clause.reviews.comment-length': 'Komentarze do recenzji powinny być krótkie.',
  'policy.clause.reviews.comment-no-contact':
    'Publiczne komentarze nie mogą zawierać adresów e-mail ani numerów telefonów.',
  'policy.clause.reviews.comment-no-promotion': 'Publiczne komentarze nie mogą zawierać promocji ani linków.',
  'policy.clause.reviews.comment-no-refund':
    'Publiczne komentarze nie mogą oferować zwrotu pieniędzy ani niczego innego.',
  'policy.clause.reviews.no-positive-request':
    'Nigdy nie proś o pozytywne recenzje lub opinie ani wyłącznie zadowolonych kupujących.',
  'policy.clause.reviews.no-change-request': 'Nigdy nie proś klienta o zmianę ani usunięcie recenzji.',
  'policy.clause.reviews.no-incentives': 'Nigdy nie oferuj niczego za recenzję lub opinię, również zwrotu pieniędzy.',
  'policy.clause.feedback.reply-length': 'Publiczne odpowiedzi na opinie powinny być krótkie.',
  'policy.clause.feedback.reply-public': 'Publiczna odpowiedź nie służy do rozmowy z kupującym.',
  'policy.clause.feedback.no-pressure':
    'Możesz wspomnieć, że kupujący może zaktualizować opinię; wywieranie presji jest niedozwolone.',
  'policy.clause.reviews.no-diverting':
    'Nigdy nie proś kupujących o kontakt przed wystawieniem recenzji lub opinii ani zamiast tego.',
  'policy.clause.messaging.one-request': 'Najwyżej jedna prośba o recenzję lub opinię na zamówienie.',
  'policy.clause.messaging.no-off-platform':
    'Kontakt z kupującym tylko w Amazon: bez zewnętrznych kanałów i kont płatniczych.',
  'policy.clause.public.professional':
    'Publiczne komentarze i odpowiedzi pozostają profesjonalne: bez gróźb, oskarżeń i wulgaryzmów.',
  'policy.clause.public.no-personal-data':
    'Publiczny tekst nie może podawać imienia kupującego ani innych danych osobowych.',
} satisfies Strings;
