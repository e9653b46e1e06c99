import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Herkese açık yanıt',
  'feedback.reply.hint':
    'Her alışverişçi bu yanıtı okuyabilir. Puanınızı değiştirmez ve alıcıyla konuşmanın yeri değildir.',
  'feedback.reply.length': '{limit} karakterden {count} tanesi.',
  'feedback.reply.submit': 'Yanıtı yayınla',
  'feedback.reply.confirm.title': 'Bu herkese açık yanıt yayınlansın mı?',
  'feedback.reply.confirm.body': 'Yayınlanan bir yanıt değiştirilemez. Yalnızca kaldırabilirsiniz.',
  'feedback.reply.confirm.submit': 'Yanıtı yayınla',
  'feedback.reply.remove.title': 'Bu yanıt kaldırılsın mı?',
  'feedback.reply.remove.body': 'Herkese açık yanıtınız artık bu geri bildirimin altında gösterilmeyecek.',
  'feedback.reply.remove.submit': 'Yanıtı kaldır',
  'feedback.reply.posted': 'Yanıt yayınlandı.',
  'feedback.reply.removed': 'Yanıt kaldırıldı.',
  'feedback.lint.error': 'Düzeltilmeli:',
  'feedback.lint.warning': 'Kontrol edin:',
  'feedback.local.reply.posted': 'Yanıt yalnızca bu tarayıcıda kaydedildi; Amazon’a bildirilmedi.',
  'feedback.local.reply.removed': 'Yanıt yalnızca bu tarayıcıda kaldırıldı; Amazon’a bildirilmedi.',
} satisfies Strings;
