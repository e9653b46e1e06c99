import type { Strings } from '../types.js';

export default {
  'contact.title': 'Skontaktuj się z klientem',
  'contact.reason.legend': 'Powód kontaktu z klientem',
  'contact.reason.courtesy-refund': 'Zwrot pieniędzy z uprzejmości',
  'contact.reason.courtesy-refund.hint': 'Oferuje klientowi pełny zwrot pieniędzy.',
  'contact.reason.customer-support': 'Obsługa klienta',
  'contact.reason.customer-support.hint': 'Prosi klienta o zgodę na kontakt przez komunikator kupującego i sprzedawcy.',
  'contact.preview.title': 'Podgląd wiadomości',
  'contact.preview.note': 'Amazon wysyła tę wiadomość według stałego szablonu. Nie można jej edytować.',
  'contact.preview.subject': 'Temat',
  'contact.preview.unavailable': 'Tekst tego szablonu jest niedostępny.',
  'contact.review.product': 'Produkt',
  'contact.review.rating': 'Ocena',
  'contact.review.title': 'Tytuł recenzji',
  'contact.loading': 'Wczytywanie recenzji…',
  'contact.no-review': 'To okno dialogowe nie otrzymało żadnej recenzji.',
  'contact.ineligible.title': 'Nie można skontaktować się z klientem',
  'contact.ineligible.intro':
    'Amazon pozwala na kontakt z klientem tylko wtedy, gdy spełnione są wszystkie warunki. Niespełnione:',
  'contact.sent.title': 'Wiadomość wysłana',
  'contact.sent.body':
    'Amazon wysłał wiadomość „{reason}” dnia {date}. Klient zobaczy ją w swoim Centrum wiadomości; odpowiedzi przychodzą jako wiadomości w komunikatorze kupującego i sprzedawcy.',
  'contact.failed.title': 'Wiadomość nie została wysłana',
  'contact.failed.retry':
    'Twój wybór został zachowany. Wybierz Wyślij, aby spróbować ponownie; wiadomość nigdy nie zostanie wysłana dwukrotnie.',
  'contact.conflict.title': 'Z klientem już się skontaktowano',
  'contact.conflict.body':
    'Z tym klientem już skontaktowano się w sprawie tej recenzji. Amazon pozwala na jeden kontakt na recenzję, więc nic więcej nie zostało wysłane.',
  'policy.template.courtesy-refund.subject': 'Zwrot pieniędzy za Twoje zamówienie',
  'policy.template.courtesy-refund.body':
    'Dzień dobry,\n\nprzykro nam, że zakup {productTitle} nie spełnił Twoich oczekiwań. Z uprzejmości chcielibyśmy zaproponować pełny zwrot pieniędzy za to zamówienie. Aby go przyjąć, wystarczy odpowiedzieć na tę wiadomość w Centrum wiadomości.\n\nZ pozdrowieniami\n{sellerName}',
  'policy.template.customer-support.subject': 'Czy możemy pomóc w sprawie Twojego zakupu?',
  'policy.template.customer-support.body':
    'Dzień dobry,\n\nzauważyliśmy, że mogłeś mieć problem z {productTitle}. Chcielibyśmy pomóc. Czy możemy skontaktować się z Tobą przez komunikator kupującego i sprzedawcy? Jeśli tak, odpowiedz na tę wiadomość w Centrum wiadomości.\n\nZ pozdrowieniami\n{sellerName}',
} satisfies Strings;
