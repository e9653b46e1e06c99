import type { Strings } from '../types.js';

/** Seller Central links (SPEC §9 capabilities 'manual') and Ask buyer to remove. */
export default {
  'sc.reply': 'セラーセントラルで返信',
  'sc.remove-reply': 'セラーセントラルで返信を削除',
  'sc.request-removal': 'セラーセントラルで削除をリクエスト',
  'sc.ask-buyer': 'セラーセントラルで購入者に削除を依頼',
  'sc.comment': 'セラーセントラルでコメント',
  'sc.contact': 'セラーセントラルで購入者に連絡',
  'sc.new-tab': '（新しいタブで開きます）',
  'feedback.ask-buyer': '購入者に削除を依頼',
  'feedback.ask-buyer.title': 'この評価の削除を購入者に依頼しますか？',
  'feedback.ask-buyer.body':
    '購入者の問題を解決した後に限ります。Amazonが購入者に評価の削除を依頼する独自のメッセージを送信します。依頼は注文ごとに1回までで、見返りを提供することはできません。',
  'feedback.ask-buyer.confirm': '問題は解決済み：購入者に依頼する',
  'feedback.ask-buyer.asked-on': '{date}に購入者に削除を依頼済み',
  'feedback.ask-buyer.done': '購入者に評価の削除を依頼しました。',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'この注文では、購入者に評価の削除を依頼するAmazonのメッセージを利用できません。期限が過ぎたか、送信済みか、提供が終了した可能性があります。',
  'feedback.reason.manual-only': 'Amazonではここからこの操作を行えません。セラーセントラルで行ってください。',
} satisfies Strings;
