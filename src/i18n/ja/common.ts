import type { Strings } from '../types.js';

export default {
  'common.loading': '読み込み中…',
  'common.retry': '再試行',
  'common.cancel': 'キャンセル',
  'common.close': '閉じる',
  'common.send': '送信',
  'common.sending': '送信中…',
  'common.previous-page': '前のページ',
  'common.next-page': '次のページ',
  'common.page-status': '{total} 件中 {from}–{to} 件',
  'common.not-available': '利用できません',
  'common.error.title': '問題が発生しました',
  'common.config-error.title': 'データに接続されていません',
  'common.config-error.body':
    '<{tag}> にはデータアダプターがありません。<review-kit-provider>（アダプター、api URL、または demo 属性付き）の中に置くか、adapter プロパティを設定してください。',
  'common.stars': { other: '星{count}つ' },
  'common.rating-of-5': '5つ星のうち{rating}',
  'errors.network': 'ネットワークに接続できません。接続を確認して再試行してください。',
  'errors.timeout': 'サーバーの応答に時間がかかりすぎました。再試行してください。',
  'errors.unauthorized': 'セッションの有効期限が切れました。もう一度サインインしてください。',
  'errors.forbidden': 'この操作を行う権限がありません。',
  'errors.not-found': 'この項目は存在しません。',
  'errors.conflict': 'すでに完了しています。二重には送信されていません。',
  'errors.policy-violation': 'Amazonのポリシーでは許可されていません。',
  'errors.rate-limited': 'リクエストが多すぎます。',
  'errors.retry-after': '{seconds} 秒後に再試行してください。',
  'errors.invalid-response': 'サーバーから読み取れないデータが送信されました。',
  'errors.internal':
    'このページのコードのエラーでキットが停止しました。ページを再読み込みしてください。再発する場合はサイトの開発者に連絡してください。',
  'errors.server': 'サーバーで問題が発生しました。再試行してください。',
} satisfies Strings;
