"""German phrases of the sample world."""

from desktop.sandbox.phrases.base import Bank, Topic

BANK = Bank(
    language="de",
    first_names=(
        "Lukas",
        "Anna",
        "Felix",
        "Laura",
        "Jonas",
        "Lena",
        "Maximilian",
        "Katharina",
        "Paul",
        "Julia",
        "Tobias",
        "Sabine",
        "Stefan",
        "Miriam",
    ),
    last_names=(
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Wolf",
        "Krüger",
    ),
    greetings=("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Liebes Team,"),
    sign_offs=(
        "Vielen Dank im Voraus,\n{guest}",
        "Viele Grüße\n{guest}",
        "Beste Grüße,\n{guest}",
        "Danke und bis bald!\n{guest}",
    ),
    hotel_greetings=("Liebe/r {guest},", "Guten Tag {guest},", "Hallo {guest},"),
    hotel_sign_offs=(
        "Mit freundlichen Grüßen\n{staff}\n{hotel}",
        "Viele Grüße von der Rezeption\n{staff}",
        "Bis bald!\n{staff}, {hotel}",
    ),
    questions={
        Topic.ARRIVAL_TIME: (
            "Wir werden voraussichtlich gegen {time} Uhr ankommen. Ist das in Ordnung?",
            "Unser Flug landet spät, wir sind wohl erst gegen {time} Uhr im Hotel.",
            "Ab wann können wir am {date} einchecken? Wir könnten um {time} Uhr da sein.",
        ),
        Topic.PARKING: (
            "Gibt es einen Parkplatz am Hotel? Wir kommen mit dem Auto.",
            "Kann man für {nights} Nächte einen Stellplatz reservieren? Was kostet das?",
            "Gibt es eine Ladestation für Elektroautos?",
        ),
        Topic.LATE_CHECKIN: (
            "Unser Zug hat Verspätung, wir kommen erst nach Mitternacht. Können wir "
            "trotzdem einchecken?",
            "Ist die Rezeption rund um die Uhr besetzt? Es kann nach {time} Uhr werden.",
        ),
        Topic.BREAKFAST: (
            "Ist das Frühstück im Preis inbegriffen? Falls nicht, können wir es dazubuchen?",
            "Ab wann gibt es Frühstück? Wir müssen am {date} früh los.",
            "Könnten wir ein Lunchpaket statt Frühstück bekommen? Wir fahren um 5 Uhr ab.",
        ),
        Topic.ALLERGIES: (
            "Meine Tochter hat eine starke Nussallergie. Kann die Küche beim Frühstück "
            "darauf achten?",
            "Ich habe Zöliakie. Gibt es glutenfreies Brot und Müsli?",
            "Ich bin gegen Federn allergisch - hätten Sie synthetische Kissen und Decken?",
        ),
        Topic.BABY_COT: (
            "Wir reisen mit unserem 8 Monate alten Baby. Könnten Sie ein Babybett ins "
            "Zimmer stellen?",
            "Haben Sie einen Hochstuhl und ein Kinderbett? Kostet das extra?",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Bieten Sie einen Flughafentransfer an? Wir landen am {date} um {time} Uhr.",
            "Was kostet ein Taxi vom Flughafen? Können Sie einen Transfer für 4 Personen "
            "organisieren?",
        ),
        Topic.EARLY_CHECKIN: (
            "Wir kommen mit einem Nachtflug an. Wäre ein früher Check-in gegen 9 Uhr möglich?",
            "Können wir das Gepäck abstellen und das Zimmer vor 15 Uhr beziehen, falls es "
            "fertig ist?",
        ),
        Topic.INVOICE: (
            "Könnten Sie die Rechnung auf meine Firma ausstellen? Weber & Partner GmbH, "
            "Hauptstraße 5, 80331 München, USt-IdNr. DE123456789",
            "Ich brauche eine Rechnung für die Reisekostenabrechnung. Können Sie sie mir "
            "nach der Abreise mailen?",
        ),
        Topic.DIRECTIONS: (
            "Wie kommen wir am besten vom Hauptbahnhof zum Hotel?",
            "Unser Navi zeigt zwei Adressen. Welche Einfahrt sollen wir mit dem Auto nehmen?",
        ),
        Topic.LUGGAGE: (
            "Unser Rückflug ist erst abends. Können wir das Gepäck nach dem Check-out dalassen?",
            "Darf ich vor unserer Ankunft ein Paket ans Hotel schicken? Es ist ein "
            "Geburtstagsgeschenk.",
        ),
    },
    answers={
        Topic.ARRIVAL_TIME: (
            "Vielen Dank für die Info, wir haben Ihre Ankunft gegen {time} Uhr notiert. Die "
            "Rezeption ist bis 23 Uhr besetzt.",
            "Kein Problem, wir freuen uns auf Sie gegen {time} Uhr.",
        ),
        Topic.PARKING: (
            "Wir haben einen hoteleigenen Parkplatz hinter dem Haus für {price} pro Nacht; "
            "eine Reservierung ist nicht nötig.",
            "Das Hotel hat keinen eigenen Parkplatz, aber das Parkhaus 200 m entfernt bietet "
            "unseren Gästen einen Sondertarif. Anfahrt: {link}",
        ),
        Topic.LATE_CHECKIN: (
            "Keine Sorge, unser Nachtportier checkt Sie jederzeit ein.",
            "Die Rezeption schließt um 23 Uhr; am Anreisetag schicken wir Ihnen den Code "
            "für den Schlüsseltresor.",
        ),
        Topic.BREAKFAST: (
            "Das Frühstück gibt es von 7 bis 10:30 Uhr im Restaurant für {price} pro "
            "Person; Sie können es beim Check-in dazubuchen.",
            "Gerne, wir bereiten Ihnen ein Frühstückspaket vor, das Sie an der Rezeption "
            "abholen können.",
        ),
        Topic.ALLERGIES: (
            "Danke für den Hinweis. Unser Küchenchef ist informiert und bereitet ein "
            "separates Frühstück vor.",
            "Wir haben jeden Morgen glutenfreie Produkte; unser Team hilft Ihnen gern.",
        ),
        Topic.BABY_COT: (
            "Ein Babybett steht kostenlos in Ihrem Zimmer bereit, ein Hochstuhl beim Frühstück.",
            "Wir haben ein Kinderbett mit Bettwäsche für Sie vorgemerkt.",
        ),
        Topic.AIRPORT_SHUTTLE: (
            "Wir können einen Privattransfer für {price} pro Fahrzeug buchen. Bitte "
            "schicken Sie uns Ihre Flugnummer.",
            "Einen Shuttle haben wir nicht, aber der Flughafenexpress hält fünf Minuten "
            "vom Hotel entfernt.",
        ),
        Topic.EARLY_CHECKIN: (
            "Wir versuchen, das Zimmer früher fertig zu haben. Ihr Gepäck können Sie auf "
            "jeden Fall schon abgeben.",
            "Ein Early Check-in ab 10 Uhr ist je nach Verfügbarkeit für {price} möglich.",
        ),
        Topic.INVOICE: (
            "Selbstverständlich, wir stellen die Rechnung auf Ihre Firma aus und mailen sie "
            "Ihnen bei der Abreise.",
            "Die Rechnung finden Sie im Anhang. Melden Sie sich, falls etwas fehlt.",
        ),
        Topic.DIRECTIONS: (
            "Vom Bahnhof nehmen Sie die Straßenbahn 2 Richtung Zentrum bis zur dritten "
            "Haltestelle; das Hotel liegt gegenüber. Karte: {link}",
            "Mit dem Auto nutzen Sie bitte die Einfahrt in der Seitenstraße; das Tor öffnet "
            "sich über die Sprechanlage.",
        ),
        Topic.LUGGAGE: (
            "Ja, unser Gepäckraum steht Ihnen am Abreisetag kostenlos zur Verfügung.",
            "Natürlich, wir bewahren das Paket bis zu Ihrer Ankunft an der Rezeption auf.",
        ),
    },
    thanks=(
        "Perfekt, vielen Dank!",
        "Super, danke!",
        "Danke für die schnelle Antwort.",
        "Wunderbar, bis bald!",
    ),
    follow_ups=("Noch eine Frage:", "Außerdem:", "Eine letzte Sache:"),
    request_to_book=(
        "Hallo, wir möchten {nights} Nächte ab dem {date} buchen, zwei Erwachsene und ein "
        "Hund. Geht das?",
        "Guten Tag, wäre eine Anreise gegen {time} Uhr möglich? Wir würden gern bei Ihnen "
        "übernachten.",
    ),
    templates={
        "welcome": "Hallo {guest}, vielen Dank, dass Sie {hotel} gewählt haben! Ihre "
        "Buchung ist bestätigt. Antworten Sie hier bei Fragen vor Ihrem Aufenthalt.",
        "check_in": "Hallo {guest}, wir freuen uns auf Sie am {date}. Check-in ab 15 Uhr, "
        "Check-out bis 11 Uhr. Bitte teilen Sie uns Ihre Ankunftszeit mit.",
        "after_stay": "Hallo {guest}, danke für Ihren Aufenthalt im {hotel}. Wir hoffen, "
        "Sie bald wiederzusehen!",
    },
)
