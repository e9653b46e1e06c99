/**
 * Issue 20: the linter in ja, nl, sv, pl, tr, pt and ar, and language detection across all twelve languages.
 * The corpus figures are in test/lint-corpus-sourced.test.ts; these are the mechanisms, one case each.
 */
import { expect } from '@open-wc/testing';
import { LINT_LANGS, detectLang, hasBlockingFindings, lintMessage, type LintContext } from './index.js';

const errors = (text: string, ctx: LintContext, lang?: string) =>
  lintMessage(text, ctx, lang ? { lang } : {}).filter((f) => f.severity === 'error');
const ruleNames = (text: string, ctx: LintContext, lang?: string) => errors(text, ctx, lang).map((f) => f.rule);

describe('lintMessage in issue 20 languages', () => {
  it('lists twelve languages', () => {
    expect([...LINT_LANGS]).to.have.members(['en', 'it', 'de', 'fr', 'es', 'ja', 'nl', 'sv', 'pl', 'tr', 'pt', 'ar']);
  });

  it('Arabic-Indic and Eastern Arabic-Indic digits are phone numbers; the finding points at the original digits', () => {
    const text = 'اتصل بنا على ٠٥٠١٢٣٤٥٦٧ اليوم';
    const f = errors(text, 'review-comment', 'ar').find((x) => x.rule === 'phone')!;
    expect(text.slice(f.start, f.end)).to.equal('٠٥٠١٢٣٤٥٦٧');
    expect(ruleNames('راسلنا على ۰۵۵۸۸۱۲۳۴۵', 'buyer-message', 'ar')).to.include('phone');
  });

  it('Arabic matches with or without diacritics and hamza on alef', () => {
    for (const text of ['نرجو حذف مراجعتك', 'نَرجُو حَذْفَ مُراجَعَتِكَ', 'نرجـــو حذف مراجعتك'])
      expect(ruleNames(text, 'buyer-message', 'ar'), text).to.include('review-change');
    expect(ruleNames('إذا أعجبك المنتج نرجو تقييمنا بخمس نجوم', 'buyer-message', 'ar')).to.include('ask-positive');
    expect(ruleNames('اذا اعجبك المنتج نرجو تقييمنا بخمس نجوم', 'buyer-message', 'ar')).to.include('ask-positive');
  });

  it('e-mail addresses in full-width forms and spelled at/dot words of each language', () => {
    const cases: [string, string][] = [
      ['ｓｕｐｐｏｒｔ＠ｈｉｎａｔａ．ｊｐまでご連絡ください。', 'ja'],
      ['tanaka あっと hinode どっと jp 宛てにお送りください。', 'ja'],
      ['Mail ons: info apenstaartje lampenhuis punt nl', 'nl'],
      ['Mejla oss på info snabel-a nordhem punkt se', 'sv'],
      ['Napisz: sklep małpa domowo kropka pl', 'pl'],
      ['Bize yazın: destek et evimshop nokta com', 'tr'],
      ['Fale com a gente: contato arroba casaviva ponto com ponto br', 'pt'],
      ['راسلنا على info آت daralsouq دوت كوم', 'ar'],
    ];
    for (const [text, lang] of cases) expect(ruleNames(text, 'buyer-message', lang), text).to.include('email');
  });

  it('a warranty line is a warning in a buyer message; a tracking number is not a phone number', () => {
    const warranty = lintMessage(
      '保証期間中の修理はメーカーのサポート窓口（0120-555-210）で承っております。',
      'buyer-message',
      {
        lang: 'ja',
      },
    );
    expect(warranty.map((f) => `${f.rule}:${f.severity}`)).to.deep.equal(['phone:warning']);
    expect(lintMessage('Kargo takip numaranız: 7300123456789.', 'buyer-message', { lang: 'tr' })).to.deep.equal([]);
    expect(lintMessage('追跡番号は 4471-2290-3315 です。', 'buyer-message', { lang: 'ja' })).to.deep.equal([]);
  });

  it('review requests, incentives and feedback pressure in each language; the neutral forms pass', () => {
    const block: [string, LintContext, string, string][] = [
      ['商品にご満足いただけましたら、ぜひ星5つのレビューをお願いいたします。', 'buyer-message', 'ja', 'ask-positive'],
      ['このレビューを削除していただければ、新しい商品を無料でお送りします。', 'review-comment', 'ja', 'incentive'],
      ['Wilt u uw feedback nu verwijderen?', 'feedback-reply', 'nl', 'feedback-pressure'],
      ['Skriv en recension så får du 20 % rabatt på ditt nästa köp.', 'buyer-message', 'sv', 'incentive'],
      ['Czy mogłaby Pani zmienić swoją recenzję?', 'buyer-message', 'pl', 'review-change'],
      ['Bir sorun varsa yorum yazmadan önce lütfen bize ulaşın.', 'buyer-message', 'tr', 'contact-first'],
      ['Sentimos muito! Vamos reembolsar o valor integral para você.', 'review-comment', 'pt', 'refund-offer'],
      ['بما أن المشكلة تم حلها، هل يمكنك تعديل مراجعتك السلبية؟', 'buyer-message', 'ar', 'review-change'],
    ];
    for (const [text, ctx, lang, rule] of block) expect(ruleNames(text, ctx, lang), text).to.include(rule);
    const allow: [string, LintContext, string][] = [
      ['商品はいかがでしたか。よろしければ、Amazonでレビューを書いていただけますと幸いです。', 'buyer-message', 'ja'],
      ['Uw probleem is opgelost. Als u wilt, kunt u uw feedback bijwerken.', 'buyer-message', 'nl'],
      ['Vi skulle uppskatta om du ville dela din upplevelse i en recension på Amazon.', 'buyer-message', 'sv'],
      ['Sorununuz çözüldü. Dilerseniz geri bildiriminizi güncelleyebilirsiniz.', 'buyer-message', 'tr'],
      ['Recebemos a devolução e o reembolso integral já foi feito.', 'buyer-message', 'pt'],
      ['شكراً على مراجعتك الصادقة. قمنا بتحديث جدول المقاسات في صفحة المنتج.', 'review-comment', 'ar'],
    ];
    for (const [text, ctx, lang] of allow) expect(errors(text, ctx, lang), text).to.deep.equal([]);
  });

  it('round 2: off-Amazon payment, public refund offers, local promo codes, carrier links, more spellings', () => {
    const block: [string, LintContext, string, string][] = [
      ['Betaal het verschil via Tikkie, dan versturen we direct.', 'buyer-message', 'nl', 'off-platform'],
      ['Du kan betala mellanskillnaden med Swish till oss.', 'buyer-message', 'sv', 'off-platform'],
      ['Dopłatę można uregulować BLIKIEM bezpośrednio u nas.', 'buyer-message', 'pl', 'off-platform'],
      ['Farkı papara hesabımıza gönderebilirsiniz.', 'buyer-message', 'tr', 'off-platform'],
      ['Se preferir, pague a diferença por Pix direto com a gente.', 'buyer-message', 'pt', 'off-platform'],
      ['يمكنك الشراء مباشرة من متجرنا خارج أمازون.', 'buyer-message', 'ar', 'off-platform'],
      ['次回はAmazonを通さずに直接ご注文いただけます。', 'buyer-message', 'ja', 'off-platform'],
      ['Maak het bedrag over op NL91 ABNA 0417 1643 00.', 'buyer-message', 'nl', 'off-platform'],
      ['Vi erbjuder dig en kostnadsfri ersättningsprodukt, hör av dig.', 'review-comment', 'sv', 'refund-offer'],
      ['Oferujemy pełny zwrot pieniędzy, prosimy o wiadomość.', 'review-comment', 'pl', 'refund-offer'],
      ['نقدم لك استبدالا فوريا، فقط راسلنا.', 'review-comment', 'ar', 'refund-offer'],
      ['Dziękujemy! Z kodem LATO15 zapłaci Pan mniej w naszym sklepie.', 'feedback-reply', 'pl', 'marketing'],
      ['YAZ15 koduyla bir sonraki siparişte indirim var.', 'feedback-reply', 'tr', 'marketing'],
      ['星の数を上げていただけないでしょうか。', 'review-comment', 'ja', 'review-change'],
    ];
    for (const [text, ctx, lang, rule] of block) expect(ruleNames(text, ctx, lang), text).to.include(rule);
    const spelled: [string, string][] = [
      ['shop アットマーク wakaba ドット jp まで', 'ja'],
      ['راسلنا على sales at nakheel نقطة com', 'ar'],
    ];
    for (const [text, lang] of spelled) expect(ruleNames(text, 'buyer-message', lang), text).to.include('email');
    // Hyphens other than U+002D, and the long-vowel mark between digits, still make a phone number.
    for (const text of ['お問い合わせは 0120‐555‐210 まで', 'お問い合わせは 03ー5544ー1234 まで'])
      expect(ruleNames(text, 'review-comment', 'ja'), text).to.include('phone');
    const allow: [string, LintContext, string][] = [
      ['Je pakket is onderweg. Volg de zending met code 3SXYZ98765432 op postnl.nl.', 'buyer-message', 'nl'],
      ['Paketet är skickat. Spåra det på postnord.se med kollinummer 00370733009876543210.', 'buyer-message', 'sv'],
      ['Paczka nadana, status na inpost.pl.', 'buyer-message', 'pl'],
      ['Acompanhe a entrega em rastreamento.correios.com.br.', 'buyer-message', 'pt'],
      ['O pagamento via Pix foi confirmado pela Amazon; enviaremos hoje.', 'buyer-message', 'pt'],
      ['A tela tem 1080 pixels e o pixel morto foi trocado.', 'buyer-message', 'pt'],
    ];
    for (const [text, ctx, lang] of allow) expect(errors(text, ctx, lang), text).to.deep.equal([]);
  });

  it('round 3: spelled phones, names and addresses in public text, reminders, raffles, vouchers, sales, dialect', () => {
    const block: [string, LintContext, string, string][] = [
      ['Du når oss på noll åtta, femtiofem, tjugotre, fyrtioett.', 'review-comment', 'sv', 'phone'],
      ['Bizi sıfır iki yüz on iki, otuz dört, elli altı numaradan arayın.', 'review-comment', 'tr', 'phone'],
      ['Bel ons op nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.', 'review-comment', 'nl', 'phone'],
      ['اتصل بنا على صفر خمسة خمسة، واحد اثنين ثلاثة، أربعة خمسة ستة سبعة', 'review-comment', 'ar', 'phone'],
      ['電話番号は〇九〇・一二三四・五六七八です。', 'review-comment', 'ja', 'phone'],
      [
        'Dhr. Pieter van den Berg uit Utrecht heeft het pakket niet opgehaald.',
        'feedback-reply',
        'nl',
        'personal-name',
      ],
      ['Pan Tomasz Wiśniewski nie odebrał paczki z paczkomatu.', 'feedback-reply', 'pl', 'personal-name'],
      ['Paketet levererades till Björkvägen 14 enligt PostNord.', 'feedback-reply', 'sv', 'personal-name'],
      [
        'O pedido foi entregue na Rua das Palmeiras, 230, conforme o rastreio.',
        'feedback-reply',
        'pt',
        'personal-name',
      ],
      ['Przypominamy: nadal czekamy na Twoją opinię o produkcie.', 'buyer-message', 'pl', 'repeat-request'],
      ['Lembrete: ainda não recebemos sua avaliação do produto.', 'buyer-message', 'pt', 'repeat-request'],
      ['للمرة الثانية نطلب منك تقييم المنتج على أمازون.', 'buyer-message', 'ar', 'repeat-request'],
      ['Yorum yapan herkes çekilişe katılır, bol şans!', 'buyer-message', 'tr', 'incentive'],
      ['Laat een review achter en maak kans op een gratis airfryer!', 'buyer-message', 'nl', 'incentive'],
      ['Als excuus bieden wij u een tegoedbon van 10 euro aan.', 'review-comment', 'nl', 'refund-offer'],
      ['Proponujemy kod rabatowy na kolejne zakupy.', 'review-comment', 'pl', 'refund-offer'],
      ['نرسل لك منتج بديل مجاناً خلال يومين', 'review-comment', 'ar', 'refund-offer'],
      ['Efsane Cuma başladı, tüm ürünlerde %40 indirim!', 'buyer-message', 'tr', 'marketing'],
      ['Aproveite a Black Friday: 30% de desconto em toda a loja!', 'buyer-message', 'pt', 'marketing'],
      ['Sorun çözüldü, yıldızları artırır mısınız?', 'review-comment', 'tr', 'review-change'],
      ['Det vore fint om du ändrade betyget nu när problemet är löst.', 'review-comment', 'sv', 'review-change'],
      ['Uprzejmie prosimy o aktualizację opinii.', 'review-comment', 'pl', 'review-change'],
      ['問題は解決しましたので、評価の見直しをお願いできますでしょうか。', 'review-comment', 'ja', 'review-change'],
      ['ياريت تمسح التقييم بعد ما حلينا المشكلة', 'feedback-reply', 'ar', 'feedback-pressure'],
      ['Handla direkt i vår webbutik nästa gång så får du bättre pris.', 'buyer-message', 'sv', 'off-platform'],
      ['楽天市場の当店ではさらにお得に購入できます。', 'buyer-message', 'ja', 'off-platform'],
    ];
    for (const [text, ctx, lang, rule] of block) expect(ruleNames(text, ctx, lang), text).to.include(rule);
    const allow: [string, LintContext, string][] = [
      ['إذا حابب، تقدر تحدث تقييمك للبائع، والأمر اختياري.', 'buyer-message', 'ar'],
      ['Zamówienie dotrze w ciągu dwóch, trzech dni roboczych.', 'buyer-message', 'pl'],
      ['Siparişiniz bir iki gün içinde kargoya verilecek.', 'buyer-message', 'tr'],
      ['Przypominamy, że paczka czeka w paczkomacie InPost do piątku.', 'buyer-message', 'pl'],
      ['Dziękujemy Pani za opinię, przesyłka została wysłana przez Amazon.', 'feedback-reply', 'pl'],
      ['Geri bildiriminiz için teşekkürler, iade Amazon üzerinden tamamlandı.', 'feedback-reply', 'tr'],
      ['Obrigado pela avaliação! Ficamos felizes com as cinco estrelas.', 'review-comment', 'pt'],
      ['ご指摘を受けて梱包の見直しを行いました。ありがとうございます。', 'review-comment', 'ja'],
    ];
    for (const [text, ctx, lang] of allow) expect(errors(text, ctx, lang), text).to.deep.equal([]);
  });

  it("fixes are written in the message's language and pass the linter", () => {
    const cases: [string, LintContext, string, string][] = [
      [
        '交換品をお送りしましたので、レビューの修正をお願いできますでしょうか。',
        'review-comment',
        'ja',
        'レビューをありがとうございます。',
      ],
      [
        'Problem został rozwiązany, prosimy usunąć negatywną ocenę.',
        'feedback-reply',
        'pl',
        'Jeśli chcesz, możesz zaktualizować swoją ocenę.',
      ],
      [
        'Se você gostou, deixe uma avaliação 5 estrelas pra gente!',
        'buyer-message',
        'pt',
        'Se quiser, você pode compartilhar sua experiência em uma avaliação na Amazon.',
      ],
      [
        'نأسف جداً لما حدث، وسنقوم باسترداد المبلغ كاملاً لك.',
        'review-comment',
        'ar',
        'إذا احتجت إلى مساعدة، راسلنا عبر رسائل أمازون من صفحة طلبك.',
      ],
    ];
    for (const [text, ctx, lang, fix] of cases) {
      const f = errors(text, ctx)[0]!; // no lang: detected
      expect(f.fix!.replacement, text).to.equal(fix);
      const fixed = text.slice(0, f.start) + f.fix!.replacement + text.slice(f.end);
      expect(hasBlockingFindings(lintMessage(fixed, ctx, { lang })), fixed).to.equal(false);
    }
  });

  it('detectLang tells the twelve languages apart, and the hint decides short or tied text', () => {
    const samples: [string, string][] = [
      ['ご注文の商品は本日発送いたしました。', 'ja'],
      ['Je bestelling is vandaag verzonden met PostNL, bedankt voor je aankoop.', 'nl'],
      ['Din beställning skickades i dag och är på väg till dig.', 'sv'],
      ['Dziękujemy, zamówienie zostało dziś wysłane i jest w drodze.', 'pl'],
      ['Siparişiniz bugün kargoya verildi, teşekkür ederiz.', 'tr'],
      ['Seu pedido foi enviado hoje, obrigado pela compra.', 'pt'],
      ['تم شحن طلبك اليوم، شكراً لك.', 'ar'],
      ['Thank you for your order, the parcel arrives tomorrow.', 'en'],
    ];
    for (const [text, lang] of samples) expect(detectLang(text), text).to.equal(lang);
    // Too short to tell: the hint (a BCP 47 tag) decides; an unknown hint or none gives English.
    expect(detectLang('OK, 3 x 2', 'pt-BR')).to.equal('pt');
    expect(detectLang('OK, 3 x 2', 'nl')).to.equal('nl');
    expect(detectLang('OK, 3 x 2', 'ko')).to.equal('en');
    expect(detectLang('OK, 3 x 2')).to.equal('en');
    // Enough evidence: the text wins over the hint.
    expect(detectLang('Din beställning skickades i dag och är på väg till dig.', 'de')).to.equal('sv');
    // lintMessage takes the hint when no lang is given and the text cannot tell: the hinted language's rules and fix.
    const f = lintMessage('Feedback aanpassen?', 'feedback-reply', { hint: 'nl-NL' }).find(
      (x) => x.severity === 'error',
    );
    expect(f?.rule).to.equal('feedback-pressure');
    expect(f?.fix?.replacement).to.equal('Als u wilt, kunt u uw feedback bijwerken.');
    // `lang` wins over the hint.
    expect(lintMessage('Feedback aanpassen?', 'feedback-reply', { lang: 'sv', hint: 'nl' })).to.deep.equal([]);
  });
});
