"""Italian phrases of the sample world."""

from desktop.sandbox.phrases.base import Bank, Topic

BANK = Bank(
    language="it",
    first_names=(
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Alessandro",
        "Sara",
        "Matteo",
        "Valentina",
        "Davide",
        "Elisa",
        "Simone",
        "Martina",
        "Andrea",
    ),
    last_names=(
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
    ),
    greetings=("Buongiorno,", "Salve,", "Buonasera,", "Gentile staff,"),
    sign_offs=(
        "Grazie in anticipo,\n{guest}",
        "Cordiali saluti,\n{guest}",
        "Grazie mille!\n{guest}",
        "Un saluto,\n{guest}",
    ),
    hotel_greetings=("Gentile {guest},", "Buongiorno {guest},", "Ciao {guest},"),
    hotel_sign_offs=(
        "Cordiali saluti,\n{staff}\n{hotel}",
        "Un saluto dalla reception,\n{staff}",
        "A presto!\n{staff}, {hotel}",
    ),
    questions={
        Topic.ARRIVAL_TIME: (
            "Pensiamo di arrivare verso le {time}. Va bene per voi?",
            "Vi avviso che il nostro volo atterra tardi, arriveremo verso le {time}.",
            "Da che ora possiamo fare il check-in il {date}? Potremmo essere lì alle {time}.",
        ),
        Topic.PARKING: (
            "Avete un parcheggio? Arriviamo in macchina.",
            "È possibile prenotare un posto auto per {nights} notti? Quanto costa?",
            "C'è una colonnina di ricarica per auto elettriche?",
        ),
        Topic.LATE_CHECKIN: (
            "Il nostro treno è in ritardo, non arriveremo prima di mezzanotte. Possiamo "
            "fare comunque il check-in?",
            "La reception è aperta 24 ore su 24? Potremmo arrivare dopo le {time}.",
        ),
        Topic.BREAKFAST: (
            "La colazione è inclusa nella prenotazione? Se no, possiamo aggiungerla?",
            "A che ora servite la colazione? Il {date} partiamo molto presto.",
            "Potreste prepararci una colazione da asporto? Partiamo alle 5.",
        ),
        Topic.ALLERGIES: (
            "Mia figlia ha una grave allergia alla frutta a guscio. La cucina può tenerne "
            "conto a colazione?",
            "Sono celiaco: avete pane e cereali senza glutine?",
            "Sono allergica alle piume, potreste preparare cuscini sintetici?",
        ),
        Topic.BABY_COT: (
            "Viaggiamo con il nostro bimbo di 8 mesi. Sarebbe possibile avere una culla in camera?",
            "Avete un seggiolone e un lettino? C'è un costo?",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Offrite un servizio navetta dall'aeroporto? Atterriamo alle {time} il {date}.",
            "Quanto costa un taxi dall'aeroporto? Potete organizzare un transfer per 4 persone?",
        ),
        Topic.EARLY_CHECKIN: (
            "Arriviamo con un volo notturno. È possibile un check-in anticipato verso le 9?",
            "Possiamo lasciare i bagagli e avere la camera prima delle 15 se è pronta?",
        ),
        Topic.INVOICE: (
            "Potreste intestare la fattura alla mia azienda? Studio Bianchi S.r.l., Via "
            "Roma 12, 20121 Milano, P.IVA IT01234567890",
            "Mi serve una fattura per la nota spese, potete inviarmela via e-mail dopo la "
            "partenza?",
        ),
        Topic.DIRECTIONS: (
            "Qual è il modo più semplice per arrivare in hotel dalla stazione?",
            "Il navigatore indica due indirizzi. Quale ingresso dobbiamo usare in auto?",
        ),
        Topic.LUGGAGE: (
            "Il volo di ritorno è la sera. Possiamo lasciare i bagagli dopo il check-out?",
            "Posso spedire un pacco in hotel prima del nostro arrivo? È un regalo di compleanno.",
        ),
    },
    answers={
        Topic.ARRIVAL_TIME: (
            "Grazie per l'informazione, abbiamo annotato il vostro arrivo verso le {time}. "
            "La reception è aperta fino alle 23.",
            "Nessun problema, vi aspettiamo verso le {time}.",
        ),
        Topic.PARKING: (
            "Abbiamo un parcheggio privato dietro l'hotel a {price} a notte, senza bisogno "
            "di prenotazione.",
            "L'hotel non ha parcheggio, ma il garage pubblico a 200 m offre una tariffa "
            "agevolata ai nostri ospiti. Mappa: {link}",
        ),
        Topic.LATE_CHECKIN: (
            "Nessuna preoccupazione: il portiere di notte vi farà il check-in a qualsiasi ora.",
            "La reception chiude alle 23, ma il giorno dell'arrivo vi invieremo il codice "
            "della cassetta delle chiavi.",
        ),
        Topic.BREAKFAST: (
            "La colazione è servita dalle 7 alle 10:30 al ristorante e costa {price} a "
            "persona. Potete aggiungerla all'arrivo.",
            "Certo, vi prepareremo una colazione da asporto da ritirare alla reception.",
        ),
        Topic.ALLERGIES: (
            "Grazie per avercelo detto. Ho informato il nostro chef, che preparerà una "
            "colazione a parte.",
            "Ogni mattina abbiamo prodotti senza glutine; il personale vi aiuterà volentieri.",
        ),
        Topic.BABY_COT: (
            "In camera troverete una culla gratuita, e a colazione c'è il seggiolone.",
            "Abbiamo aggiunto un lettino con lenzuola alla vostra prenotazione.",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Possiamo prenotare un transfer privato a {price} per auto. Inviateci il numero "
            "del volo, per favore.",
            "Non abbiamo una navetta, ma il treno espresso dall'aeroporto ferma a cinque "
            "minuti dall'hotel.",
        ),
        Topic.EARLY_CHECKIN: (
            "Faremo il possibile per preparare la camera prima. In ogni caso potete "
            "lasciare i bagagli.",
            "Il check-in dalle 10 è possibile a {price}, secondo disponibilità.",
        ),
        Topic.INVOICE: (
            "Certamente, intesteremo la fattura alla vostra azienda e ve la invieremo alla "
            "partenza.",
            "In allegato trovate la fattura. Fateci sapere se manca qualche dato.",
        ),
        Topic.DIRECTIONS: (
            "Dalla stazione prendete il tram 2 verso il centro e scendete alla terza "
            "fermata: l'hotel è di fronte. Mappa: {link}",
            "In auto usate l'ingresso sulla via laterale; il cancello del parcheggio si apre "
            "dal citofono.",
        ),
        Topic.LUGGAGE: (
            "Sì, il deposito bagagli è gratuito per i nostri ospiti il giorno della partenza.",
            "Certo, terremo il pacco alla reception fino al vostro arrivo.",
        ),
    },
    thanks=(
        "Perfetto, grazie mille!",
        "Ottimo, grazie.",
        "Grazie per la risposta veloce.",
        "Benissimo, a presto!",
    ),
    follow_ups=("Scusate, un'altra domanda:", "Inoltre,", "Un'ultima cosa:"),
    request_to_book=(
        "Buongiorno, vorremmo prenotare {nights} notti dal {date}, due adulti e un cane. "
        "È possibile?",
        "Salve, potremmo arrivare verso le {time}? Ci piacerebbe molto soggiornare da voi.",
    ),
    templates={
        "welcome": "Ciao {guest}, grazie per aver scelto {hotel}! La prenotazione è "
        "confermata. Rispondi a questo messaggio per qualsiasi domanda.",
        "check_in": "Ciao {guest}, ti aspettiamo il {date}. Check-in dalle 15, check-out "
        "entro le 11. Facci sapere l'orario di arrivo, per favore.",
        "after_stay": "Ciao {guest}, grazie per aver soggiornato al {hotel}. Speriamo di "
        "rivederti presto!",
    },
)
