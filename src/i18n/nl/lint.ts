import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'Te lang: {length} tekens, de limiet is {limit}.',
  'policy.lint.email': 'Verwijder het e-mailadres.',
  'policy.lint.phone': 'Verwijder het telefoonnummer.',
  'policy.lint.phone-warning':
    'Telefoonnummers zijn alleen toegestaan voor contact over garantie, vervoerder of fabrikant.',
  'policy.lint.url': 'Verwijder de link.',
  'policy.lint.url-warning': 'Links zijn alleen toegestaan als ze nodig zijn om de bestelling af te ronden.',
  'policy.lint.html': 'Verwijder de HTML-opmaak.',
  'policy.lint.emoji': 'Verwijder de emoji: berichten aan kopers mogen geen emoji bevatten.',
  'policy.lint.ask-positive':
    'Vraag niet om positieve recensies of feedback en vraag het niet alleen aan tevreden kopers.',
  'policy.lint.review-change': 'Vraag een klant nooit een recensie te wijzigen, bij te werken of te verwijderen.',
  'policy.lint.feedback-pressure':
    'Vraag de koper niet feedback te wijzigen of te verwijderen. Je mag alleen zeggen dat hij die kan bijwerken.',
  'policy.lint.incentive': 'Bied niets aan, ook geen terugbetaling, in ruil voor een recensie of feedback.',
  'policy.lint.refund-offer':
    'Een openbare opmerking mag geen terugbetaling of iets anders aanbieden (een vervanging, een korting, een gratis product). Gebruik in plaats daarvan Contact opnemen met klant of berichten tussen koper en verkoper.',
  'policy.lint.refund-offer-warning':
    'Een openbaar antwoord is niet de plek om een terugbetaling of iets anders aan te bieden. Overweeg berichten tussen koper en verkoper.',
  'policy.lint.marketing':
    'Verwijder de marketing: berichten aan kopers en openbare opmerkingen mogen geen producten promoten, vragen om te volgen of te abonneren, of afmeldlinks bevatten.',
  'policy.lint.contact-first':
    'Vraag kopers niet om contact met je op te nemen voordat of in plaats van dat ze een recensie of feedback achterlaten.',
  'policy.lint.repeat-request': 'Vraag maar één keer per bestelling om een recensie of feedback: geen herinneringen.',
  'policy.lint.abuse': 'Blijf professioneel: geen dreigementen, beschuldigingen aan de koper of grove taal.',
  'policy.lint.personal-name': 'Verwijder de naam van de koper: openbare tekst mag geen persoonsgegevens bevatten.',
  'policy.lint.handle': 'Verwijder de gebruikersnaam op sociale media.',
  'policy.lint.off-platform':
    'Houd het gesprek op Amazon: geen externe kanalen, telefoongesprekken of betaalrekeningen.',
  'policy.lint.fix.apply': 'Toepassen',
  'policy.lint.fix.replace': 'Voorgestelde herschrijving: “{replacement}”',
  'policy.lint.fix.remove': 'Voorgestelde oplossing: verwijderen.',
  'policy.lint.fix.apply-replace': 'Toepassen: “{text}” vervangen door “{replacement}”',
  'policy.lint.fix.apply-remove': 'Toepassen: “{text}” verwijderen',
  'policy.lint.fix.applied': 'Suggestie toegepast; de tekst is opnieuw gecontroleerd.',
  'policy.clause.messaging.length': 'Berichten aan kopers moeten korter zijn dan 4.000 tekens.',
  'policy.clause.messaging.no-email': 'Berichten aan kopers mogen geen e-mailadressen bevatten.',
  'policy.clause.messaging.phone': 'Telefoonnummers alleen voor contact over garantie, vervoerder of fabrikant.',
  'policy.clause.messaging.links': 'Links alleen als ze nodig zijn om de bestelling af te ronden.',
  'policy.clause.messaging.no-html': 'Berichten aan kopers mogen geen HTML bevatten.',
  'policy.clause.messaging.no-emoji': 'Berichten aan kopers mogen geen emoji bevatten.',
  'policy.clause.messaging.no-marketing': 'Berichten aan kopers mogen geen marketing of afmeldlinks bevatten.',
  'policy.clause.reviews.comment-length': 'Houd opmerkingen bij recensies kort.',
  'policy.clause.reviews.comment-no-contact':
    'Openbare opmerkingen mogen geen e-mailadressen of telefoonnummers bevatten.',
  'policy.clause.reviews.comment-no-promotion': 'Openbare opmerkingen mogen geen promoties of links bevatten.',
  'policy.clause.reviews.comment-no-refund': 'Openbare opmerkingen mogen geen terugbetaling of iets anders aanbieden.',
  'policy.clause.reviews.no-positive-request':
    'Vraag nooit om positieve recensies of feedback en vraag het nooit alleen aan tevreden kopers.',
  'policy.clause.reviews.no-change-request': 'Vraag een klant nooit een recensie te wijzigen of te verwijderen.',
  'policy.clause.reviews.no-incentives': 'Bied nooit iets aan voor een recensie of feedback, ook geen terugbetaling.',
  'policy.clause.feedback.reply-length': 'Houd openbare antwoorden op feedback kort.',
  'policy.clause.feedback.reply-public': 'Een openbaar antwoord is niet de plek om met de koper te praten.',
  'policy.clause.feedback.no-pressure':
    'Je mag zeggen dat de koper feedback kan bijwerken; druk uitoefenen is niet toegestaan.',
  'policy.clause.reviews.no-diverting':
    'Vraag kopers nooit om contact met je op te nemen voordat of in plaats van dat ze een recensie of feedback achterlaten.',
  'policy.clause.messaging.one-request': 'Hoogstens één verzoek om een recensie of feedback per bestelling.',
  'policy.clause.messaging.no-off-platform':
    'Houd contact met kopers op Amazon: geen externe kanalen of betaalrekeningen.',
  'policy.clause.public.professional':
    'Openbare opmerkingen en antwoorden blijven professioneel: geen dreigementen, beschuldigingen of grove taal.',
  'policy.clause.public.no-personal-data':
    'Openbare tekst mag de koper niet bij naam noemen of andere persoonsgegevens bevatten.',
} satisfies Strings;
