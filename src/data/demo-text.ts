/**
 * Phrase pools for the memory adapter's demo data (see demo-data.ts). Plain data, no logic: titles and review
 * bodies per language and sentiment, reviewer names, feedback comments and replies. Product reviews mostly
 * in English, with German, French, Italian, Spanish and Japanese ones mixed in.
 */

export type DemoLang = 'en' | 'de' | 'fr' | 'it' | 'es' | 'ja';
/** 'pos' = 4–5 stars, 'mid' = 3 stars, 'neg' = 1–2 stars. */
export type DemoTone = 'pos' | 'mid' | 'neg';

export interface TonePool {
  titles: readonly string[];
  openings: readonly string[];
  middles: readonly string[];
  closings: readonly string[];
}

export interface LangPool {
  names: readonly string[];
  pos: TonePool;
  mid: TonePool;
  neg: TonePool;
}

export const REVIEW_TEXT: Record<DemoLang, LangPool> = {
  en: {
    names: [
      'Jordan P.',
      'Maria G.',
      'Kevin',
      'A. Thompson',
      'Sam Lee',
      'Priya R.',
      'Chris W.',
      'Dana',
      'Tom H.',
      'Amazon Customer',
      'Elena M.',
      'Marcus J.',
      'Beth',
      'Ray K.',
      'Olivia S.',
      'Nate D.',
      'Grace',
      'L. Chen',
      'Hannah B.',
      'Victor',
      'Jessica T.',
      'Omar F.',
      'Kimberly',
      'Dave R.',
    ],
    pos: {
      titles: [
        'Exactly what I needed',
        'Great quality for the price',
        'Love it!',
        'Five stars, would buy again',
        'Better than expected',
        'Solid and well made',
        'Perfect gift',
        'Does the job perfectly',
        'Highly recommend',
        'Worth every penny',
      ],
      openings: [
        'I have been using this every day for a few weeks now.',
        'Bought this to replace an older one and it is a big upgrade.',
        'Arrived quickly and was packed well.',
        'I was a little skeptical after reading other reviews, but it won me over.',
        'My partner picked this one out and we are both happy with it.',
        'This is my second one, I liked the first so much.',
        'Ordered it for a weekend trip and it held up great.',
      ],
      middles: [
        'The build quality is excellent and it feels sturdy.',
        'It is easy to clean and looks great on the counter.',
        'Lightweight but not flimsy at all.',
        'It works exactly as described and the instructions were clear.',
        'The finish is nice and there were no defects.',
        'Battery life is better than advertised.',
        'It fits perfectly and the size is just right.',
      ],
      closings: [
        'Would definitely buy again.',
        'Highly recommend it.',
        'Great value for the money.',
        'No complaints at all.',
        'Already ordered another one as a gift.',
        '',
      ],
    },
    mid: {
      titles: [
        'Good but not great',
        "It's okay",
        'Decent, a few issues',
        'Does the job, nothing special',
        'Mixed feelings',
        'Average quality',
      ],
      openings: [
        'It works, but I expected a bit more.',
        'Overall fine for the price.',
        'Some things I like, some I do not.',
        'Used it for about a month.',
        'It does what it says, mostly.',
      ],
      middles: [
        'The material feels thinner than in the photos.',
        'The lid is a bit hard to open.',
        'Smaller than I thought it would be.',
        'One of the seams came loose but it still works.',
        'The color is slightly different from the picture.',
        'Instructions were confusing.',
      ],
      closings: ['Might buy again if it goes on sale.', 'Three stars for now.', 'Not bad, not amazing.', ''],
    },
    neg: {
      titles: [
        'Broke after a week',
        'Disappointed',
        'Do not buy',
        'Not as described',
        'Poor quality',
        'Stopped working',
        'Returned it',
        'Waste of money',
      ],
      openings: [
        'Really wanted to like this.',
        'Used it twice and it already broke.',
        'This was a gift and it was embarrassing.',
        'Arrived with a crack in it.',
        'Save your money.',
        'The seller shipped it late and the box was crushed.',
        'I found it ten dollars cheaper at another store.',
      ],
      middles: [
        'The handle snapped off the first time I used it.',
        'It leaks every time, no matter how tight I close it.',
        'It stopped charging after five days.',
        'The coating started peeling right away.',
        'It smells like chemicals and the smell will not go away.',
        'Nothing like the pictures, it feels cheap.',
        'Contact me at jordan.p@example.com if you want to see photos.',
      ],
      closings: ['Returning it.', 'Very disappointed.', 'Would give zero stars if I could.', 'Look elsewhere.', ''],
    },
  },
  de: {
    names: ['Markus K.', 'Sabine', 'Jonas W.', 'Katrin M.', 'Uwe S.', 'Anna-Lena', 'Thomas B.', 'Kunde'],
    pos: {
      titles: ['Top Qualität', 'Absolut empfehlenswert', 'Sehr zufrieden', 'Genau wie beschrieben'],
      openings: [
        'Ich benutze es jetzt seit ein paar Wochen täglich.',
        'Schnell geliefert und gut verpackt.',
        'Ein echtes Upgrade zu meinem alten Modell.',
      ],
      middles: [
        'Die Verarbeitung ist hervorragend.',
        'Leicht zu reinigen und sehr stabil.',
        'Funktioniert genau wie beschrieben.',
      ],
      closings: ['Würde ich jederzeit wieder kaufen.', 'Klare Kaufempfehlung.', ''],
    },
    mid: {
      titles: ['Ganz okay', 'Gut, aber nicht perfekt', 'Mittelmäßig'],
      openings: ['Für den Preis in Ordnung.', 'Es erfüllt seinen Zweck.', 'Einiges gefällt mir, anderes nicht.'],
      middles: ['Das Material ist dünner als erwartet.', 'Der Deckel klemmt ein wenig.', 'Kleiner als gedacht.'],
      closings: ['Drei Sterne.', 'Nicht schlecht, nicht toll.', ''],
    },
    neg: {
      titles: ['Nach einer Woche kaputt', 'Enttäuscht', 'Finger weg', 'Schlechte Qualität'],
      openings: ['Leider sehr enttäuscht.', 'Kam mit einem Riss an.', 'Zweimal benutzt und schon defekt.'],
      middles: ['Es läuft ständig aus.', 'Der Griff ist sofort abgebrochen.', 'Riecht stark nach Chemie.'],
      closings: ['Geht zurück.', 'Nicht empfehlenswert.', ''],
    },
  },
  fr: {
    names: ['Julien D.', 'Camille', 'Sophie L.', 'Nicolas R.', 'Élodie', 'Client Amazon', 'Mathieu P.'],
    pos: {
      titles: ['Excellent produit', 'Très satisfait', 'Parfait', 'Je recommande'],
      openings: [
        'Je l’utilise tous les jours depuis quelques semaines.',
        'Livraison rapide et emballage soigné.',
        'Bien mieux que mon ancien modèle.',
      ],
      middles: [
        'La finition est impeccable.',
        'Facile à nettoyer et très solide.',
        'Fonctionne exactement comme décrit.',
      ],
      closings: ['Je rachèterai sans hésiter.', 'Très bon rapport qualité-prix.', ''],
    },
    mid: {
      titles: ['Correct sans plus', 'Moyen', 'Bien mais perfectible'],
      openings: ['Correct pour le prix.', 'Il fait le travail.', 'Quelques défauts.'],
      middles: [
        'Le matériau est plus fin que prévu.',
        'Le couvercle est difficile à ouvrir.',
        'Plus petit que sur les photos.',
      ],
      closings: ['Trois étoiles.', 'Ni bon ni mauvais.', ''],
    },
    neg: {
      titles: ['Cassé au bout d’une semaine', 'Déçu', 'À éviter', 'Mauvaise qualité'],
      openings: ['Très déçu de cet achat.', 'Arrivé fissuré.', 'Utilisé deux fois et déjà en panne.'],
      middles: ['Il fuit en permanence.', 'La poignée s’est cassée tout de suite.', 'Forte odeur chimique.'],
      closings: ['Je le renvoie.', 'Je ne recommande pas.', ''],
    },
  },
  it: {
    names: ['Giulia R.', 'Marco', 'Francesca B.', 'Luca M.', 'Chiara', 'Cliente Amazon', 'Alessandro T.'],
    pos: {
      titles: ['Ottimo prodotto', 'Molto soddisfatto', 'Perfetto', 'Consigliatissimo'],
      openings: [
        'Lo uso tutti i giorni da qualche settimana.',
        'Consegna veloce e imballaggio curato.',
        'Molto meglio del mio vecchio modello.',
      ],
      middles: [
        'La qualità costruttiva è eccellente.',
        'Facile da pulire e molto robusto.',
        'Funziona esattamente come descritto.',
      ],
      closings: ['Lo ricomprerei subito.', 'Ottimo rapporto qualità-prezzo.', ''],
    },
    mid: {
      titles: ['Nella media', 'Discreto', 'Buono ma migliorabile'],
      openings: ['Va bene per il prezzo.', 'Fa il suo lavoro.', 'Qualche difetto.'],
      middles: [
        'Il materiale è più sottile del previsto.',
        'Il coperchio si apre a fatica.',
        'Più piccolo di come sembra in foto.',
      ],
      closings: ['Tre stelle.', 'Né bene né male.', ''],
    },
    neg: {
      titles: ['Rotto dopo una settimana', 'Deluso', 'Da evitare', 'Pessima qualità'],
      openings: ['Molto deluso da questo acquisto.', 'Arrivato crepato.', 'Usato due volte e già rotto.'],
      middles: ['Perde acqua in continuazione.', 'Il manico si è rotto subito.', 'Forte odore di plastica.'],
      closings: ['Lo restituisco.', 'Non lo consiglio.', ''],
    },
  },
  es: {
    names: ['Lucía G.', 'Carlos M.', 'Ana Sofía', 'Javier R.', 'Cliente de Amazon', 'Valentina P.', 'Diego'],
    pos: {
      titles: ['Excelente producto', 'Muy satisfecho', 'Perfecto', 'Lo recomiendo'],
      openings: [
        'Lo uso todos los días desde hace unas semanas.',
        'Llegó rápido y bien embalado.',
        'Mucho mejor que mi modelo anterior.',
      ],
      middles: ['La calidad es excelente.', 'Fácil de limpiar y muy resistente.', 'Funciona tal como se describe.'],
      closings: ['Lo volvería a comprar.', 'Muy buena relación calidad-precio.', ''],
    },
    mid: {
      titles: ['Está bien', 'Regular', 'Bueno pero mejorable'],
      openings: ['Correcto para el precio.', 'Cumple su función.', 'Tiene algunos detalles.'],
      middles: [
        'El material es más delgado de lo esperado.',
        'La tapa cuesta abrirla.',
        'Más pequeño de lo que parece.',
      ],
      closings: ['Tres estrellas.', 'Ni bueno ni malo.', ''],
    },
    neg: {
      titles: ['Se rompió en una semana', 'Decepcionado', 'No lo compren', 'Mala calidad'],
      openings: ['Muy decepcionado con la compra.', 'Llegó con una grieta.', 'Lo usé dos veces y ya no funciona.'],
      middles: ['Gotea todo el tiempo.', 'El asa se rompió enseguida.', 'Tiene un olor químico muy fuerte.'],
      closings: ['Lo devuelvo.', 'No lo recomiendo.', ''],
    },
  },
  ja: {
    names: ['佐藤', 'たなか', 'ゆき', '鈴木 健', 'Amazon カスタマー', 'けんじ', '山本'],
    pos: {
      titles: ['とても良い', '期待以上でした', '買ってよかった', 'おすすめです'],
      openings: ['数週間毎日使っています。', '配送が早く、梱包も丁寧でした。', '前の製品よりずっと良いです。'],
      middles: ['作りがしっかりしています。', 'お手入れが簡単で丈夫です。', '説明どおりに使えます。'],
      closings: ['また購入したいです。', 'コスパが良いと思います。', ''],
    },
    mid: {
      titles: ['普通です', 'まあまあ', '悪くはない'],
      openings: ['値段相応です。', '用途は果たしています。', '気になる点がいくつかあります。'],
      middles: ['素材が思ったより薄いです。', 'フタが少し開けにくいです。', '写真より小さく感じました。'],
      closings: ['星3つです。', '可もなく不可もなく。', ''],
    },
    neg: {
      titles: ['一週間で壊れました', '残念です', 'おすすめしません', '品質が悪い'],
      openings: ['とても残念な買い物でした。', '届いた時点でひびが入っていました。', '二回使っただけで壊れました。'],
      middles: ['いつも水漏れします。', '取っ手がすぐに取れました。', '薬品のような臭いがします。'],
      closings: ['返品します。', 'おすすめできません。', ''],
    },
  },
};

/** Comments the brand posted on a review (all lint-clean: no contact data, no offers). */
export const REVIEW_COMMENTS: readonly string[] = [
  'Thank you for sharing your experience. We are sorry the product did not meet your expectations and have passed your notes to our quality team.',
  'We appreciate the detailed feedback. Our newer batch has a reinforced handle; please reach out through Buyer-Seller Messaging if you need help.',
  'Thanks for the kind words, we are glad it works well for you!',
  'Sorry to hear about the leak. Please make sure the gasket is seated fully; our support team is happy to help through Buyer-Seller Messaging.',
];

export type FeedbackKind = 'service' | 'product' | 'delivery' | 'mixed' | 'personal' | 'profane';

/** Feedback comments by star band and kind; `delivery` ones suit FBA strike-through, `product` ones removal. */
export const FEEDBACK_TEXT = {
  pos: [
    'Fast shipping and the item was exactly as described. Would buy from this seller again.',
    'Great seller, quick delivery, well packaged.',
    'Arrived a day early. Very happy.',
    'Excellent communication and fast shipping.',
    'Item as described, smooth transaction.',
    'A+++ seller, thank you!',
    'Quick response to my question and fast delivery.',
    'Everything perfect, thanks.',
    'Good seller, item arrived on time.',
    '',
  ],
  mid: [
    'Item was fine but shipping took longer than expected.',
    'Package arrived on time but the box was dented.',
    'OK transaction. Seller took two days to reply to my message.',
    'Product is okay, nothing special.',
    'Delivery was slow, item was as described.',
  ],
  neg: {
    service: [
      'Seller never answered my messages about a missing part.',
      'Asked for a return label three times, no reply.',
      'Sent the wrong color and refused to fix it.',
    ],
    product: [
      'The headlamp stopped working after a week. Poor quality.',
      'Water bottle leaks and the paint is chipping.',
      'Cutting board cracked after the first wash.',
      'Candle barely smells of anything.',
    ],
    delivery: [
      'Package arrived two weeks late.',
      'Never received my package, tracking says delivered.',
      'Box was crushed on arrival and the delivery was late.',
    ],
    mixed: [
      'Item broke after a week and the seller never answered my message.',
      'Wrong size sent and customer service was slow to help.',
    ],
    personal: [
      'Spoke to Mike Jensen at 555-201-8844 and he was rude to me.',
      'Emailed support@northwindgoods.example twice, nobody answered.',
    ],
    profane: ['Worst damn seller ever, total crap.'],
  } satisfies Record<FeedbackKind, readonly string[]>,
} as const;

/** Public replies to feedback (lint-clean: no contact data, no incentives, no request to change the rating). */
export const FEEDBACK_REPLIES: readonly string[] = [
  'We are sorry about the delay. We have reviewed the order and improved our packing process.',
  'Thank you for your feedback. We contacted you through Buyer-Seller Messaging to resolve the issue.',
  'We apologize for the inconvenience. A replacement was shipped as soon as we learned about the problem.',
  'Thank you for shopping with us!',
];

/** Amazon's strike-through note for FBA delivery feedback (POLICY.md). */
export const FBA_STRIKE_THROUGH_MESSAGE =
  'This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.';
