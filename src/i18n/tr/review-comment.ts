import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'Bu değerlendirmeye herkese açık yorum',
  'review-list.comment.hint':
    'Herkes görebilir. E-posta adresi, telefon numarası, para iadesi veya teklif yok: bunun yerine Müşteriyle iletişime geç’i kullanın.',
  'review-list.comment.post': 'Yorumu yayınla',
  'review-list.comment.posting': 'Yayınlanıyor…',
  'review-list.comment.blocked': 'Yayınlamadan önce yukarıdaki hataları düzeltin.',
  'review-list.comment.empty': 'Yayınlamak için bir yorum yazın.',
  'review-list.comment.posted': 'Yorum yayınlandı.',
  'review-list.comment.failed': 'Yorum yayınlanmadı; metniniz korunuyor. {error}',
  'review-list.comment.no-findings': 'Politika sorunu bulunmadı.',
  'review-list.severity.error': 'Hata (yayınlamayı engeller)',
  'review-list.severity.warning': 'Uyarı',
} satisfies Strings;
