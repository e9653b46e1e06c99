import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': '削除リクエストは評価から{days}日以内に限り送信できます。',
  'policy.removal-reason.already-requested': '削除リクエストは既に送信済みです。',
  'policy.removal-reason.already-decided': 'この評価についてはAmazonが既に判断しています。',
  'policy.criterion.personal-data': '個人情報が含まれている',
  'policy.criterion.obscene': 'わいせつまたは冒涜的な表現が含まれている',
  'policy.criterion.product-review': '内容がすべて商品レビューである',
  'policy.criterion.fba-delivery': '内容がすべてAmazonによる配送に関するものである',
  'policy.removal.fba-message': 'この商品はAmazonが発送しました。この配送についてはAmazonが責任を負います。',
} satisfies Strings;
