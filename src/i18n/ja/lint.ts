import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': '長すぎます: {length}文字(上限は{limit}文字)。',
  'policy.lint.email': 'メールアドレスを削除してください。',
  'policy.lint.phone': '電話番号を削除してください。',
  'policy.lint.phone-warning': '電話番号は保証、配送業者、メーカーの連絡先に限り記載できます。',
  'policy.lint.url': 'リンクを削除してください。',
  'policy.lint.url-warning': 'リンクは注文の完了に必要な場合に限り記載できます。',
  'policy.lint.html': 'HTMLを削除してください。',
  'policy.lint.emoji': '絵文字を削除してください。購入者へのメッセージには使用できません。',
  'policy.lint.ask-positive': '肯定的なレビューや評価を依頼したり、満足した購入者だけに依頼したりしないでください。',
  'policy.lint.review-change': 'レビューの変更、更新、削除を購入者に依頼しないでください。',
  'policy.lint.feedback-pressure':
    '評価の変更や削除を購入者に依頼しないでください。評価を更新できることを伝えるだけにしてください。',
  'policy.lint.incentive': 'レビューや評価と引き換えに、返金を含め何も提供しないでください。',
  'policy.lint.refund-offer':
    '公開コメントで返金やその他のもの（交換品、割引、無料の商品など）を申し出ることはできません。購入者への連絡または購入者と出品者間のメッセージを使用してください。',
  'policy.lint.refund-offer-warning':
    '公開の返信は返金やその他のものを申し出る場ではありません。購入者と出品者間のメッセージの使用を検討してください。',
  'policy.lint.marketing':
    '宣伝を削除してください。購入者へのメッセージや公開コメントで商品を宣伝したり、フォローや購読を促したり、配信停止リンクを含めたりすることはできません。',
  'policy.lint.contact-first':
    'レビューや評価を投稿する前に、または投稿する代わりに連絡するよう購入者に求めないでください。',
  'policy.lint.repeat-request': 'レビューや評価の依頼は1注文につき1回までです。リマインダーは送らないでください。',
  'policy.lint.abuse': '丁寧な表現を保ってください。脅し、購入者への非難、暴言は禁止です。',
  'policy.lint.personal-name': '購入者の名前を削除してください。公開テキストに個人情報を含めることはできません。',
  'policy.lint.handle': 'SNSのアカウント名を削除してください。',
  'policy.lint.off-platform': 'やり取りはAmazon上で行ってください。外部の連絡手段、電話、支払いアカウントは禁止です。',
  'policy.lint.fix.apply': '適用',
  'policy.lint.fix.replace': '修正案：「{replacement}」',
  'policy.lint.fix.remove': '修正案：削除する。',
  'policy.lint.fix.apply-replace': '適用：「{text}」を「{replacement}」に置き換える',
  'policy.lint.fix.apply-remove': '適用：「{text}」を削除する',
  'policy.lint.fix.applied': '修正案を適用し、テキストを再チェックしました。',
  'policy.clause.messaging.length': '購入者へのメッセージは4,000文字未満にしてください。',
  'policy.clause.messaging.no-email': '購入者へのメッセージにメールアドレスは記載できません。',
  'policy.clause.messaging.phone': '電話番号は保証、配送業者、メーカーの連絡先に限ります。',
  'policy.clause.messaging.links': 'リンクは注文の完了に必要な場合に限ります。',
  'policy.clause.messaging.no-html': '購入者へのメッセージにHTMLは使用できません。',
  'policy.clause.messaging.no-emoji': '購入者へのメッセージに絵文字は使用できません。',
  'policy.clause.messaging.no-marketing':
    '購入者へのメッセージにマーケティングや配信停止リンクを含めることはできません。',
  'policy.clause.reviews.comment-length': 'レビューへのコメントは簡潔にしてください。',
  'policy.clause.reviews.comment-no-contact': '公開コメントにメールアドレスや電話番号は記載できません。',
  'policy.clause.reviews.comment-no-promotion': '公開コメントに宣伝やリンクは記載できません。',
  'policy.clause.reviews.comment-no-refund': '公開コメントで返金やその他の提供を申し出ることはできません。',
  'policy.clause.reviews.no-positive-request':
    '肯定的なレビューや評価を依頼したり、満足した購入者だけに依頼したりしてはいけません。',
  'policy.clause.reviews.no-change-request': 'レビューの変更や削除を依頼してはいけません。',
  'policy.clause.reviews.no-incentives': 'レビューや評価と引き換えに、返金を含め何も提供してはいけません。',
  'policy.clause.feedback.reply-length': '評価への公開返信は簡潔にしてください。',
  'policy.clause.feedback.reply-public': '公開の返信は購入者とやり取りする場ではありません。',
  'policy.clause.feedback.no-pressure': '評価を更新できると伝えることはできますが、働きかけは禁止されています。',
  'policy.clause.reviews.no-diverting': 'レビューや評価の前に、またはその代わりに連絡を求めてはいけません。',
  'policy.clause.messaging.one-request': 'レビューまたは評価の依頼は1注文につき1回まで。',
  'policy.clause.messaging.no-off-platform': '購入者との連絡はAmazon上で。外部の連絡手段や支払いアカウントは禁止。',
  'policy.clause.public.professional': '公開コメントと返信は丁寧に。脅し、非難、暴言は禁止。',
  'policy.clause.public.no-personal-data': '公開テキストで購入者の名前やその他の個人情報を示してはいけません。',
} satisfies Strings;
