import { expect } from '@open-wc/testing';
import {
  LINT_LIMITS,
  POLICY_CLAUSES,
  detectLang,
  hasBlockingFindings,
  lintMessage,
  type LintContext,
} from './index.js';
import { LOCALES } from '../i18n/types.js';
import en from '../i18n/en/lint.js';
import itL from '../i18n/it/lint.js';
import de from '../i18n/de/lint.js';
import fr from '../i18n/fr/lint.js';
import es from '../i18n/es/lint.js';
import ja from '../i18n/ja/lint.js';
import nl from '../i18n/nl/lint.js';
import sv from '../i18n/sv/lint.js';
import pl from '../i18n/pl/lint.js';
import trL from '../i18n/tr/lint.js';
import ptBR from '../i18n/pt-BR/lint.js';
import ar from '../i18n/ar/lint.js';
import enM from '../i18n/en/metrics.js';
import itM from '../i18n/it/metrics.js';
import deM from '../i18n/de/metrics.js';
import frM from '../i18n/fr/metrics.js';
import esM from '../i18n/es/metrics.js';
import jaM from '../i18n/ja/metrics.js';

const CONTEXTS: LintContext[] = ['review-comment', 'feedback-reply', 'buyer-message'];
const rules = (text: string, ctx: LintContext) => lintMessage(text, ctx).map((f) => `${f.rule}:${f.severity}`);

describe('lintMessage', () => {
  it('length limit per context: limit ok, limit + 1 blocks', () => {
    expect(LINT_LIMITS['buyer-message']).to.equal(4000);
    for (const ctx of CONTEXTS) {
      const limit = LINT_LIMITS[ctx];
      expect(lintMessage('a'.repeat(limit), ctx), ctx).to.deep.equal([]);
      const f = lintMessage('a'.repeat(limit + 1), ctx);
      expect(f).to.have.length(1);
      expect(f[0]).to.include({
        rule: 'length',
        severity: 'error',
        start: limit,
        end: limit + 1,
        messageKey: 'policy.lint.length',
      });
      expect(f[0]!.params).to.deep.equal({ length: limit + 1, limit });
      expect(f[0]!.message).to.equal(`Too long: ${limit + 1} characters, the limit is ${limit}.`);
    }
  });
  it('reports spans of the offending text, sorted by start', () => {
    const text = 'Write to a@b.co or call 020 7946 0958.';
    const f = lintMessage(text, 'buyer-message');
    expect(f.map((x) => text.slice(x.start, x.end))).to.deep.equal(['a@b.co', '020 7946 0958']);
    expect(f.map((x) => x.policy)).to.deep.equal(['messaging.no-email', 'messaging.phone']);
  });
  it('every finding names a known clause and a message key present in every locale', () => {
    const samples = [
      'Please leave a 5-star review and update your review for a $10 gift card, mail a@b.co, call 020 7946 0958, see https://x.example <b>now</b> 😊',
      'Please remove your feedback. We will refund you in full.',
    ];
    const tables = { en, it: itL, de, fr, es, ja, nl, sv, pl, tr: trL, 'pt-BR': ptBR, ar } as Record<
      string,
      Record<string, unknown>
    >;
    for (const ctx of CONTEXTS) {
      for (const s of samples) {
        for (const f of lintMessage(s, ctx)) {
          expect(POLICY_CLAUSES[f.policy], f.policy).to.exist;
          for (const lang of LOCALES) expect(tables[lang]![f.messageKey], `${lang} ${f.messageKey}`).to.be.a('string');
          expect(f.message).not.to.equal(f.messageKey);
        }
      }
    }
  });
  it('emoji only blocks buyer messages', () => {
    expect(rules('Thanks 🎉', 'buyer-message')).to.deep.equal(['emoji:error']);
    expect(rules('Thanks 🎉', 'feedback-reply')).to.deep.equal([]);
    expect(rules('Acme® and Brand™ ©2025', 'buyer-message')).to.deep.equal([]);
  });
  it('phone: error, warning for warranty/carrier/manufacturer numbers in buyer messages; order ids are not phones', () => {
    expect(rules('Call 0800 123 4567', 'review-comment')).to.deep.equal(['phone:error']);
    expect(rules('For warranty service call the manufacturer on 0800 123 4567', 'buyer-message')).to.deep.equal([
      'phone:warning',
    ]);
    expect(rules('Order 114-3941689-8772232 shipped on 2025-03-01, total $1,299.99.', 'buyer-message')).to.deep.equal(
      [],
    );
  });
  it('product, article and order numbers, ranges and dimensions are not phone numbers; phones still are', () => {
    for (const t of [
      'The Acme Model 2000-3000 blender has a 1200 W motor.',
      'The EAN 4006381333931 is on the box.',
      'Il prodotto numero 12345678 è disponibile.',
      'Serial number: 2023 0415 7781',
      'Bestellnummer 3021234567',
      'Référence 12 34 56 78 90',
      'The dimensions are 120/80/45 mm.',
      'Art.-Nr. 4711 0815 12',
      'The box is 1200/800/450 mm.',
      'Made between 2019-2023.',
    ])
      expect(rules(t, 'review-comment'), t).to.deep.equal([]);
    for (const t of [
      'Tel. 0171/2345678',
      'Call 555-1234 now',
      'Call 555 123 4567',
      'Llame al 612 345 678.',
      'Appelez le 06 12 34 56 78.',
      'Call us: 2125551234',
      'Numero di telefono 333 1234567',
      'Call me on 9123-4567.',
      'Text us at 2125-5512',
      'Handy: 0171/234/5678',
      'Call +49/171/2345678',
    ])
      expect(rules(t, 'review-comment'), t).to.deep.equal(['phone:error']);
    // WhatsApp is also an off-platform channel (issue 14).
    expect(rules('WhatsApp: 0171/234/5678', 'review-comment')).to.deep.equal(['off-platform:error', 'phone:error']);
  });
  it('URL: warning in buyer messages, error in public text', () => {
    expect(rules('Track: https://www.ups.com/track?x=1.', 'buyer-message')).to.deep.equal(['url:warning']);
    expect(rules('See www.brand.example', 'review-comment')).to.deep.equal(['url:error']);
    const f = lintMessage('See https://a.example/x.', 'feedback-reply')[0]!;
    expect('See https://a.example/x.'.slice(f.start, f.end)).to.equal('https://a.example/x');
  });
  it('HTML blocks, comparisons do not', () => {
    expect(rules('<b>hi</b>', 'buyer-message')).to.deep.equal(['html:error', 'html:error']);
    expect(rules('if 3 < 5 and 5 > 3', 'buyer-message')).to.deep.equal([]);
  });
  it('review change is always an error, even neutral; neutral feedback note is allowed', () => {
    for (const ctx of CONTEXTS)
      expect(rules('You can update your review if you wish.', ctx), ctx).to.deep.equal(['review-change:error']);
    expect(rules('You can update your feedback if you wish.', 'buyer-message')).to.deep.equal([]);
    expect(rules('You can update your feedback if you wish.', 'feedback-reply')).to.deep.equal([]);
    expect(rules('Please update your feedback.', 'buyer-message')).to.deep.equal(['feedback-pressure:error']);
    expect(rules('Can you update your feedback?', 'buyer-message')).to.deep.equal(['feedback-pressure:error']);
  });
  it('incentives: refunds tied to a review block; unconditional refunds are fine in buyer messages only', () => {
    expect(rules("We'll refund you once you update your review.", 'buyer-message')).to.have.members([
      'review-change:error',
      'incentive:error',
    ]);
    expect(rules('We will send you a full refund today.', 'buyer-message')).to.deep.equal([]);
    expect(rules('We will send you a full refund today.', 'review-comment')).to.deep.equal(['refund-offer:error']);
    expect(rules('We will send you a full refund today.', 'feedback-reply')).to.deep.equal(['refund-offer:warning']);
  });
  it('"cambiar" after a word ending in a/en/in is still a change verb (only "a/en/in cambio" is not)', () => {
    for (const t of [
      '¿Podría cambiar su reseña?',
      'Le agradecería cambiar su opinión en Amazon.',
      'Quería pedirle cambiar su reseña.',
    ])
      expect(rules(t, 'buyer-message'), t).to.deep.equal(['review-change:error']);
    for (const t of [
      'A cambio de su paciencia, le enviamos el pedido hoy: gracias por su reseña.',
      'In cambio le inviamo un pacco, grazie per la recensione.',
      'En cambio, su reseña nos ayuda mucho.',
    ])
      expect(rules(t, 'buyer-message'), t).to.deep.equal([]);
  });
  it('"review" as a verb is not a review noun; the noun still is', () => {
    for (const t of [
      'We will review your order and update you tomorrow.',
      'Our team will review it and change the address.',
      'We review all returns and refund within 5 days.',
      'Please review the manual before you update the firmware.',
    ])
      for (const ctx of CONTEXTS) expect(rules(t, ctx), `${ctx}: ${t}`).to.deep.equal([]);
    for (const t of [
      'Please remove your review this week.',
      'Could you change the review?',
      'Please update your review.',
    ])
      for (const ctx of CONTEXTS) expect(rules(t, ctx), `${ctx}: ${t}`).to.deep.equal(['review-change:error']);
  });
  it('"review" after please / if you / to is the noun: offers for it are incentives; only the seller reviewing is a verb', () => {
    for (const t of [
      'Please review our product on Amazon, we will send you a gift card.',
      'If you review our product, we will give you a discount.',
      'Please review it and we will send you a free one.',
      'Please review our product and we will refund you.',
    ])
      for (const ctx of ['buyer-message', 'review-comment'] as LintContext[])
        expect(rules(t, ctx), `${ctx}: ${t}`).to.deep.equal(['incentive:error']);
    for (const t of [
      'We will review your order and update you.',
      'We reviewed your order and everything is in place.',
      "We'll review your order and update you.",
    ])
      for (const ctx of CONTEXTS) expect(rules(t, ctx), `${ctx}: ${t}`).to.deep.equal([]);
  });
  it('a public comment may not offer a refund or anything else (replacement, discount, free product) in 5 languages', () => {
    for (const t of [
      'We are sorry! We will send you a free replacement.',
      'We would be happy to send you a new one free of charge.',
      'We would be happy to issue a refund.',
      'Ci scriva e le invieremo un prodotto sostitutivo gratuito.',
      'Le rimborsiamo subito il prodotto.',
      'Wir senden Ihnen gerne kostenlos einen Ersatz.',
      'Wir schicken Ihnen einen Gutschein.',
      'Nous vous enverrons un remplacement gratuit.',
      'Nous vous remboursons intégralement.',
      'Le enviaremos un reemplazo gratuito.',
      'Le devolvemos el dinero.',
    ]) {
      expect(rules(t, 'review-comment'), t).to.deep.equal(['refund-offer:error']);
      expect(rules(t, 'feedback-reply'), t).to.deep.equal(['refund-offer:warning']);
      expect(rules(t, 'buyer-message'), t).to.deep.equal([]);
    }
    for (const t of [
      'The bottle is BPA-free and dishwasher safe.',
      'We have sent a replacement, as you asked in your message.',
      'The price was $20 when you ordered.',
      'Please contact us through Buyer-Seller Messaging so we can help.',
      'Il prodotto è senza BPA.',
      'Die Ersatzteile finden Sie im Handbuch.',
      'Nous avons expédié un nouveau colis hier.',
      'Hemos enviado un nuevo paquete.',
    ])
      expect(rules(t, 'review-comment'), t).to.deep.equal([]);
  });
  it('a discount on the next order is an offer in public text and marketing everywhere (issue 14)', () => {
    const t = 'Contact us and we will give you a 20% discount on your next order.';
    expect(rules(t, 'review-comment')).to.deep.equal(['marketing:error', 'refund-offer:error']);
    expect(rules(t, 'feedback-reply')).to.deep.equal(['marketing:error', 'refund-offer:warning']);
    expect(rules(t, 'buyer-message')).to.deep.equal(['marketing:error']);
  });
  it('free, discount, coupon, kostenlos, gratis… are a refund-offer only when the seller offers them', () => {
    for (const t of [
      'Shipping was free of charge.',
      'The item was bought at a discount during Prime Day.',
      'The coupon you used at checkout was applied correctly.',
      'La réduction de bruit fonctionne très bien.',
      'Der Versand ist kostenlos.',
      'Kostenlose Rücksendung über Amazon.',
      'La consegna è avvenuta gratuitamente.',
      'Le colis a été livré gratuitement.',
      'El envío es gratis.',
      'Returns are at no cost to you through Amazon.',
      'Lo sconto è stato applicato da Amazon.',
    ]) {
      expect(rules(t, 'review-comment'), t).to.deep.equal([]);
      expect(rules(t, 'feedback-reply'), t).to.deep.equal([]);
    }
    for (const t of [
      'We will send you a free replacement.',
      "We'd like to offer you a discount code.",
      'Wir senden Ihnen kostenlos einen Ersatz.',
      "Le rimborsiamo l'importo.",
      'Le devolvemos el dinero.',
      'We will replace it at no cost to you.',
      'Vi invieremo un buono sconto.',
      "Nous vous offrons un bon d'achat.",
      'Le enviaremos un cupón de descuento.',
    ])
      expect(rules(t, 'review-comment'), t).to.deep.equal(['refund-offer:error']);
  });
  it('marketing and opt-out links block in every context, in 5 languages', () => {
    for (const t of [
      'Check out our new summer collection!',
      'Follow us on Instagram for the latest news.',
      'Sign up for our newsletter.',
      'To unsubscribe from these messages, reply STOP.',
      'To stop receiving these messages, reply STOP.',
      'Scopri la nostra nuova collezione.',
      'Seguici su Facebook!',
      'Entdecken Sie unsere neue Kollektion.',
      'Folgen Sie uns auf Instagram.',
      'Découvrez notre nouvelle gamme.',
      'Pour vous désabonner, répondez STOP.',
      'Descubra nuestros nuevos productos.',
      'Síganos en Instagram.',
      'To unsubscribe, reply STOP.',
      'Um diese Nachrichten abzubestellen, antworten Sie STOP.',
      'Abonnez-vous à notre newsletter.',
    ]) {
      expect(rules(t, 'buyer-message'), t).to.deep.equal(['marketing:error']);
      expect(lintMessage(t, 'buyer-message')[0]!.policy).to.equal('messaging.no-marketing');
      expect(rules(t, 'review-comment'), t).to.deep.equal(['marketing:error']);
    }
    for (const t of [
      'Check out the troubleshooting steps in the manual.',
      'Please follow the instructions on page 3.',
      'Discover how to clean the filter: rinse it with water.',
      'Entdecken Sie die Anleitung im Karton.',
      'Suivez les instructions du manuel.',
      'Visit the DHL website to track the parcel.',
      'If you stop receiving tracking updates, let us know.',
      'You can opt out of the extended warranty.',
      'Please follow us through these steps.',
      'Sie können sich beim Hersteller abmelden.',
      'You can find us on the order page under Contact seller.',
      'You can unsubscribe from Subscribe & Save in your account.',
      'Sie können die Lieferung noch abbestellen.',
      'Folgen Sie uns Schritt für Schritt durch die Anleitung.',
      'Suivez-nous pas à pas dans le manuel.',
      'Síganos estos pasos.',
      'Seguici passo passo.',
      'The newsletter setting is in the app.',
      'This was a special offer price from Amazon.',
    ]) {
      expect(rules(t, 'buyer-message'), t).to.deep.equal([]);
      expect(rules(t, 'review-comment'), t).to.deep.equal([]);
    }
  });
  it('does not flag innocents', () => {
    for (const t of [
      "I can't remove the charge from your card.",
      'Here is an update on your order.',
      'The review of your case is complete.',
      'We reviewed your order and everything is in place.',
      'Feel free to leave a review.',
      'Thank you for the 5-star review!',
      'The positive terminal goes up.',
    ]) {
      expect(hasBlockingFindings(lintMessage(t, 'buyer-message')), t).to.equal(false);
    }
  });
  it('hasBlockingFindings is true only for errors', () => {
    expect(hasBlockingFindings([])).to.equal(false);
    expect(hasBlockingFindings(lintMessage('Track: https://x.example', 'buyer-message'))).to.equal(false);
    expect(hasBlockingFindings(lintMessage('Track: https://x.example', 'review-comment'))).to.equal(true);
  });
  // Speed is benchmarked, not asserted here (a wall-clock bound fails on a loaded CI machine whatever the code does):
  // npm run bench:lint gates this input's time against the realistic message's, and the growth below, on ratios
  // measured in one run. Here: the answer. Catastrophic backtracking would not return within the runner's timeout.
  it('lints a long adversarial input (numbers, a 1,000-letter word, 500 dots, 300 "<a ")', () => {
    const nasty =
      `${'1 2 3 4 5 6 7 8 9 0 '.repeat(100)}${'a'.repeat(1000)}@${'b.'.repeat(500)}${'<a '.repeat(300)}`.slice(0, 4000);
    for (let i = 0; i < 20; i++) expect(lintMessage(nasty, 'buyer-message')).to.deep.equal([]);
  });
  it('lints long words made of rule prefixes (a rejected match skips its whole word)', () => {
    // Each "xchang" is a change verb preceded by a letter; re-reading the rest of the word per rejected match was
    // quadratic: 64 000 characters took over a second, so these 525 000 would take minutes (the runner's timeout
    // fails it); linear, they take tens of milliseconds. Growth (10 000 against 5 000) is gated in bench:lint.
    const text = (n: number) => `Please review ${'xchang'.repeat(n)} ${'xdiscount'.repeat(n / 2)}.`;
    expect(lintMessage(text(50_000), 'review-comment').map((f) => f.rule)).to.deep.equal(['length']);
    expect(lintMessage(text(10_000), 'review-comment').map((f) => f.rule)).to.deep.equal(['length']);
  });
});

describe('lintMessage (issue 14)', () => {
  const errors = (text: string, ctx: LintContext, lang?: string) =>
    lintMessage(text, ctx, lang ? { lang } : {}).filter((f) => f.severity === 'error');

  it('an unknown context throws a TypeError', () => {
    expect(() => lintMessage('Hello', 'review' as LintContext)).to.throw(TypeError, /unknown context/);
    expect(() => lintMessage('Hello', undefined as unknown as LintContext)).to.throw(TypeError);
  });

  it('findings point at the original text after normalisation (full-width, zero-width, spaced out, look-alikes)', () => {
    for (const [text, span] of [
      ['Warranty desk: ｗａｒｒａｎｔｙ＠ｂｒｉｖｏ．ｃｏｍ today', 'ｗａｒｒａｎｔｙ＠ｂｒｉｖｏ．ｃｏｍ'],
      ['Mail: in\u200bfo@shop.example.com', 'in\u200bfo@shop.example.com'],
      ['Send it to s u p p o r t @ k e s t r e l . c o m please', 's u p p o r t @ k e s t r e l . c o m'],
      ['Rufen Sie an: 0 3 0 - 2 2 4 5 - 8 8 1 9.', '0 3 0 - 2 2 4 5 - 8 8 1 9'],
      ['Write to info(at)shop(dot)de now', 'info(at)shop(dot)de'],
      ['Scriveteci a info chiocciola negozio punto it', 'info chiocciola negozio punto it'],
      ['Notre boutique : boutique-orée.fr', null],
      ['Quick-start guide: bit.ly/3kV9xQp', 'bit.ly/3kV9xQp'],
      ['Follow @lumora.home for tips', '@lumora.home'],
      ['Email: аnna@shop.com (Cyrillic а)', 'аnna@shop.com'],
    ] as [string, string | null][]) {
      const f = errors(text, 'buyer-message');
      expect(f.length, text).to.be.greaterThan(0);
      if (span)
        expect(
          f.map((x) => text.slice(x.start, x.end)),
          text,
        ).to.include(span);
    }
  });

  it('innocent numbers and Amazon or carrier contacts pass where POLICY.md allows them', () => {
    for (const t of [
      'Your order 114-3941689-8772232 ships today; tracking 1Z 999 AA1 01 2345 6784.',
      'Il divano arriva con BRT: può chiamare la filiale BRT allo 011 397 2211, spedizione 048 123 456 789.',
      'Die Rücksendung starten Sie über „Meine Bestellungen“ auf amazon.de.',
      'Track it here: https://www.dhl.com/en/express/tracking.html?AWB=4829103347',
      'Version 3.1.4 fixes it; see chapter 4.2 and the date 14.09.2024.',
      'Su pedido está en el punto de recogida de Correos.',
      'We have refunded the item in full; no need to send it back.',
    ])
      expect(errors(t, 'buyer-message'), t).to.deep.equal([]);
  });

  it('options.lang names the language of the fixes; without it the language is detected', () => {
    const de = 'Bitte ändern Sie Ihre Bewertung.';
    expect(errors(de, 'buyer-message')[0]!.fix!.replacement).to.equal(
      'Wenn Sie möchten, können Sie Ihre Bewertung aktualisieren.',
    );
    expect(errors(de, 'buyer-message', 'de-AT')[0]!.fix!.replacement).to.equal(
      'Wenn Sie möchten, können Sie Ihre Bewertung aktualisieren.',
    );
    expect(errors(de, 'buyer-message', 'en')[0]!.fix!.replacement).to.equal(
      'If you wish, you can update your feedback.',
    );
    expect(errors('Merci de modifier votre avis.', 'review-comment')[0]!.fix!.replacement).to.equal(
      'Merci pour votre avis.',
    );
    expect(errors('¿Podría cambiar su reseña?', 'review-comment')[0]!.fix!.replacement).to.equal(
      'Gracias por su reseña.',
    );
    expect(errors('Potrebbe modificare la sua recensione?', 'review-comment')[0]!.fix!.replacement).to.equal(
      'Grazie per la sua recensione.',
    );
    expect(detectLang('Grazie per il suo ordine, il pacco arriverà domani.')).to.equal('it');
    expect(detectLang('Vielen Dank für Ihre Bestellung, das Paket kommt morgen.')).to.equal('de');
    expect(detectLang('Merci pour votre commande, le colis arrive demain.')).to.equal('fr');
    expect(detectLang('Gracias por su pedido, el paquete llega mañana.')).to.equal('es');
    expect(detectLang('Thank you for your order, the parcel arrives tomorrow.')).to.equal('en');
  });

  it('every blocking finding has a fix; applying it removes the finding', () => {
    const samples: [string, LintContext][] = [
      ['Please contact us before leaving a review.', 'buyer-message'],
      ['A second reminder about your review for order 113-5566778-9900112.', 'buyer-message'],
      ['For each review we credit 300 points to your account.', 'buyer-message'],
      ['Use code THANKS15 for 15% off your next order.', 'buyer-message'],
      ['This review is a lie; we will take legal action.', 'review-comment'],
      ['Ms Jane Whitfield received a full refund on 2 May.', 'feedback-reply'],
      ['We will send you a free replacement.', 'review-comment'],
      ['Reach us on WhatsApp.', 'buyer-message'],
    ];
    for (const [text, ctx] of samples) {
      const f = errors(text, ctx);
      expect(f.length, text).to.be.greaterThan(0);
      for (const x of f) {
        expect(x.fix, `${x.rule}: ${text}`).to.have.property('replacement').that.is.a('string');
        const fixed = text.slice(0, x.start) + x.fix!.replacement + text.slice(x.end);
        expect(
          errors(fixed, ctx).filter((y) => y.rule === x.rule),
          `${x.rule} after its fix: ${fixed}`,
        ).to.deep.equal([]);
      }
    }
    expect(
      errors('Ms Jane Whitfield received a full refund on 2 May.', 'feedback-reply')[0]!.fix!.replacement,
    ).to.equal('The customer');
  });
});

describe('lintMessage: round 2 classes of phrasing (issue 14), in the five languages', () => {
  it('blocks numbers spelled in words, keycaps, spaced dots; gating by the other branch; reminders the sentence before; star counts; more change verbs; multi-buy deals — and lets the look-alikes pass', () => {
    const cases: [LintContext, string, string, boolean][] = [
      [
        'review-comment',
        'en',
        'Sorry! Call us on zero seven seven one two three four five six seven eight and we will help.',
        true,
      ],
      ['review-comment', 'it', 'Ci chiami al tre tre nove, uno due tre, quattro cinque sei sette.', true],
      ['review-comment', 'de', 'Rufen Sie uns an: null eins sieben zwei, drei vier fünf, sechs sieben acht.', true],
      ['review-comment', 'es', 'Llámenos al seis uno dos, tres cuatro cinco, seis siete ocho.', true],
      [
        'review-comment',
        'fr',
        'Appelez le zéro un, vingt-trois, quarante-cinq, soixante-sept, quatre-vingt-neuf.',
        true,
      ],
      ['review-comment', 'en', 'We tested it one, two, three times and it worked.', false],
      ['review-comment', 'en', 'Sorry it arrived two or three days late; the second box is on its way.', false],
      ['review-comment', 'fr', 'Il faut entre deux et trois jours, parfois quatre ou cinq, pour la livraison.', false],
      ['review-comment', 'de', 'Rufen Sie uns an: 0 1 7 2 . 3 4 5 6 7 8', true],
      ['review-comment', 'es', 'Llámanos: 6️⃣0️⃣0️⃣ 1️⃣2️⃣3️⃣ 4️⃣5️⃣6️⃣', true],
      ['buyer-message', 'en', 'Visit mystore . com for more.', true],
      ['buyer-message', 'en', 'It arrived . It works well.', false],
      ['buyer-message', 'de', 'Die Spedition Müller ruft Sie vorab an: 0421 123456.', false],
      ['buyer-message', 'en', 'The freight company will call you to book a slot: 0161 496 0000.', false],
      ['buyer-message', 'fr', 'Le livreur vous appellera au 01 23 45 67 89 pour fixer le rendez-vous.', false],
      ['feedback-reply', 'en', 'Issue solved, so please take your negative rating down.', true],
      ['feedback-reply', 'en', 'Could you take that 2-star review down now?', true],
      ['review-comment', 'en', 'Please remove your 1-star now that it is fixed.', true],
      ['review-comment', 'en', 'Would you bring your review up to date once the replacement arrives?', true],
      ['review-comment', 'de', 'Könnten Sie Ihre Rezension nach oben korrigieren?', true],
      ['review-comment', 'it', 'Potrebbe alzare la sua valutazione ora che è tutto risolto?', true],
      ['review-comment', 'fr', 'Pourriez-vous rehausser votre note maintenant ?', true],
      ['review-comment', 'es', '¿Podría subir su valoración ahora que está resuelto?', true],
      ['review-comment', 'en', 'The update will correct the issue mentioned in this review.', false],
      ['review-comment', 'en', 'Firmware 2.1 raises the maximum volume; thanks for your review.', false],
      [
        'buyer-message',
        'en',
        'If you are happy with it, please leave a review. Otherwise contact us first so we can fix it.',
        true,
      ],
      ['buyer-message', 'it', 'Se le piace, lasci una recensione. Altrimenti ci contatti e risolviamo.', true],
      [
        'buyer-message',
        'de',
        'Wenn alles passt, freuen wir uns über eine Bewertung. Andernfalls melden Sie sich bitte bei uns.',
        true,
      ],
      ['buyer-message', 'fr', "Si tout va bien, laissez-nous un avis. Sinon, écrivez-nous d'abord.", true],
      ['buyer-message', 'es', 'Si todo está bien, déjenos una reseña. Si no, escríbanos y lo arreglamos.', true],
      ['buyer-message', 'en', 'Please leave a review if you have a moment. If anything is missing, contact us.', false],
      ['buyer-message', 'en', 'Your order has shipped. If not delivered by Friday, contact us.', false],
      [
        'buyer-message',
        'en',
        'Please share your experience with a review. If the parcel has not arrived, let us know.',
        false,
      ],
      ['buyer-message', 'de', 'Wir möchten Sie erinnern: Ihre Meinung zählt. Bitte bewerten Sie den Artikel.', true],
      [
        'buyer-message',
        'it',
        'Le scriviamo di nuovo perché non ha ancora recensito il prodotto. Lasci una recensione!',
        true,
      ],
      ['buyer-message', 'fr', 'Nous vous écrivons à nouveau. Laissez un avis sur votre commande.', true],
      ['buyer-message', 'en', 'We have sent the replacement again. Please leave a review if you have a moment.', false],
      ['buyer-message', 'de', 'Wir haben den Artikel erneut versendet. Über eine Bewertung freuen wir uns.', false],
      ['buyer-message', 'es', 'Esta semana 3x2 en toda nuestra tienda.', true],
      ['buyer-message', 'en', 'The shelf is 2x1 m and fits most rooms.', false],
      ['buyer-message', 'fr', 'Inscrivez-vous à notre infolettre pour des rabais exclusifs.', true],
      ['buyer-message', 'en', 'Your order 2 for 1 pack shipped.', false],
      ['buyer-message', 'en', 'Buy one, get one free on all our candles this week.', true],
      ['buyer-message', 'fr', 'Profitez de 20 % de rabais sur votre prochaine commande.', true],
      ['buyer-message', 'en', 'Your tracking number is 1Z 999 AA1 01 2345 6784.', false],
      ['buyer-message', 'en', 'Model 3 for 2 persons tent; order 111-2233445-5566778.', false],
      ['review-comment', 'de', 'Sie haben uns mit einem Stern bewertet. Bitte ändern Sie das.', true],
    ];
    for (const [context, lang, text, block] of cases)
      expect(
        hasBlockingFindings(lintMessage(text, context, { lang })),
        `${block ? 'block' : 'allow'}: ${text}`,
      ).to.equal(block);
  });
});

describe('lintMessage: round 3 classes of phrasing (issue 14), in the five languages', () => {
  it('blocks phones in words with dashes and slashes, spaced digits after +cc (0) /, removal tied to a thing of value — and lets dates, document numbers, measurements, carrier tracking numbers, EAN and ISBN pass', () => {
    const cases: [LintContext, string, string, boolean][] = [
      // Phone numbers in words, dashes inside groups and a slash between them.
      ['review-comment', 'de', 'Anrufen unter null-sieben-eins-eins / vier-zwo-drei-acht-sechs.', true],
      ['review-comment', 'it', 'Ci chiami: tre-quattro-sette / due-due-otto-uno-nove-cinque.', true],
      ['review-comment', 'fr', 'Joignez-nous : zéro-sept / onze-vingt-deux-trente-trois-quarante.', true],
      ['review-comment', 'es', 'Llámenos: seis-uno-cero / dos-dos-ocho | uno-nueve-cinco.', true],
      ['feedback-reply', 'en', 'Ring us: oh-one-six-one / four-nine-six – eight-two-two-one.', true],
      ['buyer-message', 'en', 'It took one or two days, maybe three.', false],
      // Spaced digits after a country code with (0) and a slash or dash.
      ['review-comment', 'en', 'Our line: +44 (0)161 / 4 9 6 0 7 7 3', true],
      ['review-comment', 'fr', 'Service client : +33 (0)4 - 7 2 1 0 5 5 8 8', true],
      ['feedback-reply', 'it', 'Assistenza: +39 (0)2 / 8 8 4 1 2 3 4', true],
      ['review-comment', 'es', 'Atención: +34 (0)91 / 5 5 5 0 1 2 3', true],
      // A removal asked for with a thing of value: an incentive in any context and language.
      ['feedback-reply', 'en', 'Please delete it and we will refund you in full.', true],
      ['feedback-reply', 'de', 'Löschen Sie das bitte, dann erhalten Sie einen Gutschein über 10 €.', true],
      ['feedback-reply', 'fr', "Retirez cela et nous vous offrons un bon d'achat de 10 €.", true],
      ['review-comment', 'it', 'Cancellala e ti mandiamo un buono da 15 euro.', true],
      ['buyer-message', 'es', 'Bórrela y le enviamos un cupón de 10 €.', true],
      ['buyer-message', 'en', 'Remove it from the box and we will send a free replacement if it is broken.', false],
      // Numbers that are not phones: dates (also before a time), year-numbered documents, measurements, carrier
      // tracking numbers, EAN-13 and ISBN.
      ['review-comment', 'fr', 'Selon le rapport du 03/11/2025, la gourde garde 6 h à 55 °C.', false],
      ['review-comment', 'de', 'Der Prüfbericht 2023/0042 bestätigt 230 V und 1 200 W.', false],
      ['review-comment', 'it', 'La consegna è avvenuta il 12.02.2024 14:30 al portiere.', false],
      ['review-comment', 'en', 'Lab report 2025-0381 measured 2400 mAh at 3.7 V.', false],
      ['feedback-reply', 'es', 'El envío SEUR 12345678901234 llegó el 04/06 a la portería.', false],
      ['feedback-reply', 'it', 'La spedizione BRT 123456789012 risulta consegnata.', false],
      ['feedback-reply', 'de', 'Das Paket Hermes 12345678901234 wurde zugestellt.', false],
      ['review-comment', 'en', 'The barcode 4006381333931 is on the box; the manual is ISBN 978-3-16-148410-0.', false],
      ['review-comment', 'en', 'Call DHL on 0228 4333112 if the parcel is late.', true],
      ['review-comment', 'de', 'Erreichbar unter 030 12345678, Mo-Fr 9-17 Uhr.', true],
    ];
    for (const [context, lang, text, block] of cases)
      expect(
        hasBlockingFindings(lintMessage(text, context, { lang })),
        `${block ? 'block' : 'allow'}: ${text}`,
      ).to.equal(block);
  });
});

describe('lint and metrics string tables', () => {
  it('all six locales have exactly the English keys', () => {
    const p = { it: itL, de, fr, es, ja };
    const mt = { it: itM, de: deM, fr: frM, es: esM, ja: jaM };
    for (const [lang, t] of Object.entries(p))
      expect(Object.keys(t).sort(), `lint ${lang}`).to.deep.equal(Object.keys(en).sort());
    for (const [lang, t] of Object.entries(mt))
      expect(Object.keys(t).sort(), `metrics ${lang}`).to.deep.equal(Object.keys(enM).sort());
  });
});
