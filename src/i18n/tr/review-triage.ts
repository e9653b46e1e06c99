import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden':
    'Değerlendirme tamamlandı olarak işaretlendi ve gizlendi. Görmek için “Tamamlandı olarak işaretlenenleri dahil et” seçeneğini açın.',
  'review-list.done.marked': 'Değerlendirme tamamlandı olarak işaretlendi.',
  'review-list.done.unmarked': 'Değerlendirme geri yüklendi.',
  'review-list.bulk.saving': {
    one: '{count} değerlendirme kaydediliyor…',
    other: '{count} değerlendirme kaydediliyor…',
  },
  'review-list.bulk.marked': {
    one: '{count} değerlendirme tamamlandı olarak işaretlendi.',
    other: '{count} değerlendirme tamamlandı olarak işaretlendi.',
  },
  'review-list.bulk.restored': {
    one: '{count} değerlendirme geri yüklendi.',
    other: '{count} değerlendirme geri yüklendi.',
  },
  'review-list.bulk.failed': {
    one: '{count} değerlendirme kaydedilemedi ve olduğu gibi bırakıldı.',
    other: '{count} değerlendirme kaydedilemedi ve olduğu gibi bırakıldı.',
  },
  'review-list.bulk.undone': {
    one: 'Geri alındı: {count} değerlendirme önceki hâline döndü.',
    other: 'Geri alındı: {count} değerlendirme önceki hâline döndü.',
  },
} satisfies Strings;
