import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    "Ce fichier n'est pas un rapport Amazon lisible. Choisissez un rapport de commentaires vendeur ou un rapport de santé du compte.",
  'importers.wrong-file.feedback':
    "Ce fichier n'est pas un rapport de commentaires vendeur : les colonnes Date, Rating et Order ID sont absentes.",
  'importers.wrong-file.performance':
    "Ce fichier n'est pas un rapport de santé du compte : il ne contient aucun indicateur de performance.",
  'importers.empty': 'Le fichier est vide.',
  'importers.too-large': 'Le fichier est trop volumineux ({sizeMiB} Mio). La limite est de {maxMiB} Mio.',
  'importers.truncated': 'Le fichier se termine trop tôt : il semble tronqué. Téléchargez à nouveau le rapport.',
  'importers.invalid-json': "Le fichier n'est pas un JSON valide.",
  'importers.decode': 'Impossible de lire le fichier comme texte {encoding}.',
  'importers.unknown-marketplace': 'Marketplace inconnue : {marketplaceId}.',
  'importers.compressed':
    'Le fichier est compressé (gzip) et n’a pas pu être décompressé ici. Décompressez-le, puis réessayez.',
  'importers.date-format.marketplace':
    'Les e-mails des évaluateurs de ce fichier viennent de {file}, mais {selected} est sélectionné. Choisissez comment lire les dates : rien n’a encore été importé.',
  'importers.date-format.dates':
    'Les dates de ce fichier ne se lisent pas toutes comme {selected} les écrit. Choisissez comment les lire : rien n’a encore été importé.',
  'importers.date-format.ambiguous':
    'Chaque date de ce fichier peut se lire de plusieurs façons, et rien dans le fichier ne permet de trancher. Choisissez comment les lire : rien n’a encore été importé.',
  'importers.warning.spammingSellerMessaging':
    'Avertissement : messages non sollicités ou trop nombreux envoyés aux acheteurs',
  'importers.warning.other': 'Avertissement sur le compte : {name}',
  'importers.column-count': 'Ligne {line} : {expected} colonnes attendues, {found} trouvées. La ligne a été ignorée.',
  'importers.bad-date': "Ligne {line} : « {value} » n'est pas une date au format {format}. La ligne a été ignorée.",
  'importers.bad-rating': "Ligne {line} : la note « {value} » n'est pas un nombre de 1 à 5. La ligne a été ignorée.",
  'importers.missing-order-id': 'Ligne {line} : le numéro de commande est absent. La ligne a été ignorée.',
  'importers.rows-skipped': { one: '1 ligne a été ignorée.', other: '{count} lignes ont été ignorées.' },
  'importers.positive-unknown':
    "Le rapport de commentaires vendeur d'Amazon ne liste que les commentaires de 1 à 3 étoiles : les commentaires positifs n'y figurent pas.",

  'provider.reports.title': 'Utiliser vos rapports Amazon',
  'provider.reports.hint':
    'Déposez ou choisissez le rapport Évaluations vendeur (.txt/.tsv) et le rapport Santé du compte (.json). Les fichiers restent dans ce navigateur ; rien n’est envoyé.',
  'provider.reports.pick': 'Choisir les fichiers de rapport',
  'provider.reports.drop': 'Déposez les fichiers de rapport ici',
  'provider.reports.reading': 'Lecture de {name}… {percent}',
  'provider.reports.loaded': { one: '{name} chargé : {count} ligne.', other: '{name} chargé : {count} lignes.' },
  'provider.reports.problems': { one: '{count} ligne a été ignorée.', other: '{count} lignes ont été ignorées.' },
  'provider.reports.unreadable':
    'Le fichier n’a pas pu être lu. Il a peut-être été déplacé ou modifié ; choisissez-le à nouveau.',
  'provider.reports.unknown-file': '{name} n’est ni un rapport Évaluations vendeur ni un rapport Santé du compte.',
  'provider.reports.importing': 'Importation de {name}… {percent}',
  'provider.reports.cancel': 'Annuler',
  'provider.reports.cancelled': 'L’importation de {name} a été annulée. Rien n’a été importé de ce fichier.',
  'provider.reports.ask.title': 'Comment les dates de {name} sont-elles écrites ?',
  'provider.reports.ask.option': 'Jour et mois au format {format}',
  'provider.reports.ask.option-marketplace': 'Jour et mois au format {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} = {date}',
  'provider.reports.ask.sample-bad': '{text} n’est pas une date',
  'provider.reports.ask.rows': { one: '{count} ligne se lit ainsi.', other: '{count} lignes se lisent ainsi.' },
  'provider.reports.ask.skip': 'Ne pas importer ce fichier',
  'provider.reports.marketplace': 'Place de marché du rapport sur la santé du compte',
  'provider.reports.marketplace-shown': 'Santé du compte affichée pour {marketplace}.',
  'provider.reports.marketplace-missing':
    'Le rapport sur la santé du compte n’a pas d’entrée pour {selected}. {marketplace} est affiché ; choisissez-en un autre ci-dessous.',
  'provider.reports.used-marketplace': 'Les évaluations de {name} sont lues pour {marketplace}.',
} satisfies Strings;
