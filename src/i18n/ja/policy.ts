import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': '購入者への連絡は評価が星1〜3のカスタマーレビューでのみ利用できます。',
  'policy.reason.not-verified-purchase': 'このレビューはAmazonで購入済みの注文に関連付けられていません。',
  'policy.reason.not-seller-of-record': 'このレビューの注文の販売者ではありません。',
  'policy.reason.no-order-date': '注文日が不明です。',
  'policy.reason.order-too-old': '注文から1年以上経過しています。',
  'policy.reason.not-brand-representative': 'このブランドのブランド代表者の権限がありません。',
  'policy.reason.not-professional': '購入者への連絡には大口出品アカウントが必要です。',
  'policy.reason.account-not-in-good-standing': 'アカウントが良好な状態ではありません。',
  'policy.reason.already-contacted': 'このレビューについては既に購入者に連絡済みです。',
  'policy.reason.no-edit-permission': 'カスタマーレビューの「閲覧と編集」権限が必要です。',
  'policy.reason.empty': 'テキストが空です。',
  'policy.reason.length': 'テキストがAmazonの上限を超えています。',
  'policy.reason.retention-expired':
    'このレビューはカスタマーレビューに表示されなくなりました。表示期間が終了しています。',
  'policy.reason.invalid-reason': 'この理由はAmazonで受け付けられません。',
} satisfies Strings;
