import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'Kaldırma yalnızca geri bildirimden sonraki {days} gün içinde talep edilebilir.',
  'policy.removal-reason.already-requested': 'Bekleyen bir kaldırma talebi zaten var.',
  'policy.removal-reason.already-decided': 'Amazon bu geri bildirim hakkında zaten karar verdi.',
  'policy.criterion.personal-data': 'Kişisel bilgi içeriyor',
  'policy.criterion.obscene': 'Müstehcen veya küfürlü dil içeriyor',
  'policy.criterion.product-review': 'Tamamen bir ürün değerlendirmesi',
  'policy.criterion.fba-delivery': 'Tamamen Amazon tarafından gerçekleştirilen bir teslimatla ilgili',
  'policy.removal.fba-message':
    'Bu ürün Amazon tarafından gönderildi ve bu teslimat deneyiminin sorumluluğunu üstleniyoruz.',
} satisfies Strings;
