"""French phrases of the sample world."""

from desktop.sandbox.phrases.base import Bank, Topic

BANK = Bank(
    language="fr",
    first_names=(
        "Camille",
        "Julien",
        "Léa",
        "Nicolas",
        "Manon",
        "Thomas",
        "Chloé",
        "Antoine",
        "Sarah",
        "Maxime",
        "Élodie",
        "Hugo",
        "Claire",
        "Mathieu",
    ),
    last_names=(
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fournier",
        "Lambert",
        "Faure",
        "Mercier",
        "Chevalier",
        "Garnier",
    ),
    greetings=("Bonjour,", "Bonsoir,", "Madame, Monsieur,", "Bonjour à toute l'équipe,"),
    sign_offs=(
        "Merci d'avance,\n{guest}",
        "Bien cordialement,\n{guest}",
        "Merci beaucoup !\n{guest}",
        "Bonne journée,\n{guest}",
    ),
    hotel_greetings=("Bonjour {guest},", "Chère cliente, cher client,", "Bonsoir {guest},"),
    hotel_sign_offs=(
        "Bien cordialement,\n{staff}\n{hotel}",
        "Belle journée,\n{staff} - Réception",
        "À très bientôt !\n{staff}, {hotel}",
    ),
    questions={
        Topic.ARRIVAL_TIME: (
            "Nous pensons arriver vers {time}. Est-ce que cela vous convient ?",
            "Je vous préviens que nous arriverons vers {time}, notre vol atterrit tard.",
            "À partir de quelle heure peut-on arriver le {date} ? Nous serons là vers {time}.",
        ),
        Topic.PARKING: (
            "Avez-vous un parking ? Nous venons en voiture.",
            "Est-il possible de réserver une place de parking pour {nights} nuits ? Quel "
            "en est le prix ?",
            "Y a-t-il une borne de recharge pour voiture électrique ?",
        ),
        Topic.LATE_CHECKIN: (
            "Notre train a du retard, nous n'arriverons pas avant minuit. Pourra-t-on "
            "quand même faire le check-in ?",
            "La réception est-elle ouverte 24 h/24 ? Nous risquons d'arriver après {time}.",
        ),
        Topic.BREAKFAST: (
            "Le petit-déjeuner est-il compris dans notre réservation ? Sinon, peut-on l'ajouter ?",
            "À quelle heure est servi le petit-déjeuner ? Nous partons tôt le {date}.",
            "Serait-il possible d'avoir un petit-déjeuner à emporter ? Nous partons à 5 h.",
        ),
        Topic.ALLERGIES: (
            "Ma fille est allergique aux fruits à coque. La cuisine peut-elle en tenir "
            "compte au petit-déjeuner ?",
            "Je suis cœliaque : proposez-vous du pain et des céréales sans gluten ?",
            "Je suis allergique aux plumes, pourriez-vous prévoir des oreillers synthétiques ?",
        ),
        Topic.BABY_COT: (
            "Nous voyageons avec notre bébé de 8 mois. Serait-il possible d'avoir un lit "
            "parapluie dans la chambre ?",
            "Avez-vous une chaise haute et un lit bébé ? Est-ce payant ?",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Proposez-vous une navette depuis l'aéroport ? Nous atterrissons à {time} le {date}.",
            "Combien coûte un taxi depuis l'aéroport ? Pouvez-vous organiser un transfert "
            "pour 4 personnes ?",
        ),
        Topic.EARLY_CHECKIN: (
            "Nous arrivons par un vol de nuit. Un check-in anticipé vers 9 h est-il possible ?",
            "Peut-on déposer nos bagages et avoir la chambre avant 15 h si elle est prête ?",
        ),
        Topic.INVOICE: (
            "Pourriez-vous établir la facture au nom de ma société ? SARL Dupont Conseil, "
            "8 rue des Lilas, 69003 Lyon, TVA FR12345678901",
            "J'ai besoin d'une facture pour ma note de frais, pouvez-vous me l'envoyer par "
            "e-mail après le départ ?",
        ),
        Topic.DIRECTIONS: (
            "Quel est le plus simple pour venir depuis la gare ?",
            "Notre GPS indique deux adresses. Quelle entrée faut-il prendre en voiture ?",
        ),
        Topic.LUGGAGE: (
            "Notre train de retour part le soir. Peut-on laisser nos bagages après le départ ?",
            "Puis-je faire livrer un colis à l'hôtel avant notre arrivée ? C'est une "
            "surprise d'anniversaire.",
        ),
    },
    answers={
        Topic.ARRIVAL_TIME: (
            "Merci pour l'information, nous avons bien noté votre arrivée vers {time}. La "
            "réception est ouverte jusqu'à 23 h.",
            "Aucun souci, nous vous attendons vers {time}.",
        ),
        Topic.PARKING: (
            "Nous disposons d'un parking privé derrière l'hôtel à {price} la nuit, sans "
            "réservation : indiquez simplement votre plaque à l'arrivée.",
            "L'hôtel n'a pas de parking, mais le parking public à 200 m propose un tarif "
            "préférentiel à nos clients. Plan : {link}",
        ),
        Topic.LATE_CHECKIN: (
            "Pas d'inquiétude : le veilleur de nuit est présent et fera votre check-in à "
            "toute heure.",
            "La réception ferme à 23 h, mais nous vous enverrons le jour de l'arrivée le "
            "code de la boîte à clés.",
        ),
        Topic.BREAKFAST: (
            "Le petit-déjeuner est servi de 7 h à 10 h 30 au restaurant, au prix de "
            "{price} par personne. Vous pourrez l'ajouter à l'arrivée.",
            "Bien sûr, nous vous préparerons un panier petit-déjeuner à récupérer à la réception.",
        ),
        Topic.ALLERGIES: (
            "Merci de nous avoir prévenus. J'ai transmis l'information à notre chef, qui "
            "préparera un petit-déjeuner adapté.",
            "Nous proposons chaque matin des produits sans gluten ; l'équipe vous les "
            "indiquera volontiers.",
        ),
        Topic.BABY_COT: (
            "Un lit bébé sera installé gratuitement dans votre chambre, et une chaise "
            "haute est disponible au petit-déjeuner.",
            "C'est noté, un lit parapluie avec draps sera prêt à votre arrivée.",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Nous pouvons réserver un transfert privé à {price} par véhicule. Merci de "
            "nous communiquer votre numéro de vol.",
            "Nous n'avons pas de navette, mais le train express de l'aéroport s'arrête à "
            "cinq minutes de l'hôtel.",
        ),
        Topic.EARLY_CHECKIN: (
            "Nous ferons notre possible pour que la chambre soit prête plus tôt. Vous "
            "pourrez dans tous les cas déposer vos bagages.",
            "Un check-in dès 10 h est possible pour {price}, selon disponibilité.",
        ),
        Topic.INVOICE: (
            "Bien sûr, la facture sera établie au nom de votre société et envoyée par "
            "e-mail à votre départ.",
            "Vous trouverez la facture en pièce jointe. N'hésitez pas si une information manque.",
        ),
        Topic.DIRECTIONS: (
            "Depuis la gare, prenez le tram 2 direction centre-ville et descendez au "
            "troisième arrêt : l'hôtel est en face. Plan : {link}",
            "En voiture, utilisez l'entrée de la rue latérale ; le portail du parking "
            "s'ouvre par l'interphone.",
        ),
        Topic.LUGGAGE: (
            "Oui, notre bagagerie est gratuite pour nos clients le jour du départ.",
            "Bien sûr, nous garderons le colis à la réception jusqu'à votre arrivée.",
        ),
    },
    thanks=(
        "Parfait, merci beaucoup !",
        "Super, merci !",
        "Merci pour votre réponse rapide.",
        "Très bien, à bientôt !",
    ),
    follow_ups=("Excusez-moi, encore une question :", "Par ailleurs,", "Dernière chose :"),
    request_to_book=(
        "Bonjour, nous aimerions réserver {nights} nuits à partir du {date}, deux adultes "
        "et un chien. Est-ce possible ?",
        "Bonjour, pourrions-nous arriver vers {time} ? Nous serions ravis de séjourner chez vous.",
    ),
    templates={
        "welcome": "Bonjour {guest}, merci d'avoir choisi {hotel} ! Votre réservation est "
        "confirmée. Répondez à ce message pour toute question avant votre séjour.",
        "check_in": "Bonjour {guest}, nous vous attendons le {date}. Arrivée à partir de "
        "15 h, départ jusqu'à 11 h. Merci de nous indiquer votre heure d'arrivée.",
        "after_stay": "Bonjour {guest}, merci d'avoir séjourné à {hotel}. Au plaisir de "
        "vous accueillir à nouveau !",
    },
)
