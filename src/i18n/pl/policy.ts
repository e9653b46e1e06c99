import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Tylko na recenzje z 1–3 gwiazdkami można odpowiedzieć kontaktem z klientem.',
  'policy.reason.not-verified-purchase': 'Recenzja nie jest powiązana ze zweryfikowanym zakupem.',
  'policy.reason.not-seller-of-record': 'Nie jesteś sprzedawcą zamówienia, którego dotyczy ta recenzja.',
  'policy.reason.no-order-date': 'Data zamówienia jest nieznana.',
  'policy.reason.order-too-old': 'Zamówienie złożono ponad rok temu.',
  'policy.reason.not-brand-representative': 'Nie masz roli przedstawiciela marki dla tej marki.',
  'policy.reason.not-professional': 'Kontakt z klientem wymaga konta sprzedawcy Profesjonalnego.',
  'policy.reason.account-not-in-good-standing': 'Twoje konto nie ma dobrego statusu.',
  'policy.reason.already-contacted': 'Z tym klientem już skontaktowano się w sprawie tej recenzji.',
  'policy.reason.no-edit-permission': 'Potrzebujesz uprawnienia Wyświetlanie i edycja dla Recenzji klientów.',
  'policy.reason.empty': 'Tekst jest pusty.',
  'policy.reason.length': 'Tekst jest dłuższy, niż pozwala Amazon.',
  'policy.reason.retention-expired':
    'Tej recenzji nie ma już w Recenzjach klientów: okres jej wyświetlania się zakończył.',
  'policy.reason.invalid-reason': 'Amazon nie akceptuje tego powodu.',
} satisfies Strings;
