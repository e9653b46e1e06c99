/**
 * Fix suggestions (SPEC §6 `fix: {replacement}`): a compliant rewrite of a blocking finding's span in the
 * message's language. Contact data, links, HTML, emoji, marketing, incentives and repeat requests are removed
 * (`''`); a sentence that needs saying differently gets one of the sentences below. Every one of them passes the
 * linter in the context it is used in (tested in lint.test.ts and the corpus tests).
 */
import type { LintLang } from './lang.js';

export type FixKind = 'neutral-review' | 'contact-amazon' | 'feedback-neutral' | 'thanks-review' | 'sorry' | 'customer';

const FIXES: Record<FixKind, Record<LintLang, string>> = {
  /** A neutral review request (buyer messages): no condition, no incentive. */
  'neutral-review': {
    en: 'If you have a moment, you can share your experience in a review on Amazon.',
    it: 'Se lo desidera, può condividere la sua esperienza in una recensione su Amazon.',
    de: 'Wenn Sie möchten, können Sie Ihre Erfahrungen in einer Rezension auf Amazon teilen.',
    fr: 'Si vous le souhaitez, vous pouvez partager votre expérience dans un avis sur Amazon.',
    es: 'Si lo desea, puede compartir su experiencia en una reseña en Amazon.',
    ja: 'よろしければ、Amazonのレビューで商品のご感想をお聞かせください。',
    nl: 'Als u wilt, kunt u uw ervaring delen in een review op Amazon.',
    sv: 'Om du vill kan du dela din upplevelse i en recension på Amazon.',
    pl: 'Jeśli chcesz, możesz podzielić się swoimi wrażeniami w recenzji na Amazon.',
    tr: "Dilerseniz deneyiminizi Amazon'da bir yorumla paylaşabilirsiniz.",
    pt: 'Se quiser, você pode compartilhar sua experiência em uma avaliação na Amazon.',
    ar: 'إذا رغبت، يمكنك مشاركة تجربتك في مراجعة على أمازون.',
  },
  /** Where to talk to the buyer instead of a public comment or an off-platform channel. */
  'contact-amazon': {
    en: 'If you need help, please contact us through Buyer-Seller Messaging on your order page.',
    it: "Se ha bisogno di aiuto, ci contatti tramite i messaggi di Amazon dalla pagina dell'ordine.",
    de: 'Wenn Sie Hilfe brauchen, schreiben Sie uns bitte über die Amazon-Nachrichten auf Ihrer Bestellseite.',
    fr: "Si vous avez besoin d'aide, écrivez-nous via la messagerie Amazon depuis la page de votre commande.",
    es: 'Si necesita ayuda, escríbanos por la mensajería de Amazon desde su pedido.',
    ja: 'お困りの場合は、注文ページからAmazonのメッセージでご連絡ください。',
    nl: 'Als u hulp nodig hebt, stuur ons dan een bericht via Amazon vanaf uw bestelpagina.',
    sv: 'Om du behöver hjälp kan du skriva till oss via Amazons meddelanden på din ordersida.',
    pl: 'Jeśli potrzebujesz pomocy, napisz do nas przez wiadomości Amazon na stronie zamówienia.',
    tr: 'Yardıma ihtiyacınız olursa sipariş sayfanızdaki Amazon mesajları üzerinden bize yazabilirsiniz.',
    pt: 'Se precisar de ajuda, escreva para nós pelas mensagens da Amazon na página do seu pedido.',
    ar: 'إذا احتجت إلى مساعدة، راسلنا عبر رسائل أمازون من صفحة طلبك.',
  },
  /** The neutral note POLICY.md allows for seller feedback. */
  'feedback-neutral': {
    en: 'If you wish, you can update your feedback.',
    it: 'Se lo desidera, può aggiornare il suo feedback.',
    de: 'Wenn Sie möchten, können Sie Ihre Bewertung aktualisieren.',
    fr: 'Si vous le souhaitez, vous pouvez mettre à jour votre évaluation.',
    es: 'Si lo desea, puede actualizar su valoración.',
    ja: 'ご希望であれば、評価を更新していただくこともできます。',
    nl: 'Als u wilt, kunt u uw feedback bijwerken.',
    sv: 'Om du vill kan du uppdatera ditt omdöme.',
    pl: 'Jeśli chcesz, możesz zaktualizować swoją ocenę.',
    tr: 'Dilerseniz geri bildiriminizi güncelleyebilirsiniz.',
    pt: 'Se quiser, você pode atualizar seu feedback.',
    ar: 'إذا رغبت، يمكنك تحديث تقييمك.',
  },
  'thanks-review': {
    en: 'Thank you for your review.',
    it: 'Grazie per la sua recensione.',
    de: 'Vielen Dank für Ihre Rezension.',
    fr: 'Merci pour votre avis.',
    es: 'Gracias por su reseña.',
    ja: 'レビューをありがとうございます。',
    nl: 'Bedankt voor uw review.',
    sv: 'Tack för din recension.',
    pl: 'Dziękujemy za recenzję.',
    tr: 'Yorumunuz için teşekkür ederiz.',
    pt: 'Obrigado pela sua avaliação.',
    ar: 'شكراً لمراجعتك.',
  },
  sorry: {
    en: 'We are sorry about your experience.',
    it: 'Ci dispiace per la sua esperienza.',
    de: 'Es tut uns leid, dass Sie diese Erfahrung gemacht haben.',
    fr: 'Nous sommes désolés de votre expérience.',
    es: 'Lamentamos su experiencia.',
    ja: 'ご不快な思いをおかけし、申し訳ございません。',
    nl: 'Het spijt ons dat u deze ervaring hebt gehad.',
    sv: 'Vi beklagar din upplevelse.',
    pl: 'Przykro nam z powodu Twoich doświadczeń.',
    tr: 'Yaşadığınız deneyim için üzgünüz.',
    pt: 'Lamentamos a sua experiência.',
    ar: 'نأسف لتجربتك.',
  },
  /** In place of a buyer's name in a public reply. */
  customer: {
    en: 'the customer',
    it: 'il cliente',
    de: 'der Kunde',
    fr: 'le client',
    es: 'el cliente',
    ja: 'お客様',
    nl: 'de klant',
    sv: 'kunden',
    pl: 'klient',
    tr: 'müşteri',
    pt: 'o cliente',
    ar: 'العميل',
  },
};

export const fixText = (kind: FixKind, lang: LintLang): string => FIXES[kind][lang];
