"""Dutch phrases of the sample world."""

from desktop.sandbox.phrases.base import Bank, Topic

BANK = Bank(
    language="nl",
    first_names=(
        "Daan",
        "Emma",
        "Sem",
        "Julia",
        "Lucas",
        "Sophie",
        "Bram",
        "Lotte",
        "Thijs",
        "Anouk",
        "Jesse",
        "Fleur",
        "Ruben",
        "Sanne",
    ),
    last_names=(
        "de Jong",
        "Jansen",
        "de Vries",
        "van den Berg",
        "van Dijk",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "Bos",
        "Vos",
        "Peters",
    ),
    greetings=("Hallo,", "Goedemorgen,", "Goedenavond,", "Beste medewerkers,"),
    sign_offs=(
        "Alvast bedankt,\n{guest}",
        "Met vriendelijke groet,\n{guest}",
        "Hartelijk dank!\n{guest}",
        "Groetjes,\n{guest}",
    ),
    hotel_greetings=("Beste {guest},", "Hallo {guest},", "Goedemorgen {guest},"),
    hotel_sign_offs=(
        "Met vriendelijke groet,\n{staff}\n{hotel}",
        "Groeten van de receptie,\n{staff}",
        "Tot snel!\n{staff}, {hotel}",
    ),
    questions={
        Topic.ARRIVAL_TIME: (
            "We verwachten rond {time} aan te komen. Is dat goed?",
            "Onze vlucht landt laat, dus we zijn pas rond {time} bij het hotel.",
            "Vanaf hoe laat kunnen we op {date} inchecken? We kunnen er om {time} zijn.",
        ),
        Topic.PARKING: (
            "Heeft het hotel een parkeerplaats? We komen met de auto.",
            "Kunnen we een parkeerplek reserveren voor {nights} nachten? Wat kost dat?",
            "Is er een laadpaal voor elektrische auto's?",
        ),
        Topic.LATE_CHECKIN: (
            "Onze trein heeft vertraging, we komen pas na middernacht. Kunnen we dan nog "
            "inchecken?",
            "Is de receptie 24 uur open? Het kan na {time} worden.",
        ),
        Topic.BREAKFAST: (
            "Is het ontbijt inbegrepen? Zo niet, kunnen we het bijboeken?",
            "Hoe laat begint het ontbijt? We moeten op {date} vroeg weg.",
            "Kunnen we een ontbijtpakket meekrijgen? We vertrekken om 5 uur.",
        ),
        Topic.ALLERGIES: (
            "Onze dochter heeft een ernstige notenallergie. Kan de keuken daar bij het "
            "ontbijt rekening mee houden?",
            "Ik heb coeliakie. Hebben jullie glutenvrij brood en ontbijtgranen?",
            "Ik ben allergisch voor veren, kunnen we synthetische kussens krijgen?",
        ),
        Topic.BABY_COT: (
            "We reizen met onze baby van 8 maanden. Kan er een babybedje op de kamer?",
            "Hebben jullie een kinderstoel en een babybedje? Zijn daar kosten aan verbonden?",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Bieden jullie een shuttle vanaf het vliegveld? We landen op {date} om {time}.",
            "Wat kost een taxi vanaf het vliegveld? Kunnen jullie vervoer regelen voor 4 personen?",
        ),
        Topic.EARLY_CHECKIN: (
            "We komen met een nachtvlucht. Is vroeg inchecken rond 9 uur mogelijk?",
            "Kunnen we de bagage achterlaten en de kamer voor 15 uur krijgen als die klaar is?",
        ),
        Topic.INVOICE: (
            "Kunnen jullie de factuur op naam van mijn bedrijf zetten? Visser Advies B.V., "
            "Keizersgracht 100, 1015 AA Amsterdam, btw NL123456789B01",
            "Ik heb een factuur nodig voor mijn declaratie. Kunnen jullie die na vertrek mailen?",
        ),
        Topic.DIRECTIONS: (
            "Wat is de makkelijkste route van het station naar het hotel?",
            "Onze navigatie geeft twee adressen. Welke ingang moeten we met de auto nemen?",
        ),
        Topic.LUGGAGE: (
            "Onze vlucht terug gaat 's avonds. Kunnen we de bagage na het uitchecken achterlaten?",
            "Mag ik voor onze aankomst een pakketje naar het hotel sturen? Het is een "
            "verjaardagscadeau.",
        ),
    },
    answers={
        Topic.ARRIVAL_TIME: (
            "Bedankt voor het doorgeven, we hebben uw aankomst rond {time} genoteerd. De "
            "receptie is open tot 23.00 uur.",
            "Geen probleem, we verwachten u rond {time}.",
        ),
        Topic.PARKING: (
            "We hebben een eigen parkeerplaats achter het hotel voor {price} per nacht; "
            "reserveren is niet nodig.",
            "Het hotel heeft geen eigen parkeerplaats, maar de parkeergarage op 200 m biedt "
            "onze gasten korting. Route: {link}",
        ),
        Topic.LATE_CHECKIN: (
            "Geen zorgen: de nachtportier checkt u op elk tijdstip in.",
            "De receptie sluit om 23.00 uur; op de dag van aankomst sturen we u de code "
            "van het sleutelkastje.",
        ),
        Topic.BREAKFAST: (
            "Het ontbijt wordt van 7.00 tot 10.30 uur geserveerd en kost {price} per "
            "persoon. U kunt het bij het inchecken toevoegen.",
            "Natuurlijk, we maken een ontbijtpakket voor u klaar bij de receptie.",
        ),
        Topic.ALLERGIES: (
            "Dank u voor de melding. Onze chef is op de hoogte en maakt een apart ontbijt voor u.",
            "We hebben elke ochtend glutenvrije producten; ons team helpt u graag.",
        ),
        Topic.BABY_COT: (
            "Er staat gratis een babybedje op uw kamer en bij het ontbijt is een kinderstoel.",
            "We hebben een babybedje met beddengoed aan uw reservering toegevoegd.",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "We kunnen privévervoer regelen voor {price} per auto. Stuur ons uw vluchtnummer.",
            "We hebben geen shuttle, maar de sneltrein vanaf het vliegveld stopt op vijf "
            "minuten van het hotel.",
        ),
        Topic.EARLY_CHECKIN: (
            "We doen ons best om de kamer eerder klaar te hebben. Uw bagage kunt u in elk "
            "geval al afgeven.",
            "Vroeg inchecken vanaf 10.00 uur kan voor {price}, afhankelijk van beschikbaarheid.",
        ),
        Topic.INVOICE: (
            "Natuurlijk, we zetten de factuur op naam van uw bedrijf en mailen die bij vertrek.",
            "De factuur zit als bijlage bij dit bericht. Laat het weten als er iets ontbreekt.",
        ),
        Topic.DIRECTIONS: (
            "Neem vanaf het station tram 2 richting centrum en stap uit bij de derde halte; "
            "het hotel ligt ertegenover. Kaart: {link}",
            "Met de auto neemt u de ingang in de zijstraat; het hek van de parkeerplaats "
            "gaat open via de intercom.",
        ),
        Topic.LUGGAGE: (
            "Ja, de bagageruimte is op de dag van vertrek gratis voor onze gasten.",
            "Natuurlijk, we bewaren het pakketje bij de receptie tot u aankomt.",
        ),
    },
    thanks=(
        "Perfect, hartelijk dank!",
        "Top, bedankt!",
        "Dank voor het snelle antwoord.",
        "Geweldig, tot snel!",
    ),
    follow_ups=("Nog een vraag:", "Verder:", "Nog één ding:"),
    request_to_book=(
        "Hallo, we willen graag {nights} nachten boeken vanaf {date}, twee volwassenen en "
        "een hond. Kan dat?",
        "Goedendag, kunnen we rond {time} aankomen? We zouden graag bij jullie verblijven.",
    ),
    templates={
        "welcome": "Beste {guest}, bedankt voor uw keuze voor {hotel}! Uw reservering is "
        "bevestigd. Antwoord hier als u vragen heeft voor uw verblijf.",
        "check_in": "Beste {guest}, we verwelkomen u graag op {date}. Inchecken vanaf "
        "15.00 uur, uitchecken tot 11.00 uur. Laat u ons uw aankomsttijd weten?",
        "after_stay": "Beste {guest}, bedankt voor uw verblijf in {hotel}. We hopen u snel "
        "weer te zien!",
    },
)
