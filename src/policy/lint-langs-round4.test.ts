/**
 * Issue 20, round 4: the linter's rule families in ja, nl, sv, pl, tr, pt and ar, on examples written for this file
 * (not corpus lines): each family's must-block phrasings and the look-alikes that must stay allowed (order ids
 * 3-7-7, tracking numbers, warranty and manufacturer lines, firmware versions, prices, sizes, dates, carrier records).
 *
 * Phrasings modelled on public pages found with the search tool (paraphrased, nothing copied):
 * - Amazon.com.br, "Sistema de comunicação entre cliente e vendedor" (no contact by messaging apps):
 *   https://sellercentral.amazon.com.br/gp/help/external/help.html?itemID=200389080&language=pt_BR
 * - Amazon.nl Communicatierichtlijnen: https://sellercentral.amazon.nl/gp/help/external/G1701?language=nl_NL
 * - Amazon.nl community guidelines ("positief of negatief"): https://www.amazon.nl/gp/help/customer/display.html/?ie=UTF8&nodeId=201547800
 * - Suspendzon, Amazon alıcı-satıcı mesajlaşma yasağı (off-Amazon links, "sadece olumlu yorum"):
 *   https://www.suspendzon.com/post/amazon-alıcı-satıcı-mesajlaşma-messaging-yasağı-neden-olur-ve-nasıl-çözülür
 * - Giacaglia Advogados on marketplace chat rules (contacts, PIX, addresses off the platform):
 *   https://giacaglia.com.br/politica-de-conversas-e-chat-na-shopee-riscos-e-cuidados-que-o-vendedor-precisa-conhecer
 * Names, numbers, shops and places are invented.
 */
import { expect } from '@open-wc/testing';
import { hasBlockingFindings, lintMessage } from './index.js';
import { expectLintCases as check } from './test-helpers/lint-cases.js';

describe('lintMessage, issue 20 round 4 (ja, nl, sv, pl, tr, pt, ar)', () => {
  it("phone numbers written in words (teens, hundreds, 'and', Arabic short forms); lists of small numbers stay allowed", () => {
    check([
      ['review-comment', 'nl', 'block', 'Bel ons: nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.'],
      ['review-comment', 'sv', 'block', 'Ring oss på noll sju tre, femton, trettiofyra, sextiosju.'],
      ['review-comment', 'pt', 'block', 'Ligue: onze, nove, meia, meia, sete, dois, três, quatro, cinco.'],
      ['review-comment', 'pl', 'block', 'Proszę dzwonić: zero, sześćset, dwanaście, trzysta czterdzieści pięć.'],
      ['review-comment', 'ar', 'block', 'اتصل على صفر خمسه خمسه تلاته اربعه سته سبعه'],
      ['review-comment', 'tr', 'block', 'Bizi arayın: sıfır beş yüz otuz iki, kırk beş, altmış yedi'],
      ['review-comment', 'nl', 'allow', 'We sturen twee of drie stuks, en vier tot vijf dagen later de rest.'],
      ['review-comment', 'pl', 'allow', 'Paczka dotrze za dwa, trzy dni, a zwrot trwa do czternastu dni.'],
      ['review-comment', 'pt', 'allow', 'O kit tem um, dois ou três filtros e dura seis meses.'],
      ['buyer-message', 'nl', 'block', 'Bel ons op nul zes 12 34 56 78.'],
      ['buyer-message', 'pt', 'block', 'Me liga: onze 9 8765 4321'],
      [
        'buyer-message',
        'nl',
        'allow',
        'Uw bestelling 305-1234567-1234567 met 2 stuks is verzonden, maat 38, 39 en 40.',
      ],
    ]);
  });

  it("a buyer's name with its honorific in public text: a full name, or one name with a place or postcode", () => {
    check([
      ['feedback-reply', 'ja', 'block', '佐藤 健 様、ご指摘ありがとうございます。'],
      ['feedback-reply', 'ja', 'block', '山本様（横浜市青葉区）のご注文は6月3日に配達済みです。'],
      ['feedback-reply', 'ja', 'block', '鈴木さん（札幌市）には既に代替品をお届けしました。'],
      ['feedback-reply', 'ja', 'allow', 'お客様、この度はご不便をおかけし申し訳ございません。'],
      [
        'feedback-reply',
        'ja',
        'allow',
        'ご購入者様のご意見は担当者様にも共有いたしました。配送業者様の記録では大阪市の倉庫から発送済みです。',
      ],
      ['feedback-reply', 'ja', 'allow', '田中様、ご評価ありがとうございます。'],
      ['review-comment', 'ja', 'allow', '皆様のご意見を参考に改良いたします。東京都内の倉庫から発送しています。'],
      ['feedback-reply', 'tr', 'block', "Mehmet Bey, Çankaya'daki adresinize teslimat yapıldı."],
      ['feedback-reply', 'tr', 'block', 'Sayın Ayşe Demir, siparişiniz teslim edilmiştir.'],
      ['feedback-reply', 'tr', 'block', 'Zeynep Kaya Hanım paketi teslim almadı.'],
      ['feedback-reply', 'tr', 'allow', 'Merhaba Ayşe Hanım, geri bildiriminiz için teşekkürler.'],
      ['feedback-reply', 'tr', 'allow', "Sayın Müşterimiz, siparişiniz Ankara'daki depomuzdan gönderildi."],
      ['feedback-reply', 'tr', 'allow', 'Değerli Alıcımız, paketiniz Yurtiçi Kargo ile teslim edildi.'],
      ['feedback-reply', 'ar', 'block', 'السيده فاطمه الزهراني استلمت الطلب يوم الاحد.'],
      ['feedback-reply', 'ar', 'block', 'الاستاذ خالد من حي الملز بالرياض رفض استلام الشحنه.'],
      ['feedback-reply', 'ar', 'allow', 'الأخ الكريم، نعتذر عن التأخير في الشحن.'],
      ['feedback-reply', 'ar', 'allow', 'عميلنا العزيز، تم شحن الطلب من مستودعنا في الرياض.'],
      ['feedback-reply', 'ar', 'allow', 'السيد المحترم، نشكرك على ملاحظاتك.'],
      ['feedback-reply', 'nl', 'block', 'Mevrouw Jansen uit Zwolle heeft het pakket geweigerd.'],
      ['feedback-reply', 'nl', 'block', 'Dhr. Bakker, 3511 AB, heeft de levering ontvangen.'],
      ['feedback-reply', 'nl', 'allow', 'Meneer, het pakket is op 12-03 bezorgd volgens PostNL.'],
      ['feedback-reply', 'sv', 'block', 'Fru Lindqvist i Uppsala hämtade aldrig paketet.'],
      ['feedback-reply', 'sv', 'block', 'Herr Erik Johansson har fått sin order.'],
      ['feedback-reply', 'sv', 'allow', 'Paketet skickades från vårt lager i Borås och levererades i tid.'],
      ['feedback-reply', 'pl', 'block', 'Pani Anna z Gdańska odebrała paczkę w terminie.'],
      [
        'feedback-reply',
        'pl',
        'allow',
        'Przykro nam, że Pani zamówienie się spóźniło; paczka wyszła z magazynu w Poznaniu.',
      ],
      ['feedback-reply', 'pl', 'allow', 'Może Pan zgłosić zwrot w Amazon w ciągu 30 dni.'],
      ['feedback-reply', 'pt', 'block', 'Sr. Carlos, de Campinas, recebeu o pedido no dia 3.'],
      ['feedback-reply', 'pt', 'block', 'A Sra. Beatriz Souza recebeu a encomenda.'],
      ['feedback-reply', 'pt', 'allow', 'Sr. cliente, lamentamos o atraso na entrega para São Paulo.'],
      ['feedback-reply', 'pt', 'block', 'CPF 123.456.789-09 consta como recebedor.'],
    ]);
  });

  it("off-Amazon payment, public refund promises, and the neutral 'positive or negative' / 'decision is yours' wording", () => {
    check([
      [
        'buyer-message',
        'nl',
        'block',
        'Betaal liever contant aan onze koerier in plaats van via Amazon, dan krijg je 10% korting.',
      ],
      ['buyer-message', 'nl', 'allow', 'Je betaling loopt via Amazon; de koerier van PostNL levert het pakket morgen.'],
      ['buyer-message', 'sv', 'block', 'Du kan betala kontant till vårt bud istället för via Amazon.'],
      ['buyer-message', 'sv', 'allow', 'Betalningen sker via Amazon och PostNord levererar paketet i morgon.'],
      ['buyer-message', 'pl', 'block', 'Proszę zapłacić gotówką naszemu kurierowi zamiast przez Amazon.'],
      [
        'buyer-message',
        'pl',
        'allow',
        'Płatność została zrealizowana przez Amazon, kurier InPost dostarczy paczkę jutro.',
      ],
      ['buyer-message', 'tr', 'block', 'Ödemeyi Amazon yerine kapıda nakit olarak kuryemize yapabilirsiniz.'],
      ['buyer-message', 'tr', 'allow', 'Ödemeniz Amazon üzerinden alındı, kargo yarın teslim edilecek.'],
      ['buyer-message', 'pt', 'block', 'Pode pagar em dinheiro ao nosso entregador em vez da Amazon.'],
      [
        'buyer-message',
        'pt',
        'allow',
        'O pagamento foi aprovado pela Amazon e o entregador dos Correios chega amanhã.',
      ],
      ['buyer-message', 'ar', 'block', 'يمكنك الدفع نقدا لمندوبنا مباشرة بدلا من أمازون.'],
      ['buyer-message', 'ar', 'allow', 'اخترت الدفع عند الاستلام عبر أمازون، وسيصل المندوب غدا.'],
      ['buyer-message', 'ja', 'block', 'Amazonではなく、配達員に直接現金でお支払いください。'],
      ['buyer-message', 'ja', 'allow', '代金引換はAmazonを通じてお支払いいただけます。'],
      ['review-comment', 'ar', 'block', 'سوف نقوم بإرجاع المبلغ لك فورا.'],
      ['review-comment', 'ar', 'block', 'سيتم استرداد المبلغ بالكامل خلال يومين.'],
      ['review-comment', 'ar', 'allow', 'سنقوم بإعادة النظر في تصميم العبوة، شكرا لملاحظتك.'],
      ['review-comment', 'ar', 'allow', 'سنقوم بالرد على استفسارك عبر رسائل أمازون.'],
      ['review-comment', 'ja', 'block', '代金を全額お返しいたしますので、ご安心ください。'],
      ['review-comment', 'ja', 'block', '新品と交換いたしますので、購入者とのメッセージからご連絡ください。'],
      ['review-comment', 'ja', 'allow', '返金処理はAmazonの返品センターから行えます。'],
      ['review-comment', 'nl', 'block', 'We crediteren het volledige bedrag zodra we je bericht ontvangen.'],
      ['review-comment', 'sv', 'block', 'Vi krediterar hela beloppet direkt.'],
      ['review-comment', 'pl', 'block', 'Zwracamy pełną kwotę, wystarczy napisać.'],
      ['review-comment', 'pl', 'allow', 'Zwracamy uwagę, że filtr należy wymieniać co trzy miesiące.'],
      ['review-comment', 'tr', 'block', 'Ücretiniz iade edilecektir, endişelenmeyin.'],
      ['review-comment', 'pt', 'block', 'Faremos o reembolso integral, fique tranquilo.'],
      ['review-comment', 'pt', 'block', 'Você receberá um novo sem custo.'],
      ['review-comment', 'pt', 'allow', 'O produto novo chega com manual em português.'],
      ['buyer-message', 'nl', 'allow', 'Laat gerust een review achter, positief of negatief, dat helpt andere kopers.'],
      ['buyer-message', 'nl', 'block', 'Bent u tevreden? Laat dan een review achter.'],
      [
        'buyer-message',
        'pt',
        'allow',
        'Se gostou ou não, deixe sua avaliação positiva ou negativa, toda opinião ajuda.',
      ],
      ['buyer-message', 'pt', 'block', 'Se você gostou, deixe uma avaliação positiva.'],
      ['buyer-message', 'sv', 'allow', 'Skriv gärna en recension, positiv eller negativ, så hjälper du andra kunder.'],
      [
        'buyer-message',
        'tr',
        'allow',
        'Olumlu ya da olumsuz, her yorumunuz bizim için değerli; ürün hakkında yorum yazabilirsiniz.',
      ],
      ['buyer-message', 'ar', 'allow', 'نرحب بتقييمك للمنتج سواء كان ايجابيا او سلبيا.'],
      ['buyer-message', 'ar', 'block', 'اذا كنت راضيا عن المنتج نرجو ترك تقييم خمس نجوم.'],
      ['buyer-message', 'ar', 'allow', 'اذا كنت راضيا عن الحل، يمكنك تحديث تقييمك للبائع، والقرار لك.'],
      ['buyer-message', 'ar', 'block', 'اذا كنت راضيا عن الحل، نرجو تحديث تقييمك للبائع.'],
      [
        'buyer-message',
        'pl',
        'allow',
        'Jeśli jest Pan zadowolony z rozwiązania, może Pan zaktualizować ocenę sprzedawcy, decyzja należy do Pana.',
      ],
      ['buyer-message', 'ja', 'allow', '良い評価でも悪い評価でも、率直なレビューをお待ちしております。'],
    ]);
  });

  it('messenger channels in each language', () => {
    check([
      ['buyer-message', 'pt', 'block', 'Qualquer dúvida me chama no zap que resolvo rapidinho.'],
      ['buyer-message', 'pt', 'block', 'Manda mensagem no direct do nosso perfil.'],
      ['buyer-message', 'pt', 'allow', 'Qualquer dúvida, responda esta mensagem pelo sistema da Amazon.'],
      ['buyer-message', 'nl', 'block', 'Heb je vragen? App ons gerust, dan helpen we je sneller.'],
      ['buyer-message', 'nl', 'allow', 'Heb je vragen? Stuur ons gerust een bericht via Amazon.'],
      ['buyer-message', 'sv', 'block', 'Har du frågor kan du skriva till oss på Messenger.'],
      ['buyer-message', 'pl', 'block', 'Prosimy napisać do nas na Messengerze, odpowiemy szybciej.'],
      ['buyer-message', 'pl', 'allow', 'Prosimy o kontakt przez wiadomości Amazon.'],
      ['buyer-message', 'tr', 'block', "Sorularınız için Instagram'dan yazın, hemen dönüş yapalım."],
      ['buyer-message', 'tr', 'block', 'WhatsApp hattımızdan bize ulaşabilirsiniz.'],
      ['buyer-message', 'ja', 'block', 'ご不明点はインスタのDMでお気軽にどうぞ。'],
      ['buyer-message', 'ar', 'block', 'لأي استفسار تواصل معنا ع الخاص في الانستا.'],
      ['buyer-message', 'ar', 'allow', 'لأي استفسار تواصل معنا من خلال رسائل أمازون.'],
    ]);
  });

  it('incentives, steering, review changes, spelled contact data; order, tracking, warranty, firmware, size, price and date lines stay allowed', () => {
    check([
      ['buyer-message', 'ja', 'block', 'レビューを書いていただいた方全員に500円分のAmazonギフト券をプレゼントします。'],
      ['buyer-message', 'nl', 'block', 'Laat een review achter en ontvang een cadeaubon van 10 euro.'],
      ['buyer-message', 'sv', 'block', 'Skriv en recension så får du ett presentkort på 100 kr.'],
      ['buyer-message', 'pl', 'block', 'Za wystawienie opinii otrzymasz kod rabatowy na kolejne zakupy.'],
      ['buyer-message', 'tr', 'block', 'Yorum yapan müşterilerimize bir sonraki siparişte %20 indirim veriyoruz.'],
      ['buyer-message', 'pt', 'block', 'Deixe sua avaliação e ganhe um cupom de 15% na próxima compra.'],
      ['buyer-message', 'ar', 'block', 'اترك تقييمك واحصل على قسيمة شراء بقيمة 50 ريال.'],
      ['buyer-message', 'ja', 'block', '満足されなかった場合はレビューの前にまずご連絡ください。'],
      ['buyer-message', 'nl', 'block', 'Niet tevreden? Neem eerst contact met ons op voordat je een review schrijft.'],
      ['buyer-message', 'sv', 'block', 'Om du inte är nöjd, kontakta oss innan du lämnar ett omdöme.'],
      ['buyer-message', 'pl', 'block', 'Jeśli coś jest nie tak, prosimy o kontakt zanim wystawi Pan opinię.'],
      ['buyer-message', 'tr', 'block', 'Bir sorun varsa yorum yazmadan önce bize ulaşın.'],
      ['buyer-message', 'pt', 'block', 'Se algo deu errado, fale com a gente antes de avaliar.'],
      ['buyer-message', 'ar', 'block', 'اذا واجهت مشكلة تواصل معنا قبل كتابة التقييم.'],
      ['buyer-message', 'ja', 'block', '★5の評価をいただけると励みになります。'],
      ['buyer-message', 'tr', 'block', 'Ürünü beğendiyseniz 5 yıldız vermeyi unutmayın.'],
      ['buyer-message', 'pt', 'block', 'Se puder, nos dê 5 estrelas!'],
      ['buyer-message', 'sv', 'block', 'Ge oss gärna fem stjärnor om du är nöjd.'],
      ['buyer-message', 'pl', 'block', 'Będziemy wdzięczni za ocenę 5 gwiazdek.'],
      ['buyer-message', 'ar', 'block', 'نتمنى تقييمنا بخمس نجوم.'],
      ['buyer-message', 'nl', 'block', 'Wil je ons vijf sterren geven?'],
      ['review-comment', 'ja', 'block', 'このレビューを削除していただけないでしょうか。'],
      ['review-comment', 'nl', 'block', 'Zou u uw recensie willen aanpassen nu het probleem is opgelost?'],
      ['review-comment', 'sv', 'block', 'Vi skulle uppskatta om du ändrade din recension.'],
      ['review-comment', 'pl', 'block', 'Prosimy o usunięcie tej recenzji.'],
      ['review-comment', 'tr', 'block', 'Yorumunuzu kaldırmanızı rica ediyoruz.'],
      ['review-comment', 'pt', 'block', 'Poderia atualizar sua avaliação agora que resolvemos?'],
      ['review-comment', 'ar', 'block', 'نرجو منك تعديل مراجعتك بعد حل المشكلة.'],
      [
        'buyer-message',
        'ja',
        'allow',
        'ご注文番号 250-1234567-7654321 の商品は本日発送しました。追跡番号は 1234-5678-9012 です。',
      ],
      [
        'buyer-message',
        'nl',
        'allow',
        'Je bestelling 302-1234567-1234567 wordt morgen bezorgd; de track & trace code is 3SABCD1234567.',
      ],
      [
        'buyer-message',
        'sv',
        'allow',
        'Garantin gäller i 2 år; firmware version 2.1.4 finns i appen. Storlek 42, pris 299 kr.',
      ],
      [
        'buyer-message',
        'pl',
        'allow',
        'Zamówienie 403-1234567-1234567 zostało wysłane 12.03.2026, numer przesyłki 6201234567890.',
      ],
      ['buyer-message', 'tr', 'allow', 'Siparişiniz 405-1234567-1234567 kargoya verildi; beden 38, fiyat 249,90 TL.'],
      [
        'buyer-message',
        'pt',
        'allow',
        'Seu pedido 701-1234567-1234567 foi enviado; rastreio BR123456789BR. Garantia de 12 meses.',
      ],
      ['buyer-message', 'ar', 'allow', 'تم شحن طلبك رقم 402-1234567-1234567 ورقم التتبع 1234567890، الضمان سنة واحدة.'],
      [
        'buyer-message',
        'ja',
        'allow',
        'ご都合のよい時にレビューをお寄せいただけますと幸いです。良い点も悪い点も参考になります。',
      ],
      ['buyer-message', 'ar', 'allow', 'يسعدنا أن تشاركنا رأيك في المنتج عبر تقييم على أمازون.'],
      ['buyer-message', 'pl', 'allow', 'Jeśli ma Pan chwilę, prosimy o opinię o produkcie na Amazon.'],
      [
        'buyer-message',
        'tr',
        'allow',
        'Zamanınız olursa ürün hakkında yorum yazabilirsiniz, görüşleriniz bizim için önemli.',
      ],
      ['buyer-message', 'pt', 'allow', 'Se tiver um tempinho, conte o que achou do produto na Amazon.'],
      [
        'review-comment',
        'tr',
        'allow',
        'Yaşadığınız sorun için üzgünüz; lütfen Amazon üzerinden bizimle iletişime geçin.',
      ],
      ['review-comment', 'ar', 'allow', 'نأسف لما حدث، يرجى التواصل معنا عبر رسائل أمازون لحل المشكلة.'],
      [
        'feedback-reply',
        'pl',
        'allow',
        'Przesyłka została doręczona 14.02 zgodnie z danymi InPost; przepraszamy za kłopot.',
      ],
      ['feedback-reply', 'ja', 'allow', 'ご不便をおかけし申し訳ございません。配送業者の記録では3月2日に配達済みです。'],
      ['buyer-message', 'ja', 'block', 'お問い合わせは support（アットマーク）hinata.jp まで。'],
      ['buyer-message', 'tr', 'block', 'Bize info [at] evimshop [nokta] com adresinden yazın.'],
      ['buyer-message', 'ar', 'block', 'راسلنا على sales at souqna dot com'],
      ['buyer-message', 'ja', 'block', 'お電話は〇三・一二三四・五六七八までどうぞ。'],
      ['buyer-message', 'ar', 'block', 'اتصل بنا على ٠٥٥ ١٢٣ ٤٥٦٧'],
      ['buyer-message', 'pl', 'block', 'Zadzwoń: +48 601 234 567'],
      ['buyer-message', 'ja', 'block', 'LINE ID: hinata_shop で友だち追加してください'],
    ]);
  });

  it('more refund, replacement, removal and off-Amazon phrasings', () => {
    check([
      ['review-comment', 'ja', 'block', 'ご連絡いただければ、全額ご返金の手続きをいたします。'],
      ['review-comment', 'ja', 'block', 'お手数ですが、評価を変更していただけると幸いです。'],
      ['feedback-reply', 'ja', 'block', '評価を取り下げていただけませんか。'],
      ['buyer-message', 'ja', 'block', '次回使える10%オフクーポンを同封しております。'],
      ['buyer-message', 'ja', 'block', '当店の公式サイトでは更にお安く購入できます。'],
      ['review-comment', 'nl', 'block', 'Stuur ons een bericht, dan krijgt u direct een nieuw exemplaar toegestuurd.'],
      ['review-comment', 'nl', 'block', 'Wij vergoeden graag het volledige aankoopbedrag.'],
      ['buyer-message', 'nl', 'block', 'Volg ons op Instagram voor exclusieve acties!'],
      ['buyer-message', 'nl', 'block', 'Als je je beoordeling naar vijf sterren aanpast, krijg je een tegoedbon.'],
      ['review-comment', 'sv', 'block', 'Vi ger dig gärna en ny produkt utan kostnad.'],
      ['review-comment', 'sv', 'block', 'Vi står för hela kostnaden och skickar en ersättningsprodukt.'],
      ['buyer-message', 'sv', 'block', 'Handla direkt på vår hemsida och spara 20 %.'],
      ['review-comment', 'pl', 'block', 'Chętnie wymienimy produkt na nowy bez żadnych kosztów.'],
      ['review-comment', 'pl', 'block', 'Oczywiście zwrócimy Panu całą kwotę.'],
      ['buyer-message', 'pl', 'block', 'Zapraszamy do naszego sklepu na Allegro, tam jest taniej.'],
      ['review-comment', 'tr', 'block', 'Size hemen yeni bir ürün gönderelim, hiç ücret ödemeyeceksiniz.'],
      ['review-comment', 'tr', 'block', 'Ücretinizi hemen iade edelim.'],
      ['buyer-message', 'tr', 'block', 'Trendyol mağazamızda aynı ürün daha ucuz.'],
      ['review-comment', 'pt', 'block', 'Mandamos outro sem custo nenhum, é só chamar.'],
      ['review-comment', 'pt', 'block', 'Pode ficar tranquilo que devolvemos 100% do valor.'],
      ['buyer-message', 'pt', 'block', 'Na nossa loja no Mercado Livre sai mais barato.'],
      ['review-comment', 'ar', 'block', 'نحن مستعدون لإرسال منتج بديل مجانا.'],
      ['review-comment', 'ar', 'block', 'راح نرجع لك فلوسك كاملة.'],
      ['buyer-message', 'ar', 'block', 'تقدر تطلب منا مباشرة عن طريق الواتساب بسعر أقل.'],
      ['buyer-message', 'ar', 'block', 'احصل على خصم 20% عند الشراء من متجرنا الإلكتروني.'],
      ['feedback-reply', 'ar', 'block', 'نتمنى منك حذف التقييم السلبي بعد حل المشكلة.'],
      ['feedback-reply', 'tr', 'block', 'Sorun çözüldüğüne göre olumsuz geri bildiriminizi kaldırır mısınız?'],
      ['feedback-reply', 'pt', 'block', 'Agora que resolvemos, você poderia remover o feedback negativo?'],
      ['feedback-reply', 'sv', 'block', 'Nu när problemet är löst, kan du ta bort ditt negativa omdöme?'],
      ['feedback-reply', 'nl', 'block', 'Nu het is opgelost, wilt u uw negatieve feedback verwijderen?'],
      ['feedback-reply', 'pl', 'block', 'Czy mógłby Pan usunąć negatywny komentarz?'],
      ['feedback-reply', 'ja', 'block', '問題が解決しましたので、評価の削除をお願いできますでしょうか。'],
    ]);
  });

  it('public facts, carrier records, Amazon-run refunds, manufacturer numbers and hopes stay allowed', () => {
    check([
      ['review-comment', 'ja', 'allow', '返品・返金についてはAmazonのカスタマーサービスへお問い合わせください。'],
      ['review-comment', 'ja', 'allow', '本製品は東京都の工場で製造しています。型番 AB-1200 の保証期間は1年です。'],
      ['feedback-reply', 'ja', 'allow', '山田運輸様の記録によると、3月5日に配達済みとなっております。'],
      ['review-comment', 'nl', 'allow', 'Onze klantenservice helpt u graag via Berichten koper-verkoper.'],
      ['review-comment', 'nl', 'allow', 'Het apparaat heeft firmware 3.2.1; update via de app lost dit op.'],
      ['feedback-reply', 'nl', 'allow', 'Het pakket is volgens PostNL op 12 maart in Utrecht bezorgd.'],
      ['review-comment', 'sv', 'allow', 'Produkten tillverkas i Borås och har två års garanti.'],
      ['feedback-reply', 'sv', 'allow', 'Enligt PostNord levererades paketet till ombudet i Malmö den 3 mars.'],
      ['feedback-reply', 'pl', 'allow', 'Paczka została doręczona do Paczkomatu w Poznaniu 12 marca.'],
      ['review-comment', 'tr', 'allow', "Ürünümüz İstanbul'daki fabrikamızda üretilmektedir, 2 yıl garantilidir."],
      ['feedback-reply', 'tr', 'allow', "Kargo kayıtlarına göre paket 5 Mart'ta Kadıköy şubesine teslim edilmiştir."],
      ['review-comment', 'pt', 'allow', 'O reembolso é feito pela Amazon conforme a política de devolução.'],
      ['feedback-reply', 'pt', 'allow', 'Segundo os Correios, a entrega foi feita em Campinas no dia 3.'],
      ['review-comment', 'ar', 'allow', 'يتم الاسترداد عن طريق أمازون وفق سياسة الإرجاع.'],
      ['feedback-reply', 'ar', 'allow', 'حسب شركة الشحن تم التسليم في الرياض يوم ١٢ مارس.'],
      ['review-comment', 'ar', 'allow', 'المنتج مصنوع في دبي ويأتي بضمان سنتين.'],
      ['buyer-message', 'ar', 'allow', 'الدفع عند الاستلام متاح عبر أمازون، والمندوب سيتصل بك قبل التوصيل.'],
      ['buyer-message', 'pt', 'allow', 'Você pode pagar com Pix pela Amazon normalmente.'],
      ['buyer-message', 'tr', 'allow', 'Siparişinizi kapıda ödeme seçeneğiyle Amazon üzerinden verebilirsiniz.'],
      ['buyer-message', 'nl', 'allow', 'Heeft u vragen over de garantie? Bel de fabrikant op 020 123 4567.'],
      [
        'buyer-message',
        'sv',
        'allow',
        'Har du frågor om garantin kan du ringa tillverkarens kundtjänst på 08-123 456 78.',
      ],
      [
        'buyer-message',
        'pl',
        'allow',
        'W razie pytań o gwarancję prosimy dzwonić do serwisu producenta: 22 123 45 67.',
      ],
      ['review-comment', 'pl', 'allow', 'Dziękujemy za opinię, Pani uwagi przekazaliśmy do działu jakości.'],
      ['review-comment', 'pt', 'allow', 'Obrigado pela avaliação! Ficamos felizes que o Sr. gostou do produto.'],
      ['feedback-reply', 'tr', 'allow', 'Değerli müşterimiz, geri bildiriminiz için teşekkür ederiz.'],
      ['review-comment', 'nl', 'allow', 'Bedankt voor uw review, meneer; we nemen uw punt mee.'],
      [
        'buyer-message',
        'ja',
        'allow',
        '商品は気に入っていただけましたでしょうか。ご不明な点があればお気軽にご連絡ください。',
      ],
      [
        'buyer-message',
        'nl',
        'allow',
        'We hopen dat je blij bent met je bestelling. Laat gerust een eerlijke review achter op Amazon.',
      ],
      [
        'buyer-message',
        'sv',
        'allow',
        'Vi hoppas att du är nöjd med köpet. Om du vill kan du lämna en recension på Amazon.',
      ],
    ]);
  });

  it("a hope is not a condition; 'if so' after it is", () => {
    check([
      ['buyer-message', 'nl', 'allow', 'We hopen dat u tevreden bent. Laat gerust een review achter op Amazon.'],
      [
        'buyer-message',
        'pl',
        'allow',
        'Mamy nadzieję, że jest Pan zadowolony z zakupu. Będziemy wdzięczni za opinię na Amazon.',
      ],
      ['buyer-message', 'tr', 'allow', "Ürünümüzden memnun kaldığınızı umuyoruz. Amazon'da yorum yazabilirsiniz."],
      [
        'buyer-message',
        'pt',
        'allow',
        'Esperamos que esteja satisfeito com a compra. Se puder, deixe sua avaliação na Amazon.',
      ],
      ['buyer-message', 'nl', 'block', 'We hopen dat u tevreden bent. Zo ja, laat dan een review achter.'],
      ['buyer-message', 'pt', 'block', 'Esperamos que tenha gostado. Se sim, deixe sua avaliação.'],
      ['buyer-message', 'tr', 'block', 'Memnun kaldıysanız lütfen yorum bırakın.'],
      ['buyer-message', 'pl', 'block', 'Jeśli jest Pan zadowolony, prosimy o opinię.'],
    ]);
  });

  it("incentives tied to a rating or a rating verb, full-width and Persian digits, domains spelled with each language's dot word", () => {
    check([
      ['buyer-message', 'ja', 'block', 'レビュー投稿で商品代金を全額返金いたします。'],
      ['buyer-message', 'ja', 'block', 'お電話は０９０－１２３４－５６７８までお願いします。'],
      ['buyer-message', 'ar', 'block', 'للتواصل: ۰۵۰۱۲۳۴۵۶۷'],
      ['buyer-message', 'ar', 'block', 'نعطيك هدية اذا قيمتنا على أمازون.'],
      ['buyer-message', 'ar', 'block', 'لو غيرت تقييمك لخمس نجوم نرسل لك كوبون.'],
      ['buyer-message', 'tr', 'block', 'Yorumunuzu 5 yıldıza çıkarırsanız size hediye çeki göndereceğiz.'],
      ['buyer-message', 'pl', 'block', 'Za zmianę oceny na pozytywną otrzyma Pan bon 50 zł.'],
      ['buyer-message', 'nl', 'block', 'Als je je review aanpast, storten we 5 euro terug.'],
      ['buyer-message', 'sv', 'block', 'Om du tar bort din recension får du 200 kr tillbaka.'],
      ['buyer-message', 'pt', 'block', 'Se mudar sua avaliação para 5 estrelas, devolvemos R$ 30.'],
      ['buyer-message', 'ja', 'block', '★5レビューを書いてくれた方にはもう一つ無料で差し上げます。'],
      [
        'buyer-message',
        'tr',
        'block',
        'Bize olumlu yorum bırakırsanız bir sonraki siparişinizde indirim kazanırsınız.',
      ],
      ['buyer-message', 'pl', 'block', 'Pozytywna recenzja = darmowa wysyłka przy następnym zamówieniu.'],
      ['buyer-message', 'ar', 'block', 'شاركنا رأيك الإيجابي واحصل على شحن مجاني.'],
      ['buyer-message', 'nl', 'block', 'Geef ons een positieve beoordeling en maak kans op een gratis product.'],
      ['buyer-message', 'sv', 'block', 'Lämna ett positivt omdöme och var med i utlottningen av ett presentkort.'],
      ['buyer-message', 'pt', 'block', 'Avalie com 5 estrelas e participe do sorteio de um vale-presente.'],
      ['review-comment', 'ja', 'block', '詳しくは hinata-shop.jp をご覧ください。'],
      ['review-comment', 'nl', 'block', 'Meer info op lampenhuis punt nl.'],
      ['review-comment', 'ar', 'block', 'زوروا متجرنا daralsouq.com لمزيد من العروض.'],
      ['review-comment', 'tr', 'block', 'Detaylar için instagram.com/evimshop adresimize bakın.'],
      ['buyer-message', 'ja', 'allow', 'レビューはいつでも歓迎しております。率直なご意見をお聞かせください。'],
      [
        'buyer-message',
        'tr',
        'allow',
        "Ürünle ilgili deneyiminizi Amazon'da paylaşırsanız diğer alıcılara yardımcı olur.",
      ],
      ['buyer-message', 'ar', 'allow', 'نرجو أن يكون المنتج قد نال إعجابك، وإذا كان لديك أي سؤال فنحن هنا للمساعدة.'],
      ['buyer-message', 'pl', 'allow', 'Bez względu na ocenę, każda opinia pomaga innym kupującym.'],
      ['buyer-message', 'sv', 'allow', 'Oavsett vad du tycker hjälper din recension andra kunder.'],
      [
        'buyer-message',
        'pt',
        'allow',
        'O ponto de coleta fica perto da estação; o ponto com mais movimento é o centro.',
      ],
      ['review-comment', 'pt', 'block', 'Acesse casaviva ponto com ponto br para mais modelos.'],
      ['review-comment', 'pl', 'block', 'Więcej na domowo kropka pl.'],
      ['buyer-message', 'pl', 'allow', 'Kropka na końcu zdania; punkt 3.2 instrukcji.'],
      ['buyer-message', 'tr', 'allow', 'Nokta atışı bir yorum, teşekkürler; 2. nokta doğru.'],
    ]);
  });

  it('feedback change requests and promotions of other products block; the seller reporting its own update and the neutral feedback note pass', () => {
    check([
      [
        'review-comment',
        'ja',
        'allow',
        'ご指摘を受けて取扱説明書を改訂しました。最新版は商品ページでご確認いただけます。',
      ],
      [
        'review-comment',
        'nl',
        'allow',
        'We hebben de handleiding aangepast; de nieuwe versie staat op de productpagina.',
      ],
      ['review-comment', 'sv', 'allow', 'Vi har uppdaterat bruksanvisningen efter din recension.'],
      ['review-comment', 'pl', 'allow', 'Zaktualizowaliśmy instrukcję po Pana recenzji, dziękujemy.'],
      ['review-comment', 'tr', 'allow', 'Yorumunuz sonrası kullanım kılavuzunu güncelledik.'],
      ['review-comment', 'pt', 'allow', 'Atualizamos o manual depois da sua avaliação, obrigado.'],
      ['review-comment', 'ar', 'allow', 'قمنا بتحديث دليل الاستخدام بعد مراجعتك، شكرا لك.'],
      ['feedback-reply', 'nl', 'allow', 'U kunt uw feedback altijd aanpassen als u dat wilt.'],
      ['feedback-reply', 'tr', 'allow', 'Dilerseniz geri bildiriminizi güncelleyebilirsiniz.'],
      ['feedback-reply', 'pt', 'allow', 'Se quiser, você pode atualizar seu feedback.'],
      ['feedback-reply', 'ja', 'allow', '評価は出品者評価ページからいつでも変更することができます。'],
      ['buyer-message', 'sv', 'allow', 'Om du vill kan du uppdatera ditt säljaromdöme.'],
      ['buyer-message', 'ar', 'allow', 'يمكنك تحديث تقييمك للبائع إذا رغبت.'],
      ['buyer-message', 'ja', 'block', '評価を星5に変更していただけますと幸いです。'],
      ['buyer-message', 'nl', 'block', 'Kunt u uw feedback naar positief aanpassen?'],
      ['buyer-message', 'tr', 'block', 'Olumsuz geri bildiriminizi kaldırmanızı rica ederiz.'],
      ['buyer-message', 'sv', 'block', 'Snälla ta bort ditt negativa omdöme.'],
      ['buyer-message', 'pt', 'block', 'Pedimos que remova o feedback negativo.'],
      ['buyer-message', 'pl', 'block', 'Prosimy o usunięcie negatywnej opinii o sprzedawcy.'],
      ['buyer-message', 'ar', 'block', 'نرجو حذف تقييمك السلبي للبائع.'],
      ['review-comment', 'ja', 'block', '新商品が発売されました！ぜひチェックしてください。'],
      ['review-comment', 'nl', 'block', 'Bekijk ook onze nieuwe collectie in onze Amazon-winkel.'],
      ['review-comment', 'sv', 'block', 'Kolla in våra andra produkter i vår Amazon-butik.'],
      ['review-comment', 'pl', 'block', 'Zapraszamy do zapoznania się z naszymi innymi produktami.'],
      ['review-comment', 'tr', 'block', 'Diğer ürünlerimize de göz atmayı unutmayın.'],
      ['review-comment', 'pt', 'block', 'Conheça também nossos outros produtos na nossa loja.'],
      ['review-comment', 'ar', 'block', 'تصفح منتجاتنا الأخرى في متجرنا على أمازون.'],
    ]);
  });

  it("review changes asked politely or in dialect, and the buyer named by role with a full name; the seller's own plans pass", () => {
    check([
      ['review-comment', 'ar', 'block', 'ياريت تشيل التقييم بعد ما حلينا المشكلة.'],
      ['review-comment', 'ar', 'block', 'ممكن تغير النجمة الوحدة لخمس؟'],
      ['feedback-reply', 'ar', 'block', 'نتمنى تعدل التقييم السلبي.'],
      ['review-comment', 'tr', 'block', 'Yorumunuzu silerseniz çok seviniriz.'],
      ['review-comment', 'pl', 'block', 'Będziemy wdzięczni, jeśli zmieni Pan ocenę.'],
      ['review-comment', 'pt', 'block', 'Agradecemos se puder rever sua nota.'],
      ['review-comment', 'nl', 'block', 'We zouden het op prijs stellen als u uw review herziet.'],
      ['review-comment', 'sv', 'block', 'Vi blir glada om du vill revidera din recension.'],
      ['review-comment', 'ja', 'block', '星の数を見直していただけると嬉しいです。'],
      ['feedback-reply', 'tr', 'block', "Ayşe Hanım, Kadıköy Moda Mahallesi'ndeki adresinize teslim edildi."],
      ['feedback-reply', 'pt', 'block', 'O comprador João Silva, de Campinas, recebeu o pedido.'],
      ['feedback-reply', 'pl', 'block', 'Kupujący Jan Kowalski z Krakowa odebrał paczkę.'],
      ['feedback-reply', 'nl', 'block', 'Koper Pieter de Vries uit Delft heeft het pakket ontvangen.'],
      ['feedback-reply', 'sv', 'block', 'Köparen Anna Svensson i Malmö har hämtat paketet.'],
      ['feedback-reply', 'ar', 'block', 'المشتري خالد الشمري استلم الطلب.'],
      ['feedback-reply', 'ja', 'block', '購入者の佐藤 花子 様には既に商品が届いております。'],
      ['feedback-reply', 'pt', 'allow', 'Cliente Amazon Prime recebe em 2 dias; o pedido foi entregue no prazo.'],
      ['feedback-reply', 'nl', 'allow', 'Klant Service van PostNL bevestigt de bezorging op 3 maart.'],
      ['review-comment', 'sv', 'allow', 'Vi har uppdaterat manualen så att du hittar svaret snabbare.'],
      ['review-comment', 'nl', 'allow', 'We passen de beschrijving aan zodat u de juiste maat kiest.'],
      ['review-comment', 'pt', 'allow', 'Vamos revisar a embalagem para que você receba o produto sem danos.'],
    ]);
  });

  it('incentives for a review named by its verb (recensera, قيم المنتج), sales outside Amazon; manufacturer warranty lines are only warnings', () => {
    check([
      [
        'buyer-message',
        'ja',
        'block',
        'ご購入のお礼として、次回ご注文時に使えるクーポンをお送りします。レビューもぜひお願いします。',
      ],
      ['buyer-message', 'ja', 'allow', 'ご注文ありがとうございます。商品到着後、ご不明点があればご連絡ください。'],
      ['buyer-message', 'ja', 'block', 'Amazon以外の当店ネットショップでも販売しております。'],
      ['buyer-message', 'ja', 'block', 'レビューを書いていただけたら、次回20%割引いたします。'],
      ['buyer-message', 'nl', 'block', 'Schrijf een review en ontvang 15% korting op je volgende bestelling.'],
      ['buyer-message', 'sv', 'block', 'Recensera produkten så skickar vi en gratis provförpackning.'],
      ['buyer-message', 'pl', 'block', 'Za każdą opinię dajemy 10 zł zniżki.'],
      ['buyer-message', 'tr', 'block', 'Yorum yapana kargo bedava.'],
      ['buyer-message', 'pt', 'block', 'Avaliou? Manda o print que a gente devolve R$ 20 no Pix.'],
      ['buyer-message', 'ar', 'block', 'قيّم المنتج وأرسل لنا لقطة شاشة لتحصل على استرداد 20 ريال.'],
      ['buyer-message', 'nl', 'allow', 'De garantie bedraagt 2 jaar; bel bij defecten de fabrikant op 085 123 4567.'],
      [
        'buyer-message',
        'tr',
        'allow',
        'Garanti için üretici firmanın 0850 123 45 67 numaralı hattını arayabilirsiniz.',
      ],
      ['buyer-message', 'pt', 'allow', 'Para garantia, ligue para o SAC do fabricante: 0800 123 4567.'],
      ['buyer-message', 'ar', 'allow', 'للضمان يرجى الاتصال بمركز خدمة الشركة المصنعة على 800 123 4567.'],
      ['buyer-message', 'ja', 'allow', '保証については製造元サポート 0120-123-456 までお問い合わせください。'],
      ['buyer-message', 'pl', 'allow', 'Reklamacje gwarancyjne obsługuje serwis producenta, tel. 22 123 45 67.'],
      ['buyer-message', 'sv', 'allow', 'Vid garantiärenden, kontakta tillverkarens support på 08-555 123 45.'],
    ]);
  });

  it('the at-sign variants apestaartje (nl) and małpka (pl) make addresses; a toy monkey does not', () => {
    check([
      ['buyer-message', 'nl', 'block', 'Mail naar info apestaartje lampenhuis punt nl'],
      ['buyer-message', 'pl', 'block', 'Pisz na sklep małpka domowo kropka pl'],
      ['buyer-message', 'pl', 'allow', 'Pluszowa małpka jest w zestawie, kropka.'],
    ]);
  });

  it('other marketplaces of the seven stores (noon, Fyndiq, Americanas, Çiçeksepeti, ヤフオク) are off-Amazon sales', () => {
    check([
      ['buyer-message', 'ar', 'block', 'المنتج متوفر أيضا في متجرنا على نون بسعر أقل.'],
      ['buyer-message', 'ar', 'allow', 'نون الوقاية أهم من العلاج؛ ننصح بتنظيف الفلتر كل شهر.'],
      ['buyer-message', 'sv', 'block', 'Samma produkt finns billigare hos oss på Fyndiq.'],
      ['buyer-message', 'pt', 'block', 'Também vendemos nas Americanas com frete grátis.'],
      ['buyer-message', 'tr', 'block', 'Ürünlerimizi Çiçeksepeti mağazamızda da bulabilirsiniz.'],
      ['buyer-message', 'ja', 'block', '同じ商品をヤフオクでも出品しています。'],
    ]);
  });

  it('the personal-name finding covers the honorific and name and its fix names the customer', () => {
    const text = 'Ayşe Yılmaz Hanım, Kadıköy adresinize teslim edilmiştir.';
    const f = lintMessage(text, 'feedback-reply', { lang: 'tr' }).find((x) => x.rule === 'personal-name')!;
    expect(text.slice(f.start, f.end)).to.equal('Ayşe Yılmaz Hanım');
    expect(f.fix?.replacement).to.equal('müşteri');
    const ja = '田中 美咲 様（大阪市北区）、ご注文の件は対応済みです。';
    const g = lintMessage(ja, 'feedback-reply', { lang: 'ja' }).find((x) => x.rule === 'personal-name')!;
    expect(ja.slice(g.start, g.end)).to.equal('田中 美咲 様');
  });

  it('names with honorifics are not looked for in buyer messages (the buyer is addressed there)', () => {
    expect(
      hasBlockingFindings(lintMessage('Ayşe Yılmaz Hanım, siparişiniz yola çıktı.', 'buyer-message', { lang: 'tr' })),
    ).to.equal(false);
    expect(
      hasBlockingFindings(lintMessage('田中 美咲 様、ご注文ありがとうございます。', 'buyer-message', { lang: 'ja' })),
    ).to.equal(false);
  });
});
