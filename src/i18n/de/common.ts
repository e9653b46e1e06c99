import type { Strings } from '../types.js';

export default {
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.send': 'Senden',
  'common.sending': 'Wird gesendet…',
  'common.previous-page': 'Vorherige Seite',
  'common.next-page': 'Nächste Seite',
  'common.page-status': '{from}–{to} von {total}',
  'common.not-available': 'Nicht verfügbar',
  'common.error.title': 'Etwas ist schiefgelaufen',
  'common.config-error.title': 'Mit keinen Daten verbunden',
  'common.config-error.body':
    '<{tag}> hat keinen Datenadapter. Platzieren Sie es in <review-kit-provider> (mit einem Adapter, einer api-URL oder dem Attribut demo) oder setzen Sie seine Eigenschaft adapter.',
  'common.stars': { one: '{count} Stern', other: '{count} Sterne' },
  'common.rating-of-5': '{rating} von 5 Sternen',
  'errors.network': 'Das Netzwerk ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'errors.timeout': 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  'errors.unauthorized': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  'errors.forbidden': 'Sie haben keine Berechtigung dafür.',
  'errors.not-found': 'Dieses Element existiert nicht mehr.',
  'errors.conflict': 'Das wurde bereits erledigt; nichts wurde doppelt gesendet.',
  'errors.policy-violation': 'Die Richtlinien von Amazon erlauben das nicht.',
  'errors.rate-limited': 'Zu viele Anfragen.',
  'errors.retry-after': 'Versuchen Sie es in {seconds} s erneut.',
  'errors.invalid-response': 'Der Server hat Daten gesendet, die das Kit nicht lesen konnte.',
  'errors.internal':
    'Ein Fehler im Code dieser Seite hat das Kit angehalten. Laden Sie die Seite neu; passiert es wieder, informieren Sie die Entwickler der Website.',
  'errors.server': 'Beim Server ist ein Problem aufgetreten. Versuchen Sie es erneut.',
} satisfies Strings;
