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

  'policy.removal-reason.too-old': '削除リクエストは評価から{days}日以内に限り送信できます。',
  'policy.removal-reason.already-requested': '削除リクエストは既に送信済みです。',
  'policy.removal-reason.already-decided': 'この評価についてはAmazonが既に判断しています。',

  'policy.criterion.personal-data': '個人情報が含まれている',
  'policy.criterion.obscene': 'わいせつまたは冒涜的な表現が含まれている',
  'policy.criterion.product-review': '内容がすべて商品レビューである',
  'policy.criterion.fba-delivery': '内容がすべてAmazonによる配送に関するものである',

  'policy.removal.fba-message': 'この商品はAmazonが発送しました。この配送についてはAmazonが責任を負います。',

  'policy.template.courtesy-refund.subject': 'ご注文に対する返金のご案内',
  'policy.template.courtesy-refund.body':
    'こんにちは。\n\n{productTitle}のご購入がご期待に沿えず、申し訳ございません。誠意として、このご注文の全額返金をご提案いたします。お受けになる場合は、メッセージセンターからこのメッセージにご返信ください。\n\nよろしくお願いいたします。\n{sellerName}',
  'policy.template.customer-support.subject': 'ご購入の商品についてお手伝いできることはありますか?',
  'policy.template.customer-support.body':
    'こんにちは。\n\n{productTitle}について問題が発生した可能性があることを確認しました。お手伝いさせていただければ幸いです。購入者と出品者間のメッセージでご連絡してもよろしいでしょうか。よろしければ、メッセージセンターからこのメッセージにご返信ください。\n\nよろしくお願いいたします。\n{sellerName}',
} satisfies Strings;
