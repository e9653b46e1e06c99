/**
 * Labelled corpus for the message linter (src/policy/lint.ts). Written from POLICY.md before the rules, not
 * tuned to them. Each entry: context, language, text, the set of BLOCKING rule ids expected (errors) and the
 * set of warning rule ids expected.
 *
 * Rule ids: length, email, phone, url, html, emoji, ask-positive, review-change, feedback-pressure, incentive,
 * refund-offer, marketing (added later with its rule: the two entries it applies to were relabelled then),
 * contact-first (issue 14). Issue 14 relabelled five entries to its rules (each still blocks as before): en-037
 * (asking to be contacted first is contact-first), en-038, en-045 and it-023 (a discount on the next order is also
 * marketing), en-050 (a link to the seller's own site in a buyer message is an error, not a warning: only links
 * needed to complete the order are allowed).
 *
 * Labelling conventions (from POLICY.md):
 * - Any request to change/update/remove a product REVIEW is an error (review-change), even a neutral "you can
 *   update your review"; for seller FEEDBACK a neutral "you can update your feedback" is fine and a request is
 *   feedback-pressure.
 * - Nouns follow Amazon's marketplace wording: review / recensione / Rezension / avis, commentaire / reseña,
 *   opinión are reviews; feedback / Bewertung / évaluation / valoración are seller feedback. Under a review
 *   (review-comment) any of these nouns refers to the review.
 * - Asking for positive / 5-star ratings, or only happy buyers → ask-positive. A neutral request for a review
 *   in a buyer message is allowed.
 * - Anything of value tied to a review or feedback (refunds included) → incentive. An unconditional refund is
 *   fine in a buyer message; in a public review comment any refund offer is an error (refund-offer), in a public
 *   feedback reply it is a warning (the reply is not the place to talk to the buyer).
 * - E-mail → error everywhere. Phone → error, but a warning in a buyer message when it is a warranty, carrier or
 *   manufacturer number. URL → error in public comments/replies; in buyer messages a warning for a carrier,
 *   Amazon or tracking link (needed to complete the order), an error for any other (issue 14). HTML → error.
 *   Emoji → error in buyer messages only.
 */
import type { LintContext } from '../../src/policy/index.js';

export type CorpusLang = 'en' | 'it' | 'de' | 'fr' | 'es';

export interface CorpusEntry {
  id: string;
  context: LintContext;
  lang: CorpusLang;
  text: string;
  errors: string[];
  warnings: string[];
}

const BM: LintContext = 'buyer-message';
const FR: LintContext = 'feedback-reply';
const RC: LintContext = 'review-comment';

type Row = [LintContext, string, string?, string?];

const FILLER =
  'Thank you for your order. We checked the tracking details and the parcel is with the carrier; it should arrive within two business days. ';
/** Innocent text of exactly n characters. */
function pad(n: number): string {
  return FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);
}

const rows: Record<CorpusLang, Row[]> = {
  en: [
    // buyer messages — compliant
    [
      BM,
      'Hello, thank you for your order. Your package was shipped today and should arrive by Friday. Let us know if you have any questions.',
    ],
    [
      BM,
      "I'm sorry, I can't remove the charge from your card myself, but I have asked our payments team to look into it.",
    ],
    [BM, 'Quick update on your order: the carrier reports a one-day delay.'],
    [BM, 'We reviewed your order and found that the wrong size was sent. A replacement ships tomorrow.'],
    [BM, 'Our team completed a review of your case and we will issue a full refund within 2 business days.'],
    [BM, 'We have issued a full refund for order 114-3941689-8772232. No need to return the item.'],
    [BM, 'If you would like to share your experience, you can leave a review on the product page.'],
    [BM, 'Now that the replacement has arrived, you may update your feedback if you wish.'],
    [BM, 'The package was delivered on 12/03/2024 at 10:15.'],
    [BM, 'The total was $1,299.99 and the refund of $129.99 has been processed.'],
    [BM, 'Please let me know whether the replacement fits better. We are happy to help.'],
    [BM, 'Thanks for getting back to us! The return label is attached to this message.'],
    [BM, 'Please remove the item from the packaging before charging it for the first time.'],
    [BM, 'You can change the language in the settings menu of the app.'],
    [BM, 'We will update you as soon as the parcel arrives at our warehouse.'],
    [BM, 'Your refund will be processed as soon as we receive the return.'],
    [BM, 'The positive terminal of the battery should face the spring.'],
    [BM, 'Feel free to leave a review once you have tried the product.'],
    [BM, 'Your order number is 302-1234567-1234567 and it left our warehouse this morning.'],
    [BM, 'The item code is B08N5WRWNW and the model year is 2024.'],
    [BM, 'Please note: 3 < 5 and 5 > 3 are both true, so the smaller adapter fits.'],
    [BM, 'We are not allowed to offer anything in exchange for a review, but we would love to hear how it went.'],
    [BM, "I'm sorry the lid cracked. We'll send a full refund today, no return needed."],
    [BM, 'Can you send us a photo of the damaged corner? That helps us file a claim with the carrier.'],
    [BM, pad(4000)],
    // buyer messages — violations
    [BM, "If you're happy with the product, please leave us a 5-star review!", 'ask-positive'],
    [BM, 'Please remove your negative review now that we have sent a replacement.', 'review-change'],
    [BM, 'Could you update your review to reflect the resolution?', 'review-change'],
    [BM, "We'll refund you in full once you update your review.", 'review-change incentive'],
    [BM, 'We will send you a $10 gift card if you leave a review.', 'incentive'],
    [BM, 'Please change your feedback to 5 stars.', 'feedback-pressure ask-positive'],
    [BM, 'Please remove the negative feedback you left, we resolved the issue.', 'feedback-pressure'],
    [BM, 'Email me directly at support@acme-store.com for faster service.', 'email'],
    [BM, "Call me on 020 7946 0958 and we'll sort it out.", 'phone'],
    [BM, 'Thanks for your order! 😊', 'emoji'],
    [BM, '<b>Important:</b> your order has shipped.', 'html'],
    [BM, 'Only leave a review if you loved it. If not, contact us first!', 'ask-positive contact-first'],
    [BM, 'Get 20% off your next order with code SAVE20 when you leave feedback.', 'incentive marketing'],
    [BM, "We'd really appreciate a positive feedback rating.", 'ask-positive'],
    [BM, 'Once you remove your review we will issue the refund.', 'review-change incentive'],
    [BM, 'Would you consider leaving feedback? Positive feedback helps small businesses like ours.', 'ask-positive'],
    [BM, 'Please update your feedback, it is hurting our store.', 'feedback-pressure'],
    [BM, "If you give us 5 stars we'll send you a free sample.", 'ask-positive incentive'],
    [BM, 'Would you mind updating your feedback now that the issue is fixed?', 'feedback-pressure'],
    [BM, 'As a thank you for your review, here is a 15% coupon for your next purchase.', 'incentive marketing'],
    [BM, 'Please delete the 1-star review you wrote yesterday.', 'review-change'],
    [BM, pad(4001), 'length'],
    [BM, 'For warranty claims, please call the manufacturer at +1 800 555 0199.', '', 'phone'],
    [BM, 'You can track the parcel here: https://www.ups.com/track?tracknum=1Z999AA10123456784', '', 'url'],
    // POLICY.md Buyer-Seller Messaging: no marketing.
    [BM, 'Visit our website www.acme-store.com for more deals!', 'marketing url'],
    // feedback replies
    [
      FR,
      "We're sorry the parcel arrived late. We have contacted the buyer through Buyer-Seller Messaging to resolve this.",
    ],
    [FR, 'Thank you for your feedback. The item was shipped on time; the carrier delay was outside our control.'],
    [FR, 'We refunded the order in full on 3 May.'],
    [FR, 'Thanks! Glad you liked it 👍'],
    [FR, 'Review of your case is complete; the replacement is on its way.'],
    [FR, "We've resolved the issue. You can update your feedback if you feel it's appropriate."],
    [FR, 'Thank you for your positive feedback!'],
    [FR, 'We appreciate all feedback, positive or negative, and read every comment.'],
    [FR, pad(500)],
    [FR, 'Sorry for the trouble. Please remove this feedback, we refunded you.', 'feedback-pressure'],
    [FR, 'Contact us at help@shop.example to get this fixed.', 'email'],
    [FR, "Call 1-800-555-0142 and we'll fix it.", 'phone'],
    [FR, 'See https://acme.example/returns for our return policy.', 'url'],
    [FR, 'We fixed it, so please change your rating to 5 stars.', 'feedback-pressure ask-positive'],
    [FR, pad(501), 'length'],
    [FR, "We'd be happy to offer you a full refund.", '', 'refund-offer'],
    // review comments
    [RC, "We're sorry the zipper broke. Please reach out through Buyer-Seller Messaging so we can help."],
    [RC, 'Thanks for the detailed review! The 2024 model has a reinforced strap.'],
    [RC, 'We reviewed your feedback and passed it on to our design team.'],
    [RC, 'The instructions have been updated on the product page.'],
    [RC, 'Thank you for the 5-star review!'],
    [RC, 'You can remove the battery cover with a coin.'],
    [RC, pad(1000)],
    [RC, "Sorry about this. We'll send you a full refund, please contact us.", 'refund-offer'],
    [RC, 'Please contact us at care@brand.com.', 'email'],
    [RC, 'Call our hotline 0800 123 4567.', 'phone'],
    [RC, 'Please update your review once the replacement arrives.', 'review-change'],
    [RC, 'Would you consider changing your rating to 5 stars?', 'review-change ask-positive'],
    [RC, "We'll give you a free replacement if you remove this review.", 'review-change incentive'],
    [RC, 'Check out our new line at https://brand.example/new', 'url marketing'],
    [RC, 'You can update your review whenever you like.', 'review-change'],
    [RC, 'Read our guide <a href="/guide">here</a>.', 'html'],
    [RC, 'We will refund the difference.', 'refund-offer'],
    [RC, 'Please update your feedback once the new part arrives.', 'review-change'],
    [RC, pad(1001), 'length'],
  ],
  it: [
    [BM, 'Gentile cliente, il suo ordine è stato spedito oggi e arriverà entro venerdì.'],
    [BM, "Non posso annullare l'addebito, ma ho chiesto al nostro team pagamenti di verificare."],
    [BM, 'Aggiornamento sul suo ordine: il corriere segnala un giorno di ritardo.'],
    [BM, 'Abbiamo esaminato il suo ordine e le invieremo un rimborso completo.'],
    [BM, 'Ora che il problema è risolto, può aggiornare il suo feedback se lo desidera.'],
    [BM, 'Se vuole, può lasciare una recensione sulla pagina del prodotto.'],
    [BM, 'Rimuova la pellicola protettiva prima del primo utilizzo.'],
    [BM, 'Il rimborso sarà elaborato appena riceveremo il reso.'],
    [BM, 'Il numero del suo ordine è 404-1234567-7654321.'],
    [BM, 'Il totale è di 1.299,00 € IVA inclusa.'],
    [BM, "La terremo aggiornata sull'arrivo del pacco."],
    [BM, 'Se è soddisfatto, ci lasci una recensione a 5 stelle!', 'ask-positive'],
    [BM, 'Può modificare la sua recensione ora che il problema è risolto?', 'review-change'],
    [BM, 'La preghiamo di rimuovere la recensione negativa.', 'review-change'],
    [BM, "Le rimborseremo l'intero importo se aggiorna la sua recensione.", 'review-change incentive'],
    [BM, 'Riceverà un buono regalo di 10 € in cambio di una recensione.', 'incentive'],
    [BM, 'La preghiamo di modificare il suo feedback in 5 stelle.', 'feedback-pressure ask-positive'],
    [BM, 'Rimuova il feedback negativo, per favore: abbiamo già rimborsato.', 'feedback-pressure'],
    [BM, 'Ci scriva a assistenza@negozio.it', 'email'],
    [BM, 'Mi chiami al 347 123 4567.', 'phone'],
    [BM, "Grazie per l'acquisto! 🎉", 'emoji'],
    [BM, 'Ci lasci un feedback positivo, per favore.', 'ask-positive'],
    [BM, 'Lasci una recensione e riceverà uno sconto del 20% sul prossimo ordine.', 'incentive marketing'],
    [BM, '<p>Il suo ordine è in viaggio.</p>', 'html'],
    [BM, 'Per la garanzia contatti il produttore al numero 800 123 456.', '', 'phone'],
    [BM, 'Può tracciare il pacco qui: https://www.brt.it/tracking?id=123', '', 'url'],
    [FR, "Ci dispiace per il ritardo. L'abbiamo contattata tramite la messaggistica acquirente-venditore."],
    [FR, 'Grazie per il feedback! Il prodotto è stato spedito in tempo.'],
    [FR, 'Abbiamo rimborsato l’ordine il 3 maggio.'],
    [FR, 'Grazie per il feedback positivo!'],
    [FR, 'La preghiamo di rimuovere questo feedback.', 'feedback-pressure'],
    [FR, 'Scriveteci a info@negozio.it', 'email'],
    [FR, 'Visiti www.negozio.it per le offerte.', 'url'],
    [FR, 'Chiami lo 02 1234 5678 per assistenza.', 'phone'],
    [FR, 'Le offriamo un rimborso completo.', '', 'refund-offer'],
    [RC, 'Ci dispiace che la cerniera si sia rotta. Ci contatti tramite la messaggistica di Amazon.'],
    [RC, 'Grazie per la recensione dettagliata!'],
    [RC, "Abbiamo esaminato la sua segnalazione e l'abbiamo girata al team di progettazione."],
    [RC, 'Le istruzioni sono state aggiornate.'],
    [RC, "Le rimborseremo l'intero importo, ci contatti.", 'refund-offer'],
    [RC, 'Aggiorni la sua recensione quando arriva il ricambio.', 'review-change'],
    [RC, 'Chiami il numero 02 1234 5678.', 'phone'],
    [RC, 'Scriva a servizio@marchio.it', 'email'],
    [RC, 'Le regaliamo un prodotto se elimina questa recensione.', 'review-change incentive'],
    [RC, 'Ci dia 5 stelle, per favore!', 'ask-positive'],
  ],
  de: [
    [BM, 'Hallo, vielen Dank für Ihre Bestellung. Das Paket wurde heute versandt.'],
    [BM, 'Ich kann die Abbuchung leider nicht entfernen, aber unsere Buchhaltung prüft den Fall.'],
    [BM, 'Update zu Ihrer Bestellung: Der Versanddienstleister meldet eine Verzögerung.'],
    [BM, 'Wir haben Ihre Bestellung überprüft und erstatten Ihnen den vollen Betrag.'],
    [BM, 'Da das Problem gelöst ist, können Sie Ihr Feedback aktualisieren, wenn Sie möchten.'],
    [BM, 'Wenn Sie möchten, können Sie gerne eine Rezension auf der Produktseite schreiben.'],
    [BM, 'Bitte entfernen Sie die Schutzfolie vor der ersten Benutzung.'],
    [BM, 'Die Erstattung erfolgt, sobald die Rücksendung bei uns eingegangen ist.'],
    [BM, 'Ihre Bestellnummer lautet 028-1234567-1234567.'],
    [BM, 'Der Gesamtbetrag beträgt 1.299,00 € inkl. MwSt.'],
    [BM, 'Wir informieren Sie, sobald das Paket bei uns eintrifft.'],
    [BM, 'Wenn Sie zufrieden sind, hinterlassen Sie uns bitte eine 5-Sterne-Bewertung!', 'ask-positive'],
    [BM, 'Bitte ändern Sie Ihre Rezension, da das Problem gelöst ist.', 'review-change'],
    [BM, 'Könnten Sie Ihre negative Rezension löschen?', 'review-change'],
    [BM, 'Wir erstatten Ihnen den Kaufpreis, sobald Sie Ihre Rezension entfernen.', 'review-change incentive'],
    [BM, 'Für eine Rezension erhalten Sie einen Gutschein über 10 €.', 'incentive'],
    [BM, 'Bitte ändern Sie Ihr Feedback auf 5 Sterne.', 'feedback-pressure ask-positive'],
    [BM, 'Bitte aktualisieren Sie Ihr Feedback.', 'feedback-pressure'],
    [BM, 'Bitte entfernen Sie Ihre negative Bewertung.', 'feedback-pressure'],
    [BM, 'Schreiben Sie uns an service@shop.de', 'email'],
    [BM, 'Rufen Sie mich unter 0171 2345678 an.', 'phone'],
    [BM, 'Vielen Dank für Ihren Einkauf! 😀', 'emoji'],
    [BM, 'Bitte hinterlassen Sie uns ein positives Feedback.', 'ask-positive'],
    [BM, '<div>Ihre Bestellung ist unterwegs.</div>', 'html'],
    [BM, 'Bei Garantiefragen erreichen Sie den Hersteller unter 0800 123 4567.', '', 'phone'],
    [BM, 'Sendungsverfolgung: https://www.dhl.de/track?id=123', '', 'url'],
    [FR, 'Es tut uns leid, dass das Paket verspätet ankam. Wir haben Sie per Nachricht kontaktiert.'],
    [FR, 'Danke für Ihr Feedback! Der Artikel wurde pünktlich versandt.'],
    [FR, 'Wir haben den Betrag am 3. Mai vollständig erstattet.'],
    [FR, 'Vielen Dank für die positive Bewertung!'],
    [FR, 'Bitte entfernen Sie dieses Feedback.', 'feedback-pressure'],
    [FR, 'Kontakt: info@laden.de', 'email'],
    [FR, 'Mehr Angebote auf www.laden.de', 'url'],
    [FR, 'Rufen Sie uns an: 030 1234567', 'phone'],
    [FR, 'Wir bieten Ihnen eine volle Rückerstattung an.', '', 'refund-offer'],
    [
      RC,
      'Es tut uns leid, dass der Reißverschluss gerissen ist. Bitte kontaktieren Sie uns über den Käufer-Verkäufer-Nachrichtenservice.',
    ],
    [RC, 'Danke für die ausführliche Rezension!'],
    [RC, 'Wir haben Ihren Hinweis geprüft und an das Designteam weitergegeben.'],
    [RC, 'Die Anleitung wurde aktualisiert.'],
    [RC, 'Wir erstatten Ihnen gerne den vollen Kaufpreis.', 'refund-offer'],
    [RC, 'Bitte aktualisieren Sie Ihre Rezension, wenn der Ersatz angekommen ist.', 'review-change'],
    [RC, 'Rufen Sie uns an: +49 30 1234567', 'phone'],
    [RC, 'Schreiben Sie an kundendienst@marke.de', 'email'],
    [RC, 'Sie bekommen ein Gratisprodukt, wenn Sie diese Rezension löschen.', 'review-change incentive'],
    [RC, 'Bitte ändern Sie Ihre Bewertung auf 5 Sterne.', 'review-change ask-positive'],
  ],
  fr: [
    [BM, "Bonjour, merci pour votre commande. Votre colis a été expédié aujourd'hui."],
    [BM, 'Je ne peux pas supprimer le prélèvement moi-même, mais notre service comptable examine votre dossier.'],
    [BM, 'Mise à jour de votre commande : le transporteur signale un retard d’un jour.'],
    [BM, 'Nous avons examiné votre commande et procédons au remboursement intégral.'],
    [BM, 'Le problème étant résolu, vous pouvez mettre à jour votre évaluation si vous le souhaitez.'],
    [BM, 'Si vous le souhaitez, vous pouvez laisser un commentaire sur la page du produit.'],
    [BM, 'Retirez le film protecteur avant la première utilisation.'],
    [BM, 'Le remboursement sera effectué dès réception du retour.'],
    [BM, 'Votre numéro de commande est 171-1234567-1234567.'],
    [BM, 'Le montant total est de 1 299,00 € TTC.'],
    [BM, 'Nous vous tiendrons informé dès l’arrivée du colis.'],
    [BM, 'Si vous êtes satisfait, laissez-nous un avis 5 étoiles !', 'ask-positive'],
    [BM, 'Pourriez-vous modifier votre avis maintenant que le problème est résolu ?', 'review-change'],
    [BM, 'Merci de supprimer votre commentaire négatif.', 'review-change'],
    [BM, 'Nous vous rembourserons intégralement dès que vous aurez mis à jour votre avis.', 'review-change incentive'],
    [BM, "Recevez une carte cadeau de 10 € en échange d'un avis.", 'incentive'],
    [BM, 'Merci de changer votre évaluation en 5 étoiles.', 'feedback-pressure ask-positive'],
    [BM, 'Veuillez retirer votre évaluation négative.', 'feedback-pressure'],
    [BM, 'Écrivez-nous à contact@boutique.fr', 'email'],
    [BM, 'Appelez-moi au 06 12 34 56 78.', 'phone'],
    [BM, 'Merci pour votre achat ! 😍', 'emoji'],
    [BM, 'Merci de nous laisser une évaluation positive.', 'ask-positive'],
    [BM, '<span>Votre commande est en route.</span>', 'html'],
    [BM, 'Pour la garantie, contactez le fabricant au 01 23 45 67 89.', '', 'phone'],
    [BM, 'Suivez votre colis : https://www.laposte.fr/suivi?code=123', '', 'url'],
    [FR, 'Nous sommes désolés pour le retard. Nous vous avons contacté par la messagerie acheteur-vendeur.'],
    [FR, "Merci pour votre évaluation ! L'article a été expédié à temps."],
    [FR, 'Nous avons remboursé la commande le 3 mai.'],
    [FR, 'Merci pour votre évaluation positive !'],
    [FR, 'Merci de supprimer cette évaluation.', 'feedback-pressure'],
    [FR, 'Contact : sav@boutique.fr', 'email'],
    [FR, "Plus d'offres sur www.boutique.fr", 'url'],
    [FR, 'Appelez le 01 23 45 67 89 pour une solution.', 'phone'],
    [FR, 'Nous vous proposons un remboursement complet.', '', 'refund-offer'],
    [RC, 'Nous sommes désolés que la fermeture éclair se soit cassée. Contactez-nous via la messagerie Amazon.'],
    [RC, 'Merci pour ce commentaire détaillé !'],
    [RC, "Nous avons examiné votre remarque et l'avons transmise à notre équipe."],
    [RC, 'La notice a été mise à jour.'],
    [RC, 'Nous vous rembourserons intégralement.', 'refund-offer'],
    [RC, 'Merci de mettre à jour votre commentaire quand le remplacement arrivera.', 'review-change'],
    [RC, 'Appelez le 01 23 45 67 89.', 'phone'],
    [RC, 'Écrivez à service@marque.fr', 'email'],
    [RC, 'Un produit offert si vous supprimez ce commentaire.', 'review-change incentive'],
    [RC, 'Merci de modifier votre note à 5 étoiles.', 'review-change ask-positive'],
  ],
  es: [
    [BM, 'Hola, gracias por su pedido. Su paquete se envió hoy.'],
    [BM, 'No puedo eliminar el cargo yo mismo, pero nuestro equipo de pagos lo está revisando.'],
    [BM, 'Actualización de su pedido: el transportista informa un retraso de un día.'],
    [BM, 'Hemos revisado su pedido y le reembolsaremos el importe completo.'],
    [BM, 'Ya que el problema está resuelto, puede actualizar su valoración si lo desea.'],
    [BM, 'Si lo desea, puede dejar una reseña en la página del producto.'],
    [BM, 'Retire la película protectora antes del primer uso.'],
    [BM, 'El reembolso se procesará en cuanto recibamos la devolución.'],
    [BM, 'Su número de pedido es 405-1234567-1234567.'],
    [BM, 'El importe total es de 1.299,00 € IVA incluido.'],
    [BM, 'Le mantendremos informado cuando llegue el paquete.'],
    [BM, 'Si está satisfecho, ¡déjenos una reseña de 5 estrellas!', 'ask-positive'],
    [BM, '¿Podría modificar su reseña ahora que el problema está resuelto?', 'review-change'],
    [BM, 'Le rogamos que elimine su reseña negativa.', 'review-change'],
    [BM, 'Le reembolsaremos todo cuando actualice su reseña.', 'review-change incentive'],
    [BM, 'Recibirá una tarjeta regalo de 10 € a cambio de una reseña.', 'incentive'],
    [BM, 'Por favor, cambie su valoración de vendedor a 5 estrellas.', 'feedback-pressure ask-positive'],
    [BM, 'Por favor, elimine el feedback negativo.', 'feedback-pressure'],
    [BM, 'Escríbanos a soporte@tienda.es', 'email'],
    [BM, 'Llámeme al 612 345 678.', 'phone'],
    [BM, '¡Gracias por su compra! 🙏', 'emoji'],
    [BM, 'Por favor, déjenos una valoración positiva.', 'ask-positive'],
    [BM, '<strong>Su pedido está en camino.</strong>', 'html'],
    [BM, 'Para la garantía, llame al fabricante al 900 123 456.', '', 'phone'],
    [BM, 'Siga su paquete aquí: https://www.correos.es/seguimiento?id=123', '', 'url'],
    [FR, 'Lamentamos el retraso. Le hemos contactado por mensajería comprador-vendedor.'],
    [FR, '¡Gracias por su valoración! El artículo se envió a tiempo.'],
    [FR, 'Reembolsamos el pedido el 3 de mayo.'],
    [FR, '¡Gracias por su valoración positiva!'],
    [FR, 'Por favor, elimine esta valoración.', 'feedback-pressure'],
    [FR, 'Contacto: info@tienda.es', 'email'],
    [FR, 'Más ofertas en www.tienda.es', 'url'],
    [FR, 'Llame al 91 123 45 67 y lo solucionamos.', 'phone'],
    [FR, 'Le ofrecemos un reembolso completo.', '', 'refund-offer'],
    [RC, 'Lamentamos que la cremallera se rompiera. Contáctenos por la mensajería de Amazon.'],
    [RC, '¡Gracias por la reseña tan detallada!'],
    [RC, 'Hemos revisado su comentario y lo hemos pasado al equipo de diseño.'],
    [RC, 'Las instrucciones se han actualizado.'],
    [RC, 'Le reembolsaremos el importe completo.', 'refund-offer'],
    [RC, 'Actualice su reseña cuando llegue el repuesto.', 'review-change'],
    [RC, 'Llame al 91 123 45 67.', 'phone'],
    [RC, 'Escriba a atencion@marca.es', 'email'],
    [RC, 'Le regalamos un producto si borra esta reseña.', 'review-change incentive'],
    [RC, 'Por favor, cambie su valoración a 5 estrellas.', 'review-change ask-positive'],
  ],
};

const split = (s?: string) => (s ? s.split(' ').filter(Boolean) : []);

export const CORPUS: CorpusEntry[] = (Object.keys(rows) as CorpusLang[]).flatMap((lang) =>
  rows[lang].map(([context, text, errors, warnings], i) => ({
    id: `${lang}-${String(i + 1).padStart(3, '0')}`,
    context,
    lang,
    text,
    errors: split(errors),
    warnings: split(warnings),
  })),
);
