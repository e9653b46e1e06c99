import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Ten plik nie jest raportem Amazon, który zestaw potrafi odczytać. Wybierz raport opinii o sprzedawcy lub raport kondycji konta.',
  'importers.wrong-file.feedback':
    'Ten plik nie jest raportem opinii o sprzedawcy: nie ma kolumn Data, Ocena i Numer zamówienia.',
  'importers.wrong-file.performance': 'Ten plik nie jest raportem kondycji konta: nie zawiera wskaźników wydajności.',
  'importers.empty': 'Plik jest pusty.',
  'importers.too-large': 'Plik jest za duży ({sizeMiB} MiB). Limit wynosi {maxMiB} MiB.',
  'importers.truncated': 'Plik kończy się zbyt wcześnie: wygląda na ucięty. Pobierz raport ponownie.',
  'importers.invalid-json': 'Plik nie zawiera poprawnego JSON.',
  'importers.decode': 'Nie udało się odczytać pliku jako tekstu {encoding}.',
  'importers.unknown-marketplace': 'Nieznany rynek: {marketplaceId}.',
  'importers.compressed': 'Plik jest skompresowany gzip i nie można go tu rozpakować. Rozpakuj go i spróbuj ponownie.',
  'importers.date-format.marketplace':
    'Adresy e-mail oceniających w tym pliku pochodzą z {file}, ale wybrano {selected}. Wybierz, jak odczytać daty: nic jeszcze nie zaimportowano.',
  'importers.date-format.dates':
    'Nie wszystkie daty w tym pliku da się odczytać tak, jak zapisuje je {selected}. Wybierz, jak je odczytać: nic jeszcze nie zaimportowano.',
  'importers.date-format.ambiguous':
    'Każdą datę w tym pliku można odczytać na więcej niż jeden sposób i nic w pliku nie wskazuje, na który. Wybierz, jak je odczytać: nic jeszcze nie zaimportowano.',
  'importers.warning.spammingSellerMessaging': 'Ostrzeżenie: niechciane lub nadmierne wiadomości do kupujących',
  'importers.warning.other': 'Ostrzeżenie dotyczące konta: {name}',
  'importers.column-count': 'Wiersz {line}: oczekiwano {expected} kolumn, znaleziono {found}. Wiersz pominięto.',
  'importers.bad-date': 'Wiersz {line}: „{value}” nie jest datą w formacie {format}. Wiersz pominięto.',
  'importers.bad-rating': 'Wiersz {line}: ocena „{value}” nie jest liczbą od 1 do 5. Wiersz pominięto.',
  'importers.missing-order-id': 'Wiersz {line}: brak numeru zamówienia. Wiersz pominięto.',
  'importers.rows-skipped': {
    one: 'Pominięto 1 wiersz.',
    few: 'Pominięto {count} wiersze.',
    many: 'Pominięto {count} wierszy.',
    other: 'Pominięto {count} wiersza.',
  },
  'importers.positive-unknown':
    'Raport opinii o sprzedawcy Amazon zawiera tylko opinie z 1–3 gwiazdkami, więc pozytywne opinie nie są uwzględnione.',
  'provider.reports.title': 'Użyj swoich plików raportów Amazon',
  'provider.reports.hint':
    'Upuść lub wybierz raport opinii o sprzedawcy (.txt/.tsv) i raport kondycji konta (.json). Pliki pozostają w tej przeglądarce; nic nie jest przesyłane.',
  'provider.reports.pick': 'Wybierz pliki raportów',
  'provider.reports.drop': 'Upuść tutaj pliki raportów',
  'provider.reports.reading': 'Odczytywanie {name}… {percent}',
  'provider.reports.loaded': {
    one: 'Wczytano {name}: {count} wiersz.',
    few: 'Wczytano {name}: {count} wiersze.',
    many: 'Wczytano {name}: {count} wierszy.',
    other: 'Wczytano {name}: {count} wiersza.',
  },
  'provider.reports.problems': {
    one: 'Pominięto {count} wiersz.',
    few: 'Pominięto {count} wiersze.',
    many: 'Pominięto {count} wierszy.',
    other: 'Pominięto {count} wiersza.',
  },
  'provider.reports.unreadable':
    'Nie udało się odczytać pliku. Mógł zostać przeniesiony lub zmieniony; wybierz go ponownie.',
  'provider.reports.unknown-file': '{name} nie jest ani raportem opinii o sprzedawcy, ani raportem kondycji konta.',
  'provider.reports.importing': 'Importowanie {name}… {percent}',
  'provider.reports.cancel': 'Anuluj',
  'provider.reports.cancelled': 'Import pliku {name} anulowano. Nic z niego nie zaimportowano.',
  'provider.reports.ask.title': 'Jak zapisane są daty w {name}?',
  'provider.reports.ask.option': 'Dzień i miesiąc jako {format}',
  'provider.reports.ask.option-marketplace': 'Dzień i miesiąc jako {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} to {date}',
  'provider.reports.ask.sample-bad': '{text} nie jest datą',
  'provider.reports.ask.rows': {
    one: '{count} wiersz odczytuje się w ten sposób.',
    few: '{count} wiersze odczytuje się w ten sposób.',
    many: '{count} wierszy odczytuje się w ten sposób.',
    other: '{count} wiersza odczytuje się w ten sposób.',
  },
  'provider.reports.ask.skip': 'Nie importuj tego pliku',
  'provider.reports.marketplace': 'Rynek raportu kondycji konta',
  'provider.reports.marketplace-shown': 'Wyświetlana kondycja konta dla {marketplace}.',
  'provider.reports.marketplace-missing':
    'Raport kondycji konta nie zawiera wpisu dla {selected}. Wyświetlany jest {marketplace}; wybierz inny poniżej.',
  'provider.reports.used-marketplace': 'Opinie w {name} są odczytywane jako {marketplace}.',
} satisfies Strings;
