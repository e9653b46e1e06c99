import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazonが評価を削除するのは、わいせつな言葉や冒とく的な言葉、あなたに関する個人情報（Eメールアドレス、氏名、電話番号）が含まれる場合、または内容がすべて商品レビューである場合のみです。Amazonが出荷した配送のみに関する評価は、削除ではなく取り消し線が付けられます。推測に基づくリクエストは禁止されています。',
  'feedback.removal.candidates': 'コメントに含まれていると思われる内容',
  'feedback.removal.no-candidates': 'このコメントはAmazonの基準のいずれにも明確には該当しません。',
  'feedback.removal.confidence.high': '可能性：高',
  'feedback.removal.confidence.medium': '可能性：中',
  'feedback.removal.confidence.low': '可能性：低',
  'feedback.removal.pick': 'この評価が該当する基準はどれですか？',
  'feedback.removal.reason.personal-data': '個人情報を含む',
  'feedback.removal.reason.obscene': 'わいせつまたは冒とく的な言葉',
  'feedback.removal.reason.product-review': 'すべて商品レビュー',
  'feedback.removal.reason.fba-delivery': 'Amazonが出荷した配送のみに関する内容',
  'feedback.removal.fba-only': '配送に関する評価に取り消し線が付くのは、Amazonが出荷した注文のみです。',
  'feedback.removal.submit': 'リクエストを送信',
  'feedback.removal.outcome.requested': 'リクエストを受け付けました。Amazonが評価を確認します。',
  'feedback.removal.outcome.denied': '維持：Amazonはポリシー違反を認めませんでした。',
  'feedback.removal.outcome.struck-through': '取り消し線：この評価はあなたの評価に含まれなくなりました。',
  'feedback.removal.outcome.removed': '削除済み：この評価はあなたの評価に含まれなくなりました。',
  'feedback.local.removal':
    'リクエストはこのブラウザにのみ記録され、Amazonには送信されていません。削除はセラーセントラルでリクエストしてください。',
} satisfies Strings;
