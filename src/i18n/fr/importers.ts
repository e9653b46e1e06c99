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
} satisfies Strings;
